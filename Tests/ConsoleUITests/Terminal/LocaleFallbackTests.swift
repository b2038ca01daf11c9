@testable import CursesTerminal
import Testing

/// What the console says when the locale is not UTF-8 (the headless run under `LC_ALL=C` is in
/// `CursesHeadlessTests.utf8LocaleFallback`).
@Suite("locale fallback")
struct LocaleFallbackTests {
    @Test("without any UTF-8 locale the start-up line says so and what to install; the first that takes is used")
    func messages() {
        let none = LocaleFallback.choose(codeset: "ANSI_X3.4-1968") { _ in false }
        #expect(none == LocaleNotice(codeset: "ANSI_X3.4-1968", fallback: nil))
        #expect(none.description.contains("no UTF-8 locale is installed, not even C.UTF-8"))
        let fallback = LocaleFallback.choose(codeset: "ISO-8859-1") { $0 == "C.utf8" }
        #expect(fallback.fallback == "C.utf8" && fallback.description.contains("uses C.utf8"))
        #expect(LocaleFallback.choose(codeset: "") { _ in false }.codeset == "?")
    }
}
