import ConsoleUI
import SellerCore
import TermUI
import TestSupport
import Testing

/// Whole console screens as golden text (ARCHITECTURE §10): every tab with its selected record's detail pane at
/// 80x24 (stacked) and 160x48 (side by side), the detail focused, the overlays and prompts, and the "too
/// small" screen. The store holds seeded simulator data plus the presentation fixtures, whose rows mix
/// Chinese, full-width punctuation, an emoji and hostile control sequences.
@Suite struct ConsoleScreenGoldenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 160, height: 48)]

    let directory: TemporaryDirectory
    let storePath: String

    init() throws {
        directory = try TemporaryDirectory("screens")
        storePath = try ConsoleFixtureStore.make(orders: 40, extra: PresentationFixtures.records, in: directory)
    }

    func driver(_ size: Size) throws -> ConsoleDriver {
        try ConsoleDriver(storePath: storePath, size: size, now: PresentationFixtures.now)
    }

    func expectScreen(_ driver: ConsoleDriver, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let screen = driver.screen
        for cell in screen.cells {
            for scalar in cell.grapheme.unicodeScalars where scalar.value < 0x20 || scalar.value == 0x7F {
                Issue.record("control character U+\(String(scalar.value, radix: 16)) in a cell of \(name)",
                             sourceLocation: sourceLocation)
            }
        }
        PresentationSnapshot.expect(screen, name, suite: "Console", sourceLocation: sourceLocation)
    }

    @Test(arguments: sizes)
    func everyTabWithItsDetailPane(size: Size) throws {
        let driver = try driver(size)
        for (tab, id) in ConsoleFixtureStore.fixtureRecords {
            driver.press(.char(Character(tab.hotkey)))
            if tab == .exceptions || tab == .supervision {
                // The fixture may sit outside the tab's opening status preset: show every status.
                driver.press(.char(":"))
                driver.type("status all")
                driver.press(.enter)
            }
            #expect(driver.select(id: id), "\(id) not found in \(tab)")
            expectScreen(driver, "\(tab.commandName)-\(size.width)x\(size.height)")
            driver.press(.enter)
            #expect(driver.state.focus == .detail)
            expectScreen(driver, "\(tab.commandName)-detail-\(size.width)x\(size.height)")
            driver.press(.escape)
        }
        driver.press(.char("6"))
        expectScreen(driver, "outbox-\(size.width)x\(size.height)")
    }

    @Test func overlaysPromptsAndTooSmall() throws {
        let driver = try driver(Size(width: 80, height: 24))
        driver.press(.char("?"))
        expectScreen(driver, "help-80x24")
        driver.press(.char("G"))
        expectScreen(driver, "help-end-80x24")   // the filter syntax, last
        driver.press(.escape)
        driver.press(.char("/"))
        driver.type("杭州 云")
        expectScreen(driver, "filter-80x24")
        driver.press(.enter)
        driver.press(.char(":"))
        driver.type("s")
        driver.press(.tab)
        expectScreen(driver, "command-completion-80x24")
        driver.press(.escape)
        driver.resize(to: Size(width: 40, height: 10))
        expectScreen(driver, "too-small-40x10")
    }

    @Test func followingALinkShowsTheTrailInTheTitle() throws {
        let driver = try driver(Size(width: 160, height: 48))
        #expect(driver.select(id: PresentationFixtures.orderId))
        driver.press(.char("]"), .enter)
        expectScreen(driver, "order-followed-link-160x48")
    }
}
