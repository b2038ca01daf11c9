import Foundation
import ConsoleUI
import ListContract
import SellerCore
import SellerStore
import TermUI
import TestSupport
import Testing

/// Issue 13's defect: a tab's count meant "this tab's current filter", and the 队列 tab counted only unfinished
/// items while listing all of them. The tab bar shows every tab's total and, where a filter is active, the
/// matching rows beside it (`matching/total`).
@Suite struct TabCountSessionTests {
    let directory: TemporaryDirectory
    let storePath: String

    init() throws {
        directory = try TemporaryDirectory("tabcount")
        storePath = try ConsoleFixtureStore.make(orders: 600, in: directory)
    }

    /// The tab bar's text (the screen's first row, after the dump's size line).
    func tabBar(_ driver: ConsoleDriver) -> String {
        let lines = driver.screenText.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.count > 1 ? String(lines[1]) : ""
    }

    /// One tab's label on the bar (`1 订单 1/600`).
    func tabLabel(_ driver: ConsoleDriver, _ tab: ConsoleTab) -> String {
        let labels = tabBar(driver).split(separator: "│").map { $0.trimmingCharacters(in: .whitespaces) }
        return labels.first { $0.hasPrefix(tab.hotkey + " " + tab.title.zh) } ?? ""
    }

    @Test func aFilteredListTabShowsMatchingAndTotal() throws {
        let store = try LocalStore(path: storePath, readOnly: true)
        let total = try store.count(StoreListQuery(kind: .orders))
        let first = try #require(try store.page(StoreListQuery(kind: .orders, limit: 1)).rows.first?.id)
        let matching = try store.count(StoreListQuery(kind: .orders, filterText: first))
        #expect(matching > 0 && matching < total)
        let driver = try ConsoleDriver(storePath: storePath, size: Size(width: 160, height: 48))
        driver.press(.char("1"))
        #expect(tabLabel(driver, .orders).hasSuffix(" \(total)"), "\(tabBar(driver))")
        driver.press(.char("/"))
        driver.type(first)
        driver.press(.enter)
        #expect(driver.state.tabs[.orders]?.query.filterText == first)
        #expect(tabLabel(driver, .orders).hasSuffix(" \(matching)/\(total)"), "\(tabBar(driver))")
    }

    @Test func theOutboxTabCountsEveryItemItLists() throws {
        let writer = try LocalStore(path: storePath)
        let open = try writer.page(StoreListQuery(kind: .exceptions, statuses: ListStatus.openExceptionStates,
                                                  limit: 3))
        #expect(open.rows.count == 3)
        var ids: [Int64] = []
        for row in open.rows {
            guard case .queued(let item) = try writer.enqueue(.restart(messageId: row.id), at: ConsoleDriver.now) else {
                Issue.record("queued \(row.id)")
                return
            }
            ids.append(item.id)
        }
        #expect(try writer.discardOutboxItem(id: ids[0], at: ConsoleDriver.now))
        try writer.close()

        let driver = try ConsoleDriver(storePath: storePath, size: Size(width: 160, height: 48))
        driver.press(.char("6"))
        #expect(driver.state.outbox.items.count == 3)
        #expect(tabLabel(driver, .outbox).hasSuffix(" 3"), "\(tabBar(driver))")
        driver.press(.char("f"))
        #expect(driver.state.outbox.preset.label == "未完成")
        #expect(tabLabel(driver, .outbox).hasSuffix(" 2/3"), "\(tabBar(driver))")
    }
}
