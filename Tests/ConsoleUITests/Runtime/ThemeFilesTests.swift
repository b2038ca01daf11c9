import ConsoleRuntime
import Foundation
import TestSupport
import Testing
@testable import TermUI

/// The shipped `Themes/*.theme` files: they parse cleanly, match the compiled-in copies, keep their promises
/// (mono has no colours and tells states apart by attributes; hex themes are readable).
@Suite struct ThemeFilesTests {
    static let themesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Themes").path

    static let shipped = ["default", "dark", "light", "high-contrast", "mono"]

    static func text(_ name: String) throws -> String {
        try String(contentsOfFile: themesDirectory + "/" + name + ".theme", encoding: .utf8)
    }

    static func theme(_ name: String) throws -> (Theme, [ThemeWarning]) {
        try ThemeParser.parse(try text(name), name: name, file: name + ".theme")
    }

    @Test func theFolderHoldsExactlyTheShippedThemes() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.themesDirectory)
            .filter { $0.hasSuffix(".theme") }.sorted()
        #expect(files == Self.shipped.map { $0 + ".theme" }.sorted())
    }

    @Test(arguments: shipped) func eachShippedThemeParsesWithoutWarnings(_ name: String) throws {
        let (theme, warnings) = try Self.theme(name)
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(theme.name == name)
        #expect(theme.displayName != name, "every shipped theme has a display name")
        // Every role is set explicitly, so the look does not depend on the parent table.
        #expect(theme.declaredRoles == Set(StyleRole.allCases), "\(Set(StyleRole.allCases).subtracting(theme.declaredRoles))")
        let loaded = ThemeLoader(directories: [Self.themesDirectory]).load(name)
        #expect(loaded.error == nil)
        #expect(loaded.theme.styles == theme.styles)
    }

    @Test func compiledInCopiesMatchTheFiles() throws {
        #expect(try Self.text("default") == Theme.builtinDefaultSource)
        #expect(try Self.text("mono") == Theme.monochromeSource)
        #expect(try Self.text("dark") == Theme.darkSource)
        #expect(try Self.text("light") == Theme.lightSource)
        #expect(try Self.text("high-contrast") == Theme.highContrastSource)
        for name in Self.shipped {
            let builtin = try #require(ThemeLoader.builtins[name], "\(name) is compiled in")
            #expect(try Self.theme(name).0.styles == builtin.styles, "\(name)")
            #expect(builtin.declaredRoles == Set(StyleRole.allCases), "\(name) parsed, not the plain last resort")
        }
        #expect(try Self.theme("default").0.styles == Theme.builtinDefault.styles)
        #expect(try Self.theme("mono").0.styles == Theme.monochrome.styles)
        #expect(Theme.builtinDefault.declaredRoles == Set(StyleRole.allCases), "parsed, not the plain last resort")
        #expect(Theme.builtinDefault.symbols.ellipsis == "…")
    }

    @Test("a binary without the Themes folder offers every shipped theme; a file of the same name still wins")
    func everyThemeTravelsWithTheBinary() throws {
        let bare = ThemeLoader(directories: [])
        #expect(bare.availableNames() == Self.shipped.sorted(), ":theme <Tab> lists them all")
        for name in Self.shipped {
            let loaded = bare.load(name)
            #expect(loaded.error == nil && loaded.theme.name == name && loaded.files.isEmpty, "\(name)")
        }
        let folder = try TemporaryDirectory("theme-override")
        try Self.text("mono").write(toFile: folder.file("dark.theme"), atomically: true, encoding: .utf8)
        let overridden = ThemeLoader(directories: [folder.path]).load("dark")
        #expect(overridden.error == nil && overridden.files == [folder.file("dark.theme")])
        #expect(overridden.theme.styles == Theme.monochrome.styles, "the user's dark.theme, not the built-in one")
    }

    @Test func defaultKeepsTheTerminalsColoursAndUsesOnlyANSIAccents() {
        let theme = Theme.builtinDefault
        #expect(theme.style(for: .app) == .plain)
        #expect(theme.style(for: .rowSelected).reverse)
        for role in StyleRole.allCases {
            for color in [theme.style(for: role).foreground, theme.style(for: role).background] {
                switch color {
                case .default: break
                case .ansi(let index): #expect(index < 16 && index != 4 && index != 8, "\(role)")
                case .rgb: Issue.record("\(role) uses a 24-bit colour")
                }
            }
        }
    }

    @Test func monochromeHasNoColoursAndEveryStatusHasItsOwnAttributes() throws {
        for theme in [Theme.monochrome, try Self.theme("mono").0] {
            for role in StyleRole.allCases {
                #expect(!theme.style(for: role).hasColor, "\(role)")
            }
            let statuses: [StyleRole] = [.statusOk, .statusPending, .statusFailed, .statusClosed, .statusWarn]
            let looks = statuses.map { theme.style(for: $0).attributes }
            #expect(Set(looks).count == statuses.count)
            #expect(!looks.contains(theme.style(for: .row).attributes))
            #expect(!looks.contains(theme.style(for: .rowSelected).attributes))
            #expect(theme.style(for: .toastError).attributes != theme.style(for: .toastInfo).attributes)
            #expect(theme.style(for: .toastWarn).attributes != theme.style(for: .toastInfo).attributes)
            #expect(theme.style(for: .dialogDangerFocus).attributes != theme.style(for: .dialogDanger).attributes)
        }
    }

    @Test(arguments: [("dark", 4.5), ("light", 4.5), ("high-contrast", 7.0)])
    func hexThemesAreReadable(_ name: String, _ minimum: Double) throws {
        let (theme, _) = try Self.theme(name)
        #expect(theme.variant == (name == "light" ? .light : .dark))
        for role in StyleRole.allCases {
            let style = theme.style(for: role)
            guard case .rgb(let fr, let fg, let fb) = style.foreground,
                  case .rgb(let br, let bg, let bb) = style.background else { continue }
            let ratio = Self.contrast((fr, fg, fb), (br, bg, bb))
            #expect(ratio >= minimum, "\(name) \(role): \(ratio)")
        }
    }

    /// WCAG 2 contrast ratio of two sRGB colours.
    static func contrast(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Double {
        func channel(_ value: UInt8) -> Double {
            let c = Double(value) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        func luminance(_ c: (UInt8, UInt8, UInt8)) -> Double {
            0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
        }
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }
}
