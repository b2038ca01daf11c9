import ListContract
import SellerCore
@testable import SellerStore
import TestSupport
import Testing

/// Issue 15: trigrams most rows hold are not asked of the search index (`LocalStore.withoutCommonTrigrams`); the
/// rows a filter finds stay the same.
@Suite struct CommonTrigramTests {
    /// 300 orders whose ids all start `CS26`, a tenth of them created in September (`CS2609…`).
    static func store(_ label: String) throws -> (directory: TemporaryDirectory, store: LocalStore) {
        let (directory, store) = try ListFixtures.makeStore(label)
        let orders = (0..<300).map { i in
            let month = i % 10 == 0 ? "09" : "1\(i % 3)"
            return ListFixtures.order("CS26\(month)\(String(format: "%06d", i))", name: "客户\(i % 7)",
                                      created: Timestamp(millis: ListFixtures.base + Int64(i) * 60_000))
        }
        try ListFixtures.fill(store, orders.map(SellerRecord.order))
        return (directory, store)
    }

    @Test func trigramsMostRowsHoldAreNotAskedAndTheRowsAreTheSame() throws {
        let (directory, store) = try Self.store("common-trigrams")
        defer { withExtendedLifetime(directory) {} }
        let filter = try ListFilter("CS2609 客户3", kind: .orders, clock: nil)
        #expect(filter.trigrams == ["CS2", "S26", "260", "609", "客户3"])
        #expect(try store.withoutCommonTrigrams(filter, .orders).trigrams == ["260", "609", "客户3"])
        let all = try ListFilter("CS26", kind: .orders, clock: nil)
        #expect(try store.withoutCommonTrigrams(all, .orders).matchExpression == nil, "every row holds both")

        let expected = (0..<300).filter { $0 % 10 == 0 && $0 % 7 == 3 }.reversed()
            .map { "CS2609\(String(format: "%06d", $0))" }
        for strategy in [TextSearchStrategy.automatic, .sortIndexFirst, .searchIndexFirst] {
            let query = StoreListQuery(kind: .orders, filterText: "CS2609 客户3", strategy: strategy)
            #expect(try store.page(query).rows.map(\.id) == expected, "\(strategy)")
            #expect(try store.count(query) == expected.count)
        }
        #expect(try store.count(StoreListQuery(kind: .orders, filterText: "cs26")) == 300)
    }
}
