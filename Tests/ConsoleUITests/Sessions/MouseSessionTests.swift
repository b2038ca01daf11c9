import ConsoleUI
import SellerCore
import TermUI
import TestSupport
import Testing

/// Opt-in mouse: a click selects a tab or a row, the wheel scrolls the pane under the pointer.
@Suite struct MouseSessionTests {
    @Test func clicksAndWheel() throws {
        let directory = try TemporaryDirectory("mouse")
        let storePath = try ConsoleFixtureStore.make(orders: 300, in: directory)
        let driver = try ConsoleDriver(storePath: storePath, size: Size(width: 160, height: 48))
        // Find the column of the 服务监管 tab in the drawn tab bar and click it.
        let bar = driver.screenText.split(separator: "\n").dropFirst().first.map(String.init) ?? ""
        let prefix = try #require(bar.range(of: "服务监管")).lowerBound
        let column = DisplayWidth.width(of: bar[..<prefix])
        driver.press(.mouse(MouseEvent(.click, at: Position(x: column, y: 0))))
        #expect(driver.state.activeTab == .supervision)
        driver.press(.char("1"))
        // Row 5 of the table: border (y 1), header (y 2), rows from y 3.
        let table = driver.state.layout.tableArea
        driver.press(.mouse(MouseEvent(.click, at: Position(x: table.x + 2, y: table.y + 1 + 4))))
        #expect(driver.state.tabs[.orders]?.window.selected == 4)
        #expect(driver.state.detail.target?.id == driver.state.tabs[.orders]?.window.selectedRow?.id)
        for _ in 0..<20 {
            driver.press(.mouse(MouseEvent(.wheelDown, at: Position(x: table.x + 2, y: table.y + 3))))
        }
        let window = try #require(driver.state.tabs[.orders]?.window)
        #expect(window.scroll + (window.firstIndex ?? 0) == 60)
        #expect(window.selected >= window.scroll)
        driver.resize(to: Size(width: 100, height: 30))   // stacked: the detail pane is short and overflows
        let detail = driver.state.layout.detailArea
        #expect((driver.state.detailLayout?.lineCount ?? 0) > detail.height + 3)
        driver.press(.mouse(MouseEvent(.wheelDown, at: Position(x: detail.x + 2, y: detail.y + 2))))
        #expect(driver.state.detail.scroll == 3)
        driver.press(.mouse(MouseEvent(.click, at: Position(x: detail.x + 2, y: detail.y + 2))))
        #expect(driver.state.focus == .detail)
    }
}
