import ConsoleUI
import ListContract
import SellerCore
import SellerStore
import TermUI
import TestSupport
import Testing

/// The `/` filter with field terms in a scripted session: a date range in the seller's days (+08:00, the
/// console's display offset), combined with free text, and a malformed term explained in the prompt.
@Suite struct FieldFilterSessionTests {
    static let clock = FilterClock(now: ConsoleDriver.now, utcOffsetSeconds: 8 * 3600)

    static func day(_ time: Timestamp) -> String {
        let f = time.fields(offsetSeconds: 8 * 3600)
        return f.year.zeroPadded(to: 4) + "-" + f.month.zeroPadded(to: 2) + "-" + f.day.zeroPadded(to: 2)
    }

    @Test func aDateRangeListsExactlyTheOrdersOfThoseLocalDays() throws {
        let directory = try TemporaryDirectory("field-filter")
        let storePath = try ConsoleFixtureStore.make(orders: 400, in: directory)
        let store = try LocalStore(path: storePath, readOnly: true)
        defer { try? store.close() }
        // A two-day range around the tenth-newest order, so the range cuts through the list.
        let rows = try store.page(StoreListQuery(kind: .orders, limit: 400)).rows
        guard case .order(let pivot)? = rows.dropFirst(10).first?.content else {
            Issue.record("no eleventh order")
            return
        }
        let from = Self.day(pivot.createTime.adding(seconds: -86_400)), to = Self.day(pivot.createTime)
        let filter = "created:\(from)..\(to)"
        let expected = try store.count(StoreListQuery(kind: .orders, filterText: filter, filterClock: Self.clock))
        #expect(expected > 0 && expected < 400)

        let driver = try ConsoleDriver(storePath: storePath, size: Size(width: 160, height: 48))
        driver.press(.char("/"))
        driver.type(filter)
        let list = try #require(driver.state.tabs[.orders])
        #expect(list.filterError == nil, "\(list.filterError ?? "")")
        #expect(list.total == expected)
        #expect(!list.window.rows.isEmpty)
        for row in list.window.rows {
            guard case .order(let order) = row.content else { continue }
            #expect((from...to).contains(Self.day(order.createTime)), "\(row.id) \(Self.day(order.createTime))")
        }
        #expect(driver.screenText.contains("筛选「\(filter)」"))

        // With free text: both must hold.
        let name = pivot.customerName
        driver.type(" " + name)
        let both = try store.count(StoreListQuery(kind: .orders, filterText: filter + " " + name,
                                                  filterClock: Self.clock))
        #expect(driver.state.tabs[.orders]?.total == both)
        #expect(both >= 1 && both <= expected)
    }

    @Test func aMalformedDateIsExplainedInThePrompt() throws {
        let directory = try TemporaryDirectory("field-filter-bad")
        let storePath = try ConsoleFixtureStore.make(orders: 50, in: directory)
        let driver = try ConsoleDriver(storePath: storePath, size: Size(width: 160, height: 48))
        driver.press(.char("/"))
        driver.type("created:2026-02-30")
        let list = try #require(driver.state.tabs[.orders])
        #expect(list.filterError?.contains("第 9 个字符处：created") == true, "\(list.filterError ?? "none")")
        #expect(list.error == nil)
        let bottom = driver.screenText.split(separator: "\n").last.map(String.init) ?? ""
        #expect(bottom.contains("不是日期"), "\(bottom)")
    }
}
