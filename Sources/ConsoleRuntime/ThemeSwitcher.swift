import ConsoleUI
import CursesTerminal
import Localization
import TermUI

/// Loads themes for the console: by name from the theme directories or by path, falling back to the
/// built-in theme with a message when a file is missing or broken; `NO_COLOR` pins the monochrome theme.
/// It is the executor of `.theme` effects: a load is answered with `.themeLoaded`, a palette goes to the terminal.
struct ThemeSwitcher {
    let loader: ThemeLoader
    let noColor: Bool
    /// The language of the warnings it hands back.
    let language: Language

    init(directories: [String], noColor: Bool, language: Language) {
        loader = ThemeLoader(directories: directories)
        self.noColor = noColor
        self.language = language
    }

    func perform(_ request: ThemeRequest, inbox: Inbox, terminal: any Terminal) {
        switch request {
        case .load(let reference): inbox.post(.themeLoaded(load(reference)))
        case .usePalette(let styles): terminal.setPalette(TerminalPalette(styles))
        }
    }

    func load(_ reference: String) -> LoadedTheme {
        if noColor {
            let warning = reference == "default" || reference == "mono" ? nil
                : RuntimeText.monochromeInstead(reference)(language)
            return LoadedTheme(name: "mono", styles: Theme.monochrome.styles, warning: warning)
        }
        let result = loader.load(reference)
        var warnings = result.warnings.map(RuntimeText.themeWarning)
        if let error = result.error {
            warnings.insert(RuntimeText.themeNotLoaded(reference, error), at: 0)
        }
        return LoadedTheme(name: result.fellBack ? result.theme.name : reference, styles: result.theme.styles,
                           warning: warnings.isEmpty ? nil
                               : Phrase.joined(warnings, chineseSeparator: "；", englishSeparator: "; ")(language))
    }

    func availableNames() -> [String] { loader.availableNames() }
}
