import Testing
@testable import TermUI

/// The loader is pure: it reaches files only through the `ThemeFileSystem` it is given (the runtime gives the
/// disk), so names, `extends` chains and the fallback work over files held in memory.
@Suite struct ThemeLoaderInMemoryTests {
    struct MemoryFiles: ThemeFileSystem {
        var files: [String: String]

        func readTheme(at path: String) throws(ThemeError) -> String {
            guard let text = files[path] else { throw ThemeError(.notFound, file: path, "no such file") }
            return text
        }

        func exists(_ path: String) -> Bool { files[path] != nil }

        func listDirectory(_ path: String) -> [String] {
            files.keys.filter { ThemeLoader.directoryName($0) == path }.map(ThemeLoader.fileName)
        }

        func absolutePath(_ path: String, relativeTo directory: String?) -> String {
            path.hasPrefix("/") ? path : ThemeLoader.join(directory ?? "/work", path)
        }

        func canonicalPath(_ path: String) -> String { path }
    }

    @Test func namesAndExtendsResolveThroughTheGivenFiles() {
        let files = MemoryFiles(files: [
            "/themes/base.theme": "[styles]\napp = red -\n",
            "/themes/top.theme": "[meta]\nextends = base\n[styles]\nrow = - - bold\n",
        ])
        let loader = ThemeLoader(directories: ["/themes"], fileSystem: files)
        let result = loader.load("top")
        #expect(result.error == nil, "\(String(describing: result.message))")
        #expect(result.files == ["/themes/top.theme", "/themes/base.theme"])
        #expect(result.theme.style(for: .app).foreground == .ansi(1))
        #expect(result.theme.style(for: .row).bold)
        #expect(loader.availableNames() == ["base", "dark", "default", "high-contrast", "light", "mono", "top"])
    }

    @Test func aMissingFileFallsBackWithTheReason() {
        let loader = ThemeLoader(directories: ["/themes"], fileSystem: MemoryFiles(files: [:]))
        let result = loader.load("/themes/gone.theme")
        #expect(result.fellBack)
        #expect(result.error?.kind == .notFound)
        #expect(result.theme.name == Theme.builtinDefault.name)
    }
}
