import ListContract
import SellerCore
import SellerStore
import Testing
import TestSupport

/// Keyset paging over 2,500 records of each kind: every sort column, both directions, forward and backward.
@Suite(.exclusive, .serialized) struct ListQueryPagingTests {
    static let total = 2_500

    @Test(.tags(.heavy), arguments: EntityKind.allCases)
    func everySortVisitsEveryRowOnceInOrder(kind: EntityKind) throws {
        let (directory, store) = try ListFixtures.makeStore("list-paging")
        defer { withExtendedLifetime(directory) {} }
        let records = ListFixtures.records(kind, count: Self.total)
        try ListFixtures.fill(store, records)

        for column in ListSortColumn.columns(for: kind) {
            for descending in [false, true] {
                let sort = ListSort(column, descending: descending)
                let query = StoreListQuery(kind: kind, sort: sort, limit: 100)
                let expected = ListFixtures.expectedIDs(records, sort)

                let forward = try ListFixtures.pageForward(store, query)
                let ids = forward.flatMap { $0.map(\.id) }
                #expect(ids == expected, "\(kind) \(column) descending: \(descending)")
                #expect(Set(ids).count == Self.total)
                #expect(forward.count == 25)
                // Each row's key is its own sort value, so any row can be a place to resume from.
                let byID = Dictionary(uniqueKeysWithValues: records.map { ($0.id, $0) })
                for row in forward.joined() {
                    let record = try #require(byID[row.id])
                    #expect(row.key.sortValue == ListFixtures.sortValue(record, column))
                    #expect(row.kind == kind)
                }

                // Backward from the bottom returns the same pages, last first.
                let backward = try ListFixtures.pageBackward(store, query)
                #expect(backward.reversed().flatMap { $0.map(\.id) } == expected, "\(kind) \(column) backward")
                // The page before page n+1's first row is exactly page n.
                for index in 0..<(forward.count - 1) {
                    let key = try #require(forward[index + 1].first?.key)
                    let before = try store.page(query, before: key)
                    #expect(before.rows.map(\.id) == forward[index].map(\.id))
                    #expect(before.hasMore == (index > 0))
                }
            }
        }
    }

    @Test func lastPageAndEmptyEdges() throws {
        let (directory, store) = try ListFixtures.makeStore("list-edges")
        defer { withExtendedLifetime(directory) {} }
        let query = StoreListQuery(kind: .orders, limit: 10)
        #expect(try store.page(query) == ListPageResult(rows: [], hasMore: false))
        #expect(try store.page(query, before: nil) == ListPageResult(rows: [], hasMore: false))

        let records = ListFixtures.records(.orders, count: 25)
        try ListFixtures.fill(store, records)
        let expected = ListFixtures.expectedIDs(records, query.sort)
        let last = try store.page(query, before: nil)
        #expect(last.rows.map(\.id) == Array(expected.suffix(10)))
        #expect(last.hasMore)
        let first = try store.page(query)
        #expect(first.rows.map(\.id) == Array(expected.prefix(10)))
        #expect(first.previousKey == first.rows.first?.key)
        // After the very last row there is nothing, and nothing more.
        let end = try store.page(query, after: try #require(last.rows.last?.key))
        #expect(end.rows.isEmpty && !end.hasMore && end.nextKey == nil)
    }

    @Test func aKeyResumesInPlaceAfterItsRowIsGoneOrChanged() throws {
        let (directory, store) = try ListFixtures.makeStore("list-resume")
        defer { withExtendedLifetime(directory) {} }
        let records = ListFixtures.records(.orders, count: 300)
        try ListFixtures.fill(store, records)
        let query = StoreListQuery(kind: .orders, limit: 50)
        let first = try store.page(query)
        let key = try #require(first.nextKey)
        let expected = ListFixtures.expectedIDs(records, query.sort)

        // The key's row moves to the top (a newer create time); the next page still starts after the old place.
        let moved = ListFixtures.order(key.id, name: "李娜", created: Timestamp(millis: ListFixtures.base * 2),
                                       updated: Timestamp(millis: ListFixtures.base * 2))
        try ListFixtures.fill(store, [.order(moved)])
        let next = try store.page(query, after: key)
        #expect(next.rows.map(\.id) == Array(expected[50..<100]))
    }

    @Test func limitIsClampedAndWrongSortsOrKeysAreRejected() throws {
        let (directory, store) = try ListFixtures.makeStore("list-errors")
        defer { withExtendedLifetime(directory) {} }
        try ListFixtures.fill(store, ListFixtures.records(.instances, count: 30))
        #expect(try store.page(StoreListQuery(kind: .instances, limit: 0)).rows.count == 1)
        #expect(try store.page(StoreListQuery(kind: .instances, limit: 5_000)).rows.count == 30)

        #expect(throws: ListQueryError.sortNotAvailable(.nodeSince, .instances)) {
            try store.page(StoreListQuery(kind: .instances, sort: ListSort(.nodeSince)))
        }
        let query = StoreListQuery(kind: .instances, sort: ListSort(.customerName))
        #expect(throws: ListQueryError.keyDoesNotFitSort(.customerName, .integer(5))) {
            try store.page(query, after: ListRowKey(sortValue: .integer(5), rowid: 1, id: "x"))
        }
        #expect(throws: ListQueryError.keyDoesNotFitSort(.customerName, .null)) {
            try store.page(query, before: ListRowKey(sortValue: .null, rowid: 1, id: "x"))
        }
        // NULL is a valid key only for the nullable expiry time.
        let expiry = StoreListQuery(kind: .instances, sort: ListSort(.expireTime))
        #expect(throws: Never.self) { try store.page(expiry, after: ListRowKey(sortValue: .null, rowid: 0, id: "")) }
    }

    @Test func sortColumnsAndDefaults() {
        #expect(ListSort.defaultSort(for: .orders) == ListSort(.createTime, descending: true))
        #expect(ListSort.defaultSort(for: .instances) == ListSort(.updatedAt, descending: true))
        #expect(ListSort.defaultSort(for: .exceptions) == ListSort(.lastAttemptAt, descending: true))
        #expect(ListSort.defaultSort(for: .supervision) == ListSort(.nodeSince, descending: false))
        #expect(ListSort.defaultSort(for: .tickets) == ListSort(.updatedAt, descending: true))
        for kind in EntityKind.allCases {
            #expect(!ListSortColumn.columns(for: kind).isEmpty)
            #expect(StoreListQuery(kind: kind).sort == ListSort.defaultSort(for: kind))
        }
        #expect(ListStatus.openExceptionStates.map(\.rawValue) == ["RETRYING", "EXHAUSTED", "MANUAL_RETRY_REQUESTED"])
    }
}
