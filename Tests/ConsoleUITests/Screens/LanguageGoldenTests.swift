import ConsoleUI
import Localization
import TermUI
import TestSupport
import Testing

/// Every tab (0–7) at 80x24 in both languages over the standard fixture store, the help in English, and the
/// too-small screen (issue 14 item 1): the Chinese screens show no English words of their own and the English
/// ones no Chinese of their own (record data and, until the presentation is translated, column headers aside),
/// and the English words fit 80 columns. Names are `<tab>-<language>.txt`.
@Suite struct LanguageGoldenTests {
    static let size = Size(width: 80, height: 24)

    let directory: TemporaryDirectory
    let storePath: String

    init() throws {
        directory = try TemporaryDirectory("language-screens")
        storePath = try ConsoleFixtureStore.make(orders: 40, extra: PresentationFixtures.records, in: directory)
    }

    func driver(_ language: Language, size: Size = LanguageGoldenTests.size) throws -> ConsoleDriver {
        try ConsoleDriver(storePath: storePath, size: size, now: PresentationFixtures.now, startTab: .overview,
                          language: language)
    }

    func expect(_ driver: ConsoleDriver, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        PresentationSnapshot.expect(driver.screen, name, suite: "Language", sourceLocation: sourceLocation)
    }

    @Test(arguments: Language.allCases)
    func everyTab(language: Language) throws {
        let driver = try driver(language)
        for tab in ConsoleTab.allCases {
            driver.press(.char(Character(tab.hotkey)))
            #expect(driver.state.activeTab == tab)
            expect(driver, "\(tab.commandName)-\(language.rawValue)")
        }
    }

    @Test func theHelpTheTooSmallScreenAndTheWideOverviewInEnglish() throws {
        let driver = try driver(.en)
        driver.press(.char("1"))
        driver.press(.char("?"))
        expect(driver, "help-en")
        driver.press(.char("G"))
        expect(driver, "help-end-en")   // the filter syntax, last
        driver.press(.escape)
        driver.resize(to: Size(width: 40, height: 10))
        expect(driver, "too-small-en")
        // The wide overview: where Enter goes beside each line, and the selected line explained.
        driver.resize(to: Size(width: 160, height: 48))
        driver.press(.char("0"))
        expect(driver, "overview-wide-en")
    }

    /// The prompts' placeholders and a toast from the `:` line, in English.
    @Test func thePromptsAndAToastInEnglish() throws {
        let driver = try driver(.en)
        driver.press(.char("1"))
        driver.press(.char("/"))
        expect(driver, "filter-prompt-en")
        driver.press(.escape)
        driver.press(.char(":"))
        expect(driver, "command-prompt-en")
        driver.type("sort bogus")
        driver.press(.enter)
        expect(driver, "command-error-en")
    }

    /// The tab bar and the bottom line are the console's own words: in English they hold no Chinese, in Chinese
    /// no English word of their own (key names such as `Enter` and `:problems` aside).
    @Test func theBarsAreInOneLanguage() throws {
        for language in Language.allCases {
            let driver = try driver(language)
            for tab in ConsoleTab.allCases {
                driver.press(.char(Character(tab.hotkey)))
                let lines = driver.screenText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                let bars = [lines[1], lines[lines.count - 2]].joined(separator: "\n")
                let han = bars.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
                #expect(han == (language == .zh), "\(tab) in \(language): \(bars)")
                if language == .zh {
                    let words = bars.split { !$0.isLetter || !$0.isASCII }.map(String.init)
                    let english = words.filter { $0.count > 3 && !["Enter", "Space", "License", "problems"].contains($0) }
                    #expect(english.isEmpty, "\(tab) in zh has English words: \(english)")
                }
            }
        }
    }

    /// A toast made in update follows the language too.
    @Test func toastsFollowTheLanguage() throws {
        for (language, expected) in [(Language.zh, "没有编号为「nope」的记录"), (.en, "No record with the id nope")] {
            let driver = try driver(language)
            driver.press(.char(":"))
            driver.type("goto nope")
            driver.press(.enter)
            #expect(driver.toast == expected)
        }
        let driver = try driver(.en)
        driver.press(.char("r"))
        #expect(driver.toast?.hasPrefix("Offline, cannot sync") == true)
        driver.press(.char(":"))
        driver.type("bogus")
        driver.press(.enter)
        #expect(driver.toast?.hasPrefix("Unknown command: bogus") == true)
    }
}
