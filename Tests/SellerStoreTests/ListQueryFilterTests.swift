import ListContract
import SellerCore
import SellerStore
import Testing

/// The filter text: Chinese terms of 1, 2 and 3+ characters, ASCII case, several terms, literal wildcards and
/// quotes; each answered identically by every search strategy and by `count`.
@Suite struct ListQueryFilterTests {
    static let orders: [Order] = [
        ("A1", "张伟科技有限公司", "数据库服务", OrderStatus.processing),
        ("A2", "张三丰", "云服务器", .completed),
        ("A3", "李娜", "数据库服务", .processing),
        ("A4", "Acme Cloud Ltd", "对象存储", .cancelled),
        ("A5", "ACME east", "云服务器", .processing),
        ("A6", "100%_off shop", "对象存储", .completed),
        ("A7", "say \"hi\" corp", "对象存储", .pendingPayment),
        ("A8", "abc shop", "云服务器", .pendingPayment),
        ("A9", "a\\b 工作室", "云服务器", .completed),
    ].enumerated().map { index, item in
        ListFixtures.order(item.0, status: item.3, name: item.1, product: item.2,
                           created: Timestamp(millis: ListFixtures.base + Int64(index % 4) * 1_000))
    }

    static let cases: [(filter: String, ids: Set<String>)] = [
        ("张", ["A1", "A2"]),
        ("张伟", ["A1"]),
        ("张三丰", ["A2"]),
        ("有限公司", ["A1"]),
        ("数据库", ["A1", "A3"]),
        ("acme", ["A4", "A5"]),
        ("AcMe CLOUD", ["A4"]),
        ("张 数据库", ["A1"]),
        ("张\u{3000}伟", ["A1"]),
        ("  数据库   处理中 ", ["A1", "A3"]),
        ("处理中", ["A1", "A3", "A5"]),
        ("待支付 shop", ["A8"]),
        ("%", ["A6"]),
        ("_", ["A6"]),
        ("0%_", ["A6"]),
        ("a_c", []),
        ("a%c", []),
        ("abc", ["A8"]),
        ("\"", ["A7"]),
        ("\"hi\"", ["A7"]),
        ("\"hi", ["A7"]),
        ("\\", ["A9"]),
        ("a\\b", ["A9"]),
        ("不存在的词", []),
        ("不存", []),
        ("", Set(orders.map(\.orderId))),
        ("   ", Set(orders.map(\.orderId))),
    ]

    @Test func termsOfEveryLengthMatchTheSameRowsWithEveryStrategy() throws {
        let (directory, store) = try ListFixtures.makeStore("list-filter")
        defer { withExtendedLifetime(directory) {} }
        try ListFixtures.fill(store, Self.orders.map(SellerRecord.order))
        let records = Self.orders.map(SellerRecord.order)

        for (filter, ids) in Self.cases {
            for strategy in [TextSearchStrategy.automatic, .sortIndexFirst, .searchIndexFirst] {
                for sort in [ListSort.defaultSort(for: .orders), ListSort(.customerName)] {
                    let query = StoreListQuery(kind: .orders, filterText: filter, sort: sort, limit: 2,
                                               strategy: strategy)
                    let found = try ListFixtures.pageForward(store, query).flatMap { $0.map(\.id) }
                    let expected = ListFixtures.expectedIDs(records.filter { ids.contains($0.id) }, sort)
                    #expect(found == expected, "filter \(filter.debugDescription) \(strategy) \(sort.column)")
                }
            }
            #expect(try store.count(StoreListQuery(kind: .orders, filterText: filter)) == ids.count,
                    "count of \(filter.debugDescription)")
        }
    }

    @Test func statusFilterAloneAndWithText() throws {
        let (directory, store) = try ListFixtures.makeStore("list-status")
        defer { withExtendedLifetime(directory) {} }
        try ListFixtures.fill(store, Self.orders.map(SellerRecord.order))

        func ids(_ filter: String, _ statuses: [OrderStatus], _ sort: ListSort? = nil) throws -> Set<String> {
            let query = StoreListQuery(kind: .orders, filterText: filter, statuses: statuses.map(ListStatus.order),
                                       sort: sort, limit: 3)
            let found = try ListFixtures.pageForward(store, query).flatMap { $0.map(\.id) }
            #expect(try store.count(query) == found.count)
            return Set(found)
        }
        for sort in ListSortColumn.columns(for: .orders).map({ ListSort($0) }) {
            #expect(try ids("", [.processing], sort) == ["A1", "A3", "A5"])
            #expect(try ids("", [.completed, .cancelled, .completed], sort) == ["A2", "A4", "A6", "A9"])
            #expect(try ids("张", [.completed], sort) == ["A2"])
            #expect(try ids("数据库", [.processing, .pendingPayment], sort) == ["A1", "A3"])
        }
    }

    @Test func countsAreCheapWhenUnfilteredAndCanBeCapped() throws {
        let (directory, store) = try ListFixtures.makeStore("list-count")
        defer { withExtendedLifetime(directory) {} }
        for kind in EntityKind.allCases {
            try ListFixtures.fill(store, ListFixtures.records(kind, count: 120))
            let all = StoreListQuery(kind: kind)
            #expect(!all.isFiltered)
            #expect(try store.count(all) == 120)
            #expect(try store.count(all, cap: 50) == 50)
            // Calls have no customer: their words are the journal's (`outcome:SUCCESS`).
            let (term, shorter) = kind == .calls ? ("outcome:success", "outcome:succ") : ("有限公司", "有限")
            let named = StoreListQuery(kind: kind, filterText: term)
            #expect(named.isFiltered)
            let expected = (0..<120).filter {
                ListFixtures.containsIgnoringASCIICase(ListFixtures.searchable(ListFixtures.record(kind, $0)), term)
            }
            #expect(try store.count(named) == expected.count)
            #expect(try store.count(named, cap: 5) == min(5, expected.count))
            #expect(try store.count(StoreListQuery(kind: kind, filterText: shorter), cap: 1_000) == expected.count)
        }
    }
}
