import ListContract
import SellerCore
import SellerStore
import Testing
import TestSupport

/// Lists break ties by the record's rowid (issue 15): ties come in arrival order, a re-synced record keeps its
/// rowid and so its place, and keyset pages that end inside a tie resume exactly after their last row.
@Suite struct ListRowidTests {
    /// Kinds the sync replaces by `upsert`. Calls are written in place by the relay (an `UPDATE`), so their
    /// rowid never changes.
    static let synced: [EntityKind] = [.orders, .instances, .exceptions, .supervision, .tickets]

    /// The same record, one millisecond newer: a changed copy, as the next sync would bring it.
    static func touched(_ record: SellerRecord) -> SellerRecord {
        let later = { (t: Timestamp) in Timestamp(millis: t.millis + 1) }
        switch record {
        case .order(var o): o.updatedAt = later(o.updatedAt); return .order(o)
        case .instance(var r): r.updatedAt = later(r.updatedAt); return .instance(r)
        case .exception(var m): m.updatedAt = later(m.updatedAt); return .exception(m)
        case .supervision(var t): t.updatedAt = later(t.updatedAt); return .supervision(t)
        case .ticket(var t): t.updatedAt = later(t.updatedAt); return .ticket(t)
        case .call: return record
        }
    }

    static func statusColumn(_ kind: EntityKind) -> ListSortColumn {
        switch kind {
        case .exceptions: .state
        case .supervision: .node
        case .calls: .outcome
        default: .status
        }
    }

    static func allRows(_ store: LocalStore, _ query: StoreListQuery) throws -> [ListRow] {
        try ListFixtures.pageForward(store, query).flatMap { $0 }
    }

    @Test(arguments: synced)
    func aResyncedRecordKeepsItsRowidAndItsPlaceAmongTies(kind: EntityKind) throws {
        let (directory, store) = try ListFixtures.makeStore("rowid-resync")
        defer { withExtendedLifetime(directory) {} }
        // Stored newest id first, so arrival order is not id order.
        let records = Array(ListFixtures.records(kind, count: 120).reversed())
        try ListFixtures.fill(store, records)
        // By status: a handful of values, so nearly every row is in a tie the re-sync does not touch.
        let query = StoreListQuery(kind: kind, sort: ListSort(Self.statusColumn(kind)), limit: 9)
        let before = try Self.allRows(store, query)
        #expect(before.map(\.id) == ListFixtures.expectedIDs(records, query.sort))

        let changed = records.enumerated().filter { $0.offset % 7 == 3 }.map { Self.touched($0.element) }
        var outcomes: [UpsertOutcome] = []
        try store.write { outcomes = try changed.map { try store.upsert($0) } }
        #expect(outcomes.allSatisfy { $0 == .changed })

        let after = try Self.allRows(store, query)
        #expect(after.map(\.id) == before.map(\.id))
        #expect(after.map(\.key.rowid) == before.map(\.key.rowid))
        // A key taken before the re-sync resumes right at the re-synced row that followed it.
        for record in changed {
            let index = try #require(before.firstIndex { $0.id == record.id })
            guard index > 0 else { continue }
            let next = try store.page(query, after: before[index - 1].key)
            #expect(next.rows.first?.id == record.id)
        }
        try store.checkSearchIndexes()
    }

    /// Small pages (7 rows) over lists made mostly of ties, so pages end inside ties at every offset: forward
    /// and backward, every kind × sort column × direction, with and without a status preset.
    @Test(arguments: EntityKind.allCases)
    func pagesAcrossTiesNeverSkipOrRepeatARow(kind: EntityKind) throws {
        let (directory, store) = try ListFixtures.makeStore("rowid-ties")
        defer { withExtendedLifetime(directory) {} }
        let records = Array(ListFixtures.records(kind, count: 90).reversed())
        try ListFixtures.fill(store, records)
        let statuses = Array(ListStatus.all(for: kind).prefix(2))
        for column in ListSortColumn.columns(for: kind) {
            for descending in [false, true] {
                for preset in [[], statuses] {
                    let sort = ListSort(column, descending: descending)
                    let query = StoreListQuery(kind: kind, statuses: preset, sort: sort, limit: 7)
                    let chosen = Set(preset.map(\.rawValue))
                    let matching = chosen.isEmpty
                        ? records : records.filter { chosen.contains(ListFixtures.status($0)) }
                    let expected = ListFixtures.expectedIDs(matching, sort)
                    let label = "\(kind) \(column) \(descending ? "desc" : "asc") \(preset)"

                    let forward = try ListFixtures.pageForward(store, query)
                    #expect(forward.flatMap { $0.map(\.id) } == expected, "\(label) forward")
                    let backward = try ListFixtures.pageBackward(store, query)
                    #expect(backward.reversed().flatMap { $0.map(\.id) } == expected, "\(label) backward")
                    // The page before page n+1's first row is exactly page n.
                    for index in forward.indices.dropLast() {
                        let key = try #require(forward[index + 1].first?.key)
                        #expect(try store.page(query, before: key).rows.map(\.id) == forward[index].map(\.id),
                                "\(label) before page \(index + 1)")
                    }
                }
            }
        }
    }

    /// The rest of a key's tie is one seek `column = ? AND rowid > ?`, never a walk through the tie (a row value
    /// `(column, rowid) > (?, ?)` seeks on the column alone: a page inside a status of 300,000 orders would step
    /// through all of them).
    @Test func theRestOfATieIsOneSeek() throws {
        let (directory, store) = try ListFixtures.makeStore("rowid-tie-seek")
        defer { withExtendedLifetime(directory) {} }
        for kind in EntityKind.allCases { try ListFixtures.fill(store, ListFixtures.records(kind, count: 60)) }
        for kind in EntityKind.allCases {
            for column in ListSortColumn.columns(for: kind) {
                for descending in [false, true] {
                    let query = StoreListQuery(kind: kind, sort: ListSort(column, descending: descending), limit: 10)
                    let key = try #require(try store.page(query).rows.last?.key)
                    for (name, call) in [("after", { try store.page(query, after: key) }),
                                         ("before", { try store.page(query, before: key) })] {
                        let plans = try store.statementPlans(of: call).plans
                        let label = "\(kind) \(column) \(descending ? "desc" : "asc") \(name)"
                        let ties = plans.filter { $0.sql.contains("o.rowid > ?") || $0.sql.contains("o.rowid < ?") }
                        // Only a sort by the id itself has no ties.
                        #expect(ties.isEmpty == (column == .orderId), "\(label): \(plans)")
                        for plan in ties {
                            #expect(plan.lines.contains { $0.contains("rowid>?") || $0.contains("rowid<?") },
                                    "\(label)\n\(plan)")
                        }
                    }
                }
            }
        }
    }
}
