@testable import CursesTerminal
import Testing

/// What the console says when the locale is not UTF-8 (the headless run under `LC_ALL=C` is in
/// `CursesHeadlessTests.utf8LocaleFallback`).
@Suite("locale fallback")
struct LocaleFallbackTests {
    @Test("without any UTF-8 locale the start-up line says so and what to install; the first that takes is used")
    func messages() {
        let (locale, warning) = LocaleFallback.choose(codeset: "ANSI_X3.4-1968") { _ in false }
        #expect(locale == nil)
        #expect(warning.contains("no UTF-8 locale is installed, not even C.UTF-8"))
        #expect(warning.contains("本机也没有 C.UTF-8"))
        let fallback = LocaleFallback.choose(codeset: "ISO-8859-1") { $0 == "C.utf8" }
        #expect(fallback.locale == "C.utf8" && fallback.warning.contains("uses C.utf8"))
    }
}
