import ListContract
import SellerCore
import SellerStore
import Testing

/// Issue 15: a first sync loads a kind without its list and trigram indexes and builds them at the end. While it
/// loads, lists and counts stay right (they check each row instead), and the end leaves the indexes a store that
/// never loaded in bulk has, and a trigram index FTS5 finds consistent.
@Suite struct BulkLoadTests {
    @Test func aLoadDropsTheListIndexesReadsStayRightAndTheEndRebuildsThem() throws {
        let (directory, store) = try ListFixtures.makeStore("bulk-load")
        defer { withExtendedLifetime(directory) {} }
        let indexes = try store.indexNames()
        #expect(try store.beginBulkLoad(.orders))
        #expect(try store.isBulkLoading(.orders) && !store.isBulkLoading(.instances))
        #expect(try store.indexNames().count < indexes.count)
        #expect(try store.indexNames().contains("instances_by_order"), "lookups by order keep their index")
        let records = ListFixtures.records(.orders, count: 60)
        try ListFixtures.fill(store, records)
        let name = ListFixtures.names[0]
        let expected = try store.count(StoreListQuery(kind: .orders, filterText: name))
        #expect(expected > 0)
        for strategy in [TextSearchStrategy.automatic, .searchIndexFirst] {
            let query = StoreListQuery(kind: .orders, filterText: name, strategy: strategy)
            #expect(try store.page(query).rows.count == expected, "\(strategy) while loading")
        }
        try store.finishBulkLoad(.orders, searchSlice: 7)
        #expect(try !store.isBulkLoading(.orders))
        #expect(try store.indexNames() == indexes)
        try store.checkSearchIndexes()
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
    /// connection: its writes leave the trigram index to the load's end.
    @Test func anotherConnectionSeesTheLoadAndLeavesTheSearchIndexToIt() throws {
        let (directory, store) = try ListFixtures.makeStore("bulk-load-shared")
        defer { withExtendedLifetime(directory) {} }
        #expect(try store.beginBulkLoad(.tickets))
        let other = try LocalStore(path: directory.file("store.db"))
        #expect(try other.isBulkLoading(.tickets))
        try ListFixtures.fill(other, ListFixtures.records(.tickets, count: 20))
        try other.close()
        #expect(try store.beginBulkLoad(.tickets), "a load under way is carried on")
        try store.finishBulkLoad(.tickets)
        try store.checkSearchIndexes()
    }
}
