import CursesTerminal
import TermUI

/// Loads themes for the console: by name from the theme directories or by path, falling back to the
/// built-in theme with a message when a file is missing or broken; `NO_COLOR` pins the monochrome theme.
struct ThemeSwitcher {
    struct Loaded {
        var name: String
        var palette: TerminalPalette
        var warnings: [String]
    }

    let loader: ThemeLoader
    let noColor: Bool

    init(directories: [String], noColor: Bool) {
        loader = ThemeLoader(directories: directories)
        self.noColor = noColor
    }

    func load(_ reference: String) -> Loaded {
        if noColor {
            let warnings = reference == "default" || reference == "mono" ? []
                : ["NO_COLOR/--no-color: 使用单色主题 using the monochrome theme instead of \(reference)"]
            return Loaded(name: "mono", palette: TerminalPalette(Theme.monochrome.styles), warnings: warnings)
        }
        let result = loader.load(reference)
        var warnings = result.warnings.map(\.description)
        if let message = result.message {
            warnings.insert("主题无法加载，已使用内置主题 Theme '\(reference)' not loaded, using the built-in one: \(message)",
                            at: 0)
        }
        return Loaded(name: result.fellBack ? result.theme.name : reference,
                      palette: TerminalPalette(result.theme.styles), warnings: warnings)
    }

    func availableNames() -> [String] { loader.availableNames() }
}
