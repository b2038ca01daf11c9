import ListContract
import SellerCore
@testable import SellerStore
import Testing

/// Issue 15: the trigram indexes hold no text of their own, so each write must take a row out with the text it
/// was indexed with. A record replaced by a newer copy (a new status, so a new label) leaves an index that
/// FTS5's own check finds consistent, and the filter finds the new words and not the old ones.
@Suite struct SearchIndexTests {
    @Test func replacedRecordsLeaveEveryIndexConsistent() throws {
        let (directory, store) = try ListFixtures.makeStore("search-index")
        defer { withExtendedLifetime(directory) {} }
        for kind in EntityKind.allCases { try ListFixtures.fill(store, ListFixtures.records(kind, count: 40)) }
        try ListFixtures.fill(store, ListFixtures.records(.orders, count: 40).map(Self.newer))
        try store.checkSearchIndexes()
        let canceled = OrderStatus.cancelled.label
        for strategy in [TextSearchStrategy.sortIndexFirst, .searchIndexFirst] {
            let query = StoreListQuery(kind: .orders, filterText: canceled, strategy: strategy)
            #expect(try store.count(query) == 40)
            #expect(try store.page(query).rows.count == min(40, query.limit))
        }
    }

    /// Rows of every kind indexed one by one in a page's transaction reach FTS5 as one flush at the commit: a
    /// segment, not a segment per row. FTS5 writes its pending terms out at every statement savepoint, which an
    /// `INSERT … SELECT` into it opens, and so does a record insert through the count triggers without `OR FAIL`.
    @Test func aPageOfRecordsIsIndexedAsOneSegment() throws {
        let (directory, store) = try ListFixtures.makeStore("search-segments")
        defer { withExtendedLifetime(directory) {} }
        for kind in EntityKind.allCases { try ListFixtures.fill(store, ListFixtures.records(kind, count: 60)) }
        try store.checkSearchIndexes()
        let db = try Database(path: directory.file("store.db"))
        for kind in EntityKind.allCases {
            #expect(try Self.levelsAndSegments(db, StoreTables.search(kind) + "_data") == [1, 1], "\(kind)")
        }
    }

    /// Replacing a page of changed orders and instances (each deleted, then inserted) in one transaction adds one
    /// segment beside the first: neither the delete, whose count trigger updates `OR FAIL`, nor the insert opens a
    /// statement savepoint, at which FTS5 would write out its pending terms.
    @Test func aPageOfChangedRecordsAddsOneSegment() throws {
        let (directory, store) = try ListFixtures.makeStore("search-replaced")
        defer { withExtendedLifetime(directory) {} }
        for kind in [EntityKind.orders, .instances] {
            try ListFixtures.fill(store, ListFixtures.records(kind, count: 60))
            try ListFixtures.fill(store, ListFixtures.records(kind, count: 60).map(Self.newer))
        }
        try store.checkSearchIndexes()
        let db = try Database(path: directory.file("store.db"))
        for table in ["orders_search_data", "instances_search_data"] {
            #expect(try Self.levelsAndSegments(db, table) == [1, 2], "\(table)")
        }
    }

    /// A newer copy of `record`, cancelled or frozen: a replacement, with other search text where the status moves.
    static func newer(_ record: SellerRecord) -> SellerRecord {
        switch record {
        case .order(var order):
            order.status = .cancelled
            order.updatedAt = Timestamp(millis: order.updatedAt.millis + 1)
            return .order(order)
        case .instance(var instance):
            instance.status = .frozen
            instance.updatedAt = Timestamp(millis: instance.updatedAt.millis + 1)
            return .instance(instance)
        default:
            return record
        }
    }

    /// The level and segment counts of a trigram index, from its structure record: a 4-byte cookie (SQLite 3.44
    /// and later may put a 4-byte version mark after it), then the two counts (each one byte while under 128).
    static func levelsAndSegments(_ db: Database, _ table: String) throws -> [UInt8] {
        let block = try #require(try db.scalar("SELECT block FROM \(table) WHERE id = 10")?.blobValue)
        return Array(block.dropFirst(block.starts(with: [0xFF, 0, 0, 1], at: 4) ? 8 : 4).prefix(2))
    }
}

private extension Array where Element == UInt8 {
    func starts(with mark: [UInt8], at offset: Int) -> Bool {
        count >= offset + mark.count && Array(self[offset..<offset + mark.count]) == mark
    }
}
