import ConsoleUI
import ListContract
import SellerCore
import SellerStore
import TermUI
import TestSupport
import Testing

/// Issue 13's list and detail defects, each as a scripted session on the real store: what the seller saw
/// wrong, checked on the screen and the state.
@Suite struct PresentationDefectSessionTests {
    let directory: TemporaryDirectory
    let storePath: String

    init() throws {
        directory = try TemporaryDirectory("present-defects")
        storePath = try ConsoleFixtureStore.make(orders: 200, in: directory)
    }

    func open(_ tab: ConsoleTab, _ driver: ConsoleDriver) {
        driver.press(.char(":"))
        driver.type(tab.commandName)
        driver.press(.enter)
    }

    /// Space marks the row and moves down; the detail pane follows the new selection like any other move.
    @Test func spaceMovesTheDetailPaneWithTheSelection() throws {
        let driver = try ConsoleDriver(storePath: storePath, size: Size(width: 160, height: 48))
        open(.exceptions, driver)
        let first = try #require(driver.state.activeList?.window.selectedRow)
        #expect(driver.state.detail.record?.id == first.id)
        driver.press(.char(" "))
        let second = try #require(driver.state.activeList?.window.selectedRow)
        #expect(second.id != first.id)
        #expect(driver.state.detail.record?.id == second.id, "the detail still shows \(first.id)")
        #expect(driver.screenText.contains(second.id))
    }

    /// A filter that matches nothing says so, and how to clear it, on every list at 80x24, while typing and after
    /// Enter.
    @Test func anEmptyFilterResultSaysNoMatchesAndHowToClearIt() throws {
        let driver = try ConsoleDriver(storePath: storePath, size: Size(width: 80, height: 24))
        for tab in ConsoleTab.allCases where tab.entityKind != nil {
            open(tab, driver)
            driver.press(.char("/"))
            driver.type("zzzz-no-such-thing")
            #expect(driver.state.activeList?.window.rows.isEmpty == true)
            #expect(driver.screenText.contains("无匹配记录"), "\(tab) while typing:\n\(driver.screenText)")
            driver.press(.enter)
            let text = driver.screenText
            #expect(text.contains("无匹配记录") && text.contains("Esc"), "\(tab) after Enter:\n\(text)")
            driver.press(.escape)
            #expect(driver.state.activeList?.query.filterText == "")
        }
    }
}
