import ListContract
import SellerCore
import SellerStore
import Testing

/// Issue 15: a first sync loads a kind without its list indexes and builds them at the end. While it loads,
/// lists, counts and filters stay right (the trigram index is kept row by row all along), and the end leaves the
/// indexes a store that never loaded in bulk has.
@Suite struct BulkLoadTests {
    @Test func aLoadDropsTheListIndexesReadsStayRightAndTheEndRebuildsThem() throws {
        let (directory, store) = try ListFixtures.makeStore("bulk-load")
        defer { withExtendedLifetime(directory) {} }
        let indexes = try store.indexNames()
        #expect(try store.beginBulkLoad(.orders))
        #expect(try store.isBulkLoading(.orders) && !store.isBulkLoading(.instances))
        #expect(try store.indexNames().count < indexes.count)
        #expect(try store.indexNames().contains("instances_by_order"), "lookups by order keep their index")
        try ListFixtures.fill(store, ListFixtures.records(.orders, count: 60))
        let name = ListFixtures.names[0]
        let expected = try store.count(StoreListQuery(kind: .orders, filterText: name))
        #expect(expected > 0)
        for strategy in [TextSearchStrategy.automatic, .searchIndexFirst, .sortIndexFirst] {
            let query = StoreListQuery(kind: .orders, filterText: name, strategy: strategy)
            #expect(try store.page(query).rows.count == expected, "\(strategy) while loading")
        }
        // The amount driver names its index in SQL: while it is dropped, amounts are checked along the table.
        let amounts = StoreListQuery(kind: .orders, filterText: "amount:>5")
        let amountsWhileLoading = try store.page(amounts).rows.map(\.id)
        try store.checkSearchIndexes()
        try store.finishBulkLoad(.orders)
        #expect(try !store.isBulkLoading(.orders))
        #expect(try store.indexNames() == indexes)
        #expect(try Set(store.page(amounts).rows.map(\.id)) == Set(amountsWhileLoading))
        let query = StoreListQuery(kind: .orders, filterText: name, strategy: .searchIndexFirst)
        #expect(try store.page(query).rows.count == expected)
        #expect(try store.count(query) == expected)
    }

    @Test func aKindWithRecordsIsNotLoadedInBulk() throws {
        let (directory, store) = try ListFixtures.makeStore("bulk-load-full")
        defer { withExtendedLifetime(directory) {} }
        try ListFixtures.fill(store, ListFixtures.records(.instances, count: 3))
        #expect(try !store.beginBulkLoad(.instances))
        #expect(try !store.isBulkLoading(.instances))
    }

    /// A load another connection started (a sync killed, or running in another process) is seen by every
    /// connection, carried on by the next sync and finished once.
    @Test func anotherConnectionSeesTheLoadAndTheNextSyncFinishesIt() throws {
        let (directory, store) = try ListFixtures.makeStore("bulk-load-shared")
        defer { withExtendedLifetime(directory) {} }
        let indexes = try store.indexNames()
        #expect(try store.beginBulkLoad(.tickets))
        let other = try LocalStore(path: directory.file("store.db"))
        #expect(try other.isBulkLoading(.tickets))
        try ListFixtures.fill(other, ListFixtures.records(.tickets, count: 20))
        try other.close()
        #expect(try store.beginBulkLoad(.tickets), "a load under way is carried on")
        try store.finishBulkLoad(.tickets)
        try store.finishBulkLoad(.tickets)
        #expect(try store.indexNames() == indexes)
        try store.checkSearchIndexes()
    }
}
