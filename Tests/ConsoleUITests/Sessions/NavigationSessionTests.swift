import ConsoleUI
import ListContract
import SellerCore
import SellerStore
import TermUI
import TestSupport
import Testing

/// Scripted key sessions over a real store: moving, paging, jumping and the bounded window of rows.
@Suite struct NavigationSessionTests {
    let directory: TemporaryDirectory
    let storePath: String

    init() throws {
        directory = try TemporaryDirectory("nav")
        storePath = try ConsoleFixtureStore.make(orders: 1500, in: directory)
    }

    /// The ids of the whole list in order, read the slow way, to check what the console shows.
    func allIDs(_ query: StoreListQuery) throws -> [String] {
        let store = try LocalStore(path: storePath, readOnly: true)
        var ids: [String] = []
        var key: ListRowKey?
        var query = query
        query.limit = 1000
        repeat {
            let page = try store.page(query, after: key)
            ids += page.rows.map(\.id)
            key = page.nextKey
        } while key != nil
        return ids
    }

    @Test func scrollingDownPagesFromTheStoreAndKeepsTheWindowBounded() throws {
        let driver = try ConsoleDriver(storePath: storePath, size: Size(width: 160, height: 48))
        let ids = try allIDs(driver.state.tabs[.orders]?.query ?? StoreListQuery(kind: .orders))
        #expect(ids.count == 1500)
        #expect(driver.state.tabs[.orders]?.total == 1500)
        for _ in 0..<700 { driver.press(.char("j")) }
        let list = try #require(driver.state.tabs[.orders])
        #expect(list.window.selectedIndex == 700)
        #expect(list.window.selectedRow?.id == ids[700])
        #expect(list.window.rows.count <= ListWindow.maxRows)
        #expect(driver.state.detail.target?.id == ids[700])
        for _ in 0..<30 { driver.press(.pageDown) }
        let paged = try #require(driver.state.tabs[.orders])
        #expect(paged.window.selectedRow?.id == ids[paged.window.selectedIndex ?? -1])
        for _ in 0..<40 { driver.press(.pageUp) }
        #expect(driver.state.tabs[.orders]?.window.selectedIndex == 0)
        #expect(driver.state.tabs[.orders]?.window.selectedRow?.id == ids[0])
    }

    @Test func bottomAndTopJumpWithoutReadingTheRowsBetween() throws {
        let driver = try ConsoleDriver(storePath: storePath, size: Size(width: 80, height: 24))
        let ids = try allIDs(StoreListQuery(kind: .orders))
        driver.press(.char("G"))
        var list = try #require(driver.state.tabs[.orders])
        #expect(list.window.selectedRow?.id == ids.last)
        #expect(list.window.selectedIndex == ids.count - 1)
        #expect(list.window.rows.count <= 2 * ListWindow.pageSize)
        driver.press(.char("k"), .char("k"))
        list = try #require(driver.state.tabs[.orders])
        #expect(list.window.selectedRow?.id == ids[ids.count - 3])
        driver.press(.char("g"))
        #expect(driver.state.tabs[.orders]?.window.selectedRow?.id == ids.first)
        #expect(driver.screenText.contains("1/1,500"))
    }

    @Test func tabsSwitchByDigitTabAndBackTab() throws {
        let driver = try ConsoleDriver(storePath: storePath, size: Size(width: 120, height: 30))
        driver.press(.char("3"))
        #expect(driver.state.activeTab == .exceptions)
        #expect(driver.state.detail.target?.kind == .exceptions)
        driver.press(.tab)
        #expect(driver.state.activeTab == .supervision)
        driver.press(.backTab, .backTab)
        #expect(driver.state.activeTab == .instances)
        driver.press(.char("6"))
        #expect(driver.state.activeTab == .outbox)
        #expect(driver.screenText.contains("队列为空"))
        driver.press(.tab)
        #expect(driver.state.activeTab == .calls)
        driver.press(.tab)
        #expect(driver.state.activeTab == .overview, "概览 is the first tab (issue 13)")
        driver.press(.tab)
        #expect(driver.state.activeTab == .orders)
        driver.press(.char("7"))
        #expect(driver.state.activeTab == .calls)
    }

    @Test func refreshKeepsTheSelectedRowAndItsPlaceOnScreen() throws {
        let driver = try ConsoleDriver(storePath: storePath, size: Size(width: 160, height: 48))
        for _ in 0..<60 { driver.press(.char("j")) }
        let before = try #require(driver.state.tabs[.orders]?.window)
        let selectedID = try #require(before.selectedRow?.id)
        // A new order arrives at the top of the list (newest first), as a sync would write it.
        let store = try LocalStore(path: storePath)
        guard case .order(var order)? = try store.record(.orders, id: selectedID) else {
            Issue.record("selected order not in the store")
            return
        }
        order.orderId = "CS2611239999NEW01"
        order.lines = order.lines.map { line in
            var line = line
            line.orderLineId = "NEW01-" + line.orderLineId
            return line
        }
        order.createTime = ConsoleDriver.now
        order.updatedAt = ConsoleDriver.now
        _ = try store.write { try store.upsert(.order(order)) }
        try store.close()
        driver.send(.syncFinished(SyncReport(finishedAt: ConsoleDriver.now, changed: 1, rejected: 0, error: nil)))
        let after = try #require(driver.state.tabs[.orders])
        #expect(after.window.selectedRow?.id == selectedID)
        #expect(after.window.selected - after.window.scroll == before.selected - before.scroll)
        #expect(after.total == 1501)
    }

    @Test func aTerminalTooSmallShowsAReadableMessageAndRecovers() throws {
        let driver = try ConsoleDriver(storePath: storePath, size: Size(width: 80, height: 24))
        driver.resize(to: Size(width: 40, height: 10))
        let text = driver.screenText
        #expect(text.contains("终端太小") && text.contains("40x10") && !text.contains("订单"))
        driver.press(.char("j"))
        #expect(driver.state.tabs[.orders]?.window.selected == 0)
        driver.resize(to: Size(width: 80, height: 24))
        #expect(driver.screenText.contains("订单"))
    }
}
