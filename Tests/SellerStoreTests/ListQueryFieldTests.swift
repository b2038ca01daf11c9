import ListContract
import SellerCore
import SellerStore
import Testing

/// Field terms in the store: each returns exactly the rows whose column satisfies it (boundaries included), alone,
/// with free text and with statuses, with every search strategy and in `count`.
@Suite struct ListQueryFieldTests {
    static func utc(_ text: String) -> Timestamp { Timestamp(koogallery: text) ?? Timestamp(millis: 0) }

    /// 2026-12-01 12:00 at +08:00.
    static let clock = FilterClock(now: utc("20261201040000"), utcOffsetSeconds: 8 * 3600)

    /// id, created (UTC, millis), amount, customer, sku, product, status.
    static let orders: [Order] = [
        ("F1", "20261122155959999", "10000", "C1", "SKU-A", "云服务器", OrderStatus.processing),
        ("F2", "20261122160000000", "10000.01", "C10", "SKU-B", "对象存储", .processing),
        ("F3", "20261123155959999", "500", "C1", "SKU-A", "数据库服务", .completed),
        ("F4", "20261123160000000", "499.99", "C2", "SKU-C", "云服务器", .completed),
        ("F5", "20261130120000000", nil, "C3", "SKU-B", "CDN加速", .processing),
        ("F6", "20261031160000000", "100", "C2", "SKU-C", "对象存储", .cancelled),
        ("F7", "20261130050000000", "0.5", "C3", "SKU-A", "对象存储", .processing),
    ].map { id, created, amount, customer, sku, product, status in
        let time = utc(created)
        return Order(orderId: id, orderType: .new, status: status, createTime: time,
                     buyer: Buyer(customerId: customer, customerName: "客户" + id),
                     lines: [OrderLine(orderLineId: id + "-1", chargingMode: .period, currency: amount,
                                       productId: "P-" + id, skuCode: sku, productName: product)],
                     updatedAt: time)
    }

    static let cases: [(filter: String, ids: Set<String>)] = [
        ("created:2026-11-23", ["F2", "F3"]),
        ("created:2026-11-22..2026-11-23", ["F1", "F2", "F3"]),
        ("created:2026-11-24..", ["F4", "F5", "F7"]),
        ("created:..2026-11-22", ["F1", "F6"]),
        ("created:2026-11-01", ["F6"]),
        ("created:7d", ["F5", "F7"]),
        ("created:24h", ["F5", "F7"]),
        ("updated:2026-11-23", ["F2", "F3"]),
        ("amount:>10000", ["F2"]),
        ("amount:>=10000", ["F1", "F2"]),
        ("amount:<=500", ["F3", "F4", "F6", "F7"]),
        ("amount:<500", ["F4", "F6", "F7"]),
        ("amount:100..500", ["F3", "F4", "F6"]),
        ("amount:10000.01", ["F2"]),
        ("amount:0.5", ["F7"]),
        ("customer:C1", ["F1", "F3"]),
        ("customer:c1", []),
        ("sku:SKU-A", ["F1", "F3", "F7"]),
        ("product:云服务器", ["F1", "F4"]),
        ("product:P-F2", ["F2"]),
        ("product:存储", ["F2", "F6", "F7"]),
        ("customer:C1 数据库", ["F3"]),
        ("created:2026-11-23 amount:>600", ["F2"]),
        ("sku:SKU-A 已完成", ["F3"]),
        ("客户F sku:SKU-B created:..2026-11-29", ["F2"]),
    ]

    @Test func eachFieldTermReturnsExactlyTheRowsThatSatisfyIt() throws {
        let (directory, store) = try ListFixtures.makeStore("list-fields")
        defer { withExtendedLifetime(directory) {} }
        let records = Self.orders.map(SellerRecord.order)
        try ListFixtures.fill(store, records)
        for (filter, ids) in Self.cases {
            for strategy in [TextSearchStrategy.automatic, .sortIndexFirst, .searchIndexFirst] {
                for sort in [ListSort.defaultSort(for: .orders), ListSort(.customerName), ListSort(.status)] {
                    let query = StoreListQuery(kind: .orders, filterText: filter, sort: sort, limit: 2,
                                               strategy: strategy, filterClock: Self.clock)
                    let found = try ListFixtures.pageForward(store, query).flatMap { $0.map(\.id) }
                    let expected = ListFixtures.expectedIDs(records.filter { ids.contains($0.id) }, sort)
                    #expect(found == expected, "filter \(filter) \(strategy) \(sort.column)")
                }
            }
            let query = StoreListQuery(kind: .orders, filterText: filter, filterClock: Self.clock)
            #expect(try store.count(query) == ids.count, "count of \(filter)")
        }
    }

    @Test func fieldTermsCombineWithStatuses() throws {
        let (directory, store) = try ListFixtures.makeStore("list-fields-status")
        defer { withExtendedLifetime(directory) {} }
        try ListFixtures.fill(store, Self.orders.map(SellerRecord.order))
        func ids(_ filter: String, _ statuses: [OrderStatus]) throws -> Set<String> {
            let query = StoreListQuery(kind: .orders, filterText: filter, statuses: statuses.map(ListStatus.order),
                                       limit: 1, filterClock: Self.clock)
            let found = try ListFixtures.pageForward(store, query).flatMap { $0.map(\.id) }
            #expect(try store.count(query) == found.count)
            return Set(found)
        }
        #expect(try ids("customer:C1", [.completed]) == ["F3"])
        #expect(try ids("amount:<=500", [.processing, .cancelled]) == ["F6", "F7"])
        #expect(try ids("created:2026-11-23..", [.processing]) == ["F2", "F5", "F7"])
    }

    /// The other kinds' time fields and activities, checked against the rows' own values.
    @Test func otherKindsTimeFieldsAndActivities() throws {
        let (directory, store) = try ListFixtures.makeStore("list-fields-kinds")
        defer { withExtendedLifetime(directory) {} }
        let base = Timestamp(millis: ListFixtures.base)
        let clock = FilterClock(now: base.adding(seconds: 5 * 3600), utcOffsetSeconds: 8 * 3600)
        let since = base.adding(seconds: 2 * 3600)
        let checks: [(EntityKind, String, (ListRow.Content) -> Bool)] = [
            (.instances, "expire:3h", { if case .instance(let r) = $0 { (r.expireTime ?? .init(millis: 0)) >= since } else { false } }),
            (.instances, "updated:3h", { if case .instance(let r) = $0 { r.updatedAt >= since } else { false } }),
            (.exceptions, "last:3h", { if case .exception(let r) = $0 { r.lastAttemptAt >= since } else { false } }),
            (.tickets, "created:3h", { if case .ticket(let r) = $0 { r.createTime >= since } else { false } }),
            (.calls, "received:3h", { if case .call(let r) = $0 { r.receivedAt >= since } else { false } }),
            (.exceptions, "activity:newInstance", { if case .exception(let r) = $0 { r.activity.rawValue == "newInstance" } else { false } }),
            (.exceptions, "activity:更新实例状态", { if case .exception(let r) = $0 { r.activity.label == "更新实例状态" } else { false } }),
            (.calls, "activity:expireInstance", { if case .call(let r) = $0 { r.activity == "expireInstance" } else { false } }),
        ]
        for kind in [EntityKind.instances, .exceptions, .tickets, .calls] {
            try ListFixtures.fill(store, ListFixtures.records(kind, count: 90))
        }
        for (kind, filter, predicate) in checks {
            let all = try ListFixtures.pageForward(store, StoreListQuery(kind: kind, limit: 1000)).flatMap { $0 }
            let expected = Set(all.filter { predicate($0.content) }.map(\.id))
            let query = StoreListQuery(kind: kind, filterText: filter, limit: 7, filterClock: clock)
            let found = try ListFixtures.pageForward(store, query).flatMap { $0.map(\.id) }
            #expect(Set(found) == expected, "\(kind) \(filter)")
            #expect(!expected.isEmpty, "\(kind) \(filter) matches some")
            #expect(expected.count < all.count, "\(kind) \(filter) narrows")
            #expect(try store.count(query) == expected.count)
        }
    }

    /// Instance INS<i> has customer C<i % 50>: `customer:C7` is INS7, INS57 and not INS17 or C70's.
    @Test func customerIsTheColumnNotASubstring() throws {
        let (directory, store) = try ListFixtures.makeStore("list-fields-customer")
        defer { withExtendedLifetime(directory) {} }
        try ListFixtures.fill(store, ListFixtures.records(.instances, count: 90))
        let query = StoreListQuery(kind: .instances, filterText: "customer:C7", limit: 1)
        #expect(Set(try ListFixtures.pageForward(store, query).flatMap { $0.map(\.id) }) == ["INS7", "INS57"])
    }

    @Test func aFieldOfAnotherKindIsRefusedNotSearched() throws {
        let (directory, store) = try ListFixtures.makeStore("list-fields-refused")
        defer { withExtendedLifetime(directory) {} }
        #expect(throws: ListFilterError.self) {
            try store.page(StoreListQuery(kind: .calls, filterText: "amount:>5", filterClock: Self.clock))
        }
        #expect(throws: ListFilterError.self) {
            try store.count(StoreListQuery(kind: .orders, filterText: "created:2026-13-01"))
        }
        // The calls' own search words still work as free text.
        #expect(throws: Never.self) { try store.page(StoreListQuery(kind: .calls, filterText: "outcome:FAILURE")) }
    }

    @Test func dateAndAmountTermsOnOrdersUseAnIndexNotATemporarySort() throws {
        let (directory, store) = try ListFixtures.makeStore("list-fields-plan")
        defer { withExtendedLifetime(directory) {} }
        // (On this empty store any amount is rare, which `aRareAmountSeeksTheAmountIndex` covers.)
        let plan = try store.queryPlan(StoreListQuery(kind: .orders, filterText: "created:7d amount:>100",
                                                      strategy: .sortIndexFirst, filterClock: Self.clock))
        #expect(plan.contains { $0.contains("orders_by_create_time") }, "\(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
        let dates = try store.queryPlan(StoreListQuery(kind: .orders, filterText: "created:2026-11-01..2026-11-30"))
        #expect(dates.contains { $0.contains("orders_by_create_time") && $0.contains("create_time") }, "\(dates)")
        #expect(!dates.contains { $0.contains("TEMP B-TREE") }, "\(dates)")
        // A customer id reads that customer's rows, already in the default order; a SKU its lines' orders.
        let customer = try store.queryPlan(StoreListQuery(kind: .orders, filterText: "customer:C1",
                                                          strategy: .sortIndexFirst))
        #expect(customer.contains { $0.contains("orders_by_customer_id") }, "\(customer)")
        #expect(!customer.contains { $0.contains("TEMP B-TREE") }, "\(customer)")
        let sku = try store.queryPlan(StoreListQuery(kind: .orders, filterText: "sku:S1", strategy: .sortIndexFirst))
        #expect(sku.contains { $0.contains("order_lines_by_sku") }, "\(sku)")
    }

    /// A common amount walks the creation-time index (a page stops early); a rare one seeks `orders_by_amount`
    /// and sorts its few rows, instead of walking the whole sort index for nothing.
    @Test func aRareAmountSeeksTheAmountIndex() throws {
        let (directory, store) = try ListFixtures.makeStore("list-fields-amount-plan")
        defer { withExtendedLifetime(directory) {} }
        let orders = (0..<6_000).map { i in
            ListFixtures.order("M\(i)", name: "客户", created: Timestamp(millis: ListFixtures.base + Int64(i) * 1_000))
        }
        try ListFixtures.fill(store, orders.map(SellerRecord.order))   // every amount is 99.00
        let common = try store.queryPlan(StoreListQuery(kind: .orders, filterText: "amount:>=99"))
        #expect(common.contains { $0.contains("orders_by_create_time") }, "\(common)")
        let rare = try store.queryPlan(StoreListQuery(kind: .orders, filterText: "amount:>100"))
        #expect(rare.contains { $0.contains("orders_by_amount") }, "\(rare)")
        #expect(try store.page(StoreListQuery(kind: .orders, filterText: "amount:>100")).rows.isEmpty)
        #expect(try store.count(StoreListQuery(kind: .orders, filterText: "amount:99")) == 6_000)
        #expect(try store.page(StoreListQuery(kind: .orders, filterText: "amount:99", limit: 3)).rows.map(\.id)
                == ["M5999", "M5998", "M5997"])
    }
}
