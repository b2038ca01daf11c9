import ListContract
import SellerCore
import SellerStore
import Testing

/// Issue 15: the trigram indexes hold no text of their own, so each write must take a row out with the text it
/// was indexed with. A record replaced by a newer copy (a new status, so a new label) leaves an index that
/// FTS5's own check finds consistent, and the filter finds the new words and not the old ones.
@Suite struct SearchIndexTests {
    @Test func replacedRecordsLeaveEveryIndexConsistent() throws {
        let (directory, store) = try ListFixtures.makeStore("search-index")
        defer { withExtendedLifetime(directory) {} }
        for kind in EntityKind.allCases { try ListFixtures.fill(store, ListFixtures.records(kind, count: 40)) }
        let orders = ListFixtures.records(.orders, count: 40).compactMap { record -> SellerRecord? in
            guard case .order(var order) = record else { return nil }
            order.status = .cancelled
            order.updatedAt = Timestamp(millis: order.updatedAt.millis + 1)
            return .order(order)
        }
        try ListFixtures.fill(store, orders)
        try store.checkSearchIndexes()
        let canceled = OrderStatus.cancelled.label
        for strategy in [TextSearchStrategy.sortIndexFirst, .searchIndexFirst] {
            let query = StoreListQuery(kind: .orders, filterText: canceled, strategy: strategy)
            #expect(try store.count(query) == 40)
            #expect(try store.page(query).rows.count == min(40, query.limit))
        }
    }
}
