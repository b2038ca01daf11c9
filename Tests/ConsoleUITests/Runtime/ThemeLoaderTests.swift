import ConsoleRuntime
import Foundation
import Testing
@testable import TermUI

/// Names and paths, `extends` chains and loops, and the fallback to the built-in default on every failure.
@Suite struct ThemeLoaderTests {
    /// A fresh folder per test (tests run in parallel), removed when the value goes away.
    final class Folder {
        let path: String

        init() throws {
            path = FileManager.default.temporaryDirectory
                .appendingPathComponent("theme-tests-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }

        @discardableResult
        func write(_ name: String, _ text: String) throws -> String {
            let file = path + "/" + name
            try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try text.write(toFile: file, atomically: true, encoding: .utf8)
            return file
        }
    }

    @Test func aNameIsLookedUpInOrderAndTheFirstDirectoryWins() throws {
        let user = try Folder(), shared = try Folder()
        try user.write("night.theme", "[styles]\napp = red -\n")
        try shared.write("night.theme", "[styles]\napp = blue -\n")
        try shared.write("day.theme", "[meta]\nvariant = light\n[styles]\napp = green -\n")
        let loader = ThemeLoader(directories: [user.path, shared.path])
        let night = loader.load("night")
        #expect(night.error == nil)
        #expect(night.theme.name == "night")
        #expect(night.theme.style(for: .app).foreground == .ansi(1))
        #expect(night.files == [user.path + "/night.theme"])
        #expect(loader.load("day").theme.variant == .light)
        #expect(loader.availableNames() == ["dark", "day", "default", "high-contrast", "light", "mono", "night"])
    }

    @Test func aPathWorksAsWellAsAName() throws {
        let folder = try Folder()
        let file = try folder.write("sub/my.theme", "[styles]\napp = magenta -\n")
        let loader = ThemeLoader(directories: [])
        for reference in [file, folder.path + "/sub/../sub/my.theme"] {
            let result = loader.load(reference)
            #expect(result.error == nil, "\(reference)")
            #expect(result.theme.name == "my")
            #expect(result.theme.style(for: .app).foreground == .ansi(5))
        }
        // Ending in .theme makes it a path even without a slash: relative to the working directory.
        let relative = loader.load("no-such-file-\(UUID().uuidString).theme")
        #expect(relative.error?.kind == .notFound)
        #expect(ThemeLoader.isPath("x.theme") && ThemeLoader.isPath("./x") && !ThemeLoader.isPath("dark"))
    }

    @Test func builtinsNeedNoFolder() {
        let loader = ThemeLoader(directories: ["/nonexistent-\(UUID().uuidString)"])
        let result = loader.load("default")
        #expect(result.error == nil && result.files.isEmpty)
        #expect(result.theme.styles == Theme.builtinDefault.styles)
        #expect(loader.load("mono").theme.styles == Theme.monochrome.styles)
    }

    @Test func aMissingNameFallsBackWithAMessage() {
        let result = ThemeLoader(directories: ["/nowhere"]).load("midnight")
        #expect(result.fellBack)
        #expect(result.theme.styles == Theme.builtinDefault.styles)
        #expect(result.error?.kind == .notFound)
        #expect(result.message == "midnight: no theme of that name (looked in /nowhere)")
        #expect(ThemeLoader(directories: []).load("").error?.kind == .notFound)
    }

    @Test func aBrokenFileFallsBackWithFileAndLine() throws {
        let folder = try Folder()
        let file = try folder.write("broken.theme", "[meta]\nname = Broken\n[styles]\napp = chartreuse -\n")
        let result = ThemeLoader(directories: [folder.path]).load("broken")
        #expect(result.theme.styles == Theme.builtinDefault.styles)
        #expect(result.error?.kind == .unknownColor)
        #expect(result.message?.hasPrefix("\(file):4: unknown colour 'chartreuse'") == true)
        let custom = ThemeLoader(directories: [folder.path]).load("broken", fallback: .monochrome)
        #expect(custom.theme.styles == Theme.monochrome.styles)
    }

    @Test func aDirectoryOrOtherNonThemeFallsBackWithAMessage() throws {
        let folder = try Folder()
        try FileManager.default.createDirectory(atPath: folder.path + "/dir.theme", withIntermediateDirectories: true)
        let loader = ThemeLoader(directories: [folder.path])
        for reference in ["dir", folder.path + "/dir.theme", folder.path] {
            let result = loader.load(reference)
            #expect(result.error?.kind == .unreadable, "\(reference)")
            #expect(result.message?.hasSuffix("is a directory, not a theme file") == true, "\(reference)")
            #expect(result.theme.styles == Theme.builtinDefault.styles)
        }
        try Data([0x5B, 0xFF, 0xFE, 0x5D]).write(to: URL(fileURLWithPath: folder.path + "/bytes.theme"))
        #expect(loader.load("bytes").message?.hasSuffix("is not valid UTF-8") == true)
        try Data(count: ThemeFiles.maxFileSize + 1).write(to: URL(fileURLWithPath: folder.path + "/huge.theme"))
        #expect(loader.load("huge").error?.kind == .unreadable)
        if FileManager.default.fileExists(atPath: "/dev/zero") {
            #expect(loader.load("/dev/zero").message == "/dev/zero: is not a regular file")
        }
    }

    @Test func extendsFollowsAChainAndOverridesField() throws {
        let folder = try Folder()
        try folder.write("base.theme", """
            [meta]
            name = Base
            variant = light
            [palette]
            accent = red
            [styles]
            app = black white
            header = $accent - bold
            """)
        try folder.write("middle.theme", "[meta]\nextends = base\n[styles]\nrow = - - underline\n")
        try folder.write("nested/top.theme", """
            [meta]
            extends = ../middle.theme     # a path, relative to this file
            [palette]
            accent = green
            """)
        let loader = ThemeLoader(directories: [folder.path])
        let result = loader.load(folder.path + "/nested/top.theme")
        #expect(result.error == nil, "\(String(describing: result.message))")
        let theme = result.theme
        #expect(theme.name == "top" && theme.displayName == "top" && theme.variant == .light)
        #expect(theme.style(for: .header) == ThemeStyle(fg: .ansi(2), bg: .ansi(7), bold: true))
        #expect(theme.style(for: .row) == ThemeStyle(fg: .ansi(0), bg: .ansi(7), underline: true))
        #expect(result.files.map(ThemeLoader.fileName) == ["top.theme", "middle.theme", "base.theme"])
        // A shipped name works as a base with no file of that name anywhere.
        try folder.write("overlay.theme", "[meta]\nextends = mono\n[styles]\napp = - - bold\n")
        let overlay = loader.load("overlay")
        #expect(overlay.theme.style(for: .statusFailed) == Theme.monochrome.style(for: .statusFailed))
        #expect(overlay.theme.style(for: .app).bold)
    }

    @Test func extendsLoopsAreFoundAndReportedAtTheExtendsLine() throws {
        let folder = try Folder()
        try folder.write("a.theme", "# a\n[meta]\nextends = b\n")
        let b = try folder.write("b.theme", "[meta]\n\nextends = a\n")
        try folder.write("self.theme", "[meta]\nextends = self.theme\n")
        let loader = ThemeLoader(directories: [folder.path])
        let loop = loader.load("a")
        #expect(loop.error == ThemeError(.extendsLoop, file: b, line: 3, "extends loop: a.theme → b.theme → a.theme"))
        #expect(loop.theme.styles == Theme.builtinDefault.styles)
        #expect(loader.load("self").error?.kind == .extendsLoop)
        try folder.write("orphan.theme", "[meta]\nextends = nothing-here\n")
        let orphan = loader.load("orphan")
        #expect(orphan.error?.kind == .notFound)
        #expect(orphan.error?.line == 2)
        #expect(orphan.message?.contains("extends 'nothing-here'") == true)
    }

    @Test func longChainsStopAtTheDepthLimit() throws {
        let folder = try Folder()
        let count = ThemeLoader.maxExtendsDepth + 2
        for i in 0..<count {
            try folder.write("t\(i).theme", i + 1 < count ? "[meta]\nextends = t\(i + 1)\n" : "[styles]\napp = red -\n")
        }
        let loader = ThemeLoader(directories: [folder.path])
        #expect(loader.load("t0").error?.kind == .extendsLoop)
        #expect(loader.load("t3").error == nil)
    }

    @Test func warningsFromEveryFileInTheChainAreReturned() throws {
        let folder = try Folder()
        try folder.write("base.theme", "[styles]\nfuture = red -\n")
        try folder.write("top.theme", "[meta]\nextends = base\ncolour = blue\n")
        let result = ThemeLoader(directories: [folder.path]).load("top")
        #expect(result.error == nil)
        #expect(result.warnings.map(\.line) == [3, 2])
    }

    @Test func standardDirectoriesPutTheUserFirst() {
        let env = ["HOME": "/home/u", "XDG_DATA_DIRS": "/opt/share:relative:/usr/share"]
        #expect(ThemeLoader.standardDirectories(environment: env, bundled: ["/app/Themes"]) == [
            "/home/u/.config/seller-console/themes", "/opt/share/seller-console/themes",
            "/usr/share/seller-console/themes", "/app/Themes",
        ])
        let xdg = ["XDG_CONFIG_HOME": "/cfg/", "HOME": "/home/u"]
        #expect(ThemeLoader.standardDirectories(environment: xdg, bundled: []) == [
            "/cfg/seller-console/themes", "/usr/local/share/seller-console/themes", "/usr/share/seller-console/themes",
        ])
    }
}
