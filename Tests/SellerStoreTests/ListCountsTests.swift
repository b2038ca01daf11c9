import ListContract
import SellerCore
@testable import SellerStore
import Testing
import TestSupport

/// The kept totals (`list_counts`, Schema+ListCounts.swift) stay exact through every kind of write: a sync's
/// upserts, a newer copy with another status, deletes, the relay journal's writes and outbox marks; the migration
/// fills them for a store that had records; a store without them still counts.
@Suite struct ListCountsTests {
    typealias F = JournalFixture

    /// Every kind's total and per-status total (and a two-status set) against rows actually read.
    static func expectExact(_ store: LocalStore, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for kind in EntityKind.allCases {
            #expect(try store.keptCount(StoreListQuery(kind: kind)) == store.count(kind),
                    "\(kind) total", sourceLocation: sourceLocation)
            let statuses = ListStatus.all(for: kind)
            for status in statuses {
                #expect(try store.keptCount(Self.query(kind, [status])) == Self.rowCount(store, kind, [status]),
                        "\(kind) \(status)", sourceLocation: sourceLocation)
            }
            let pair = Array(statuses.prefix(2))
            #expect(try store.keptCount(Self.query(kind, pair)) == Self.rowCount(store, kind, pair),
                    "\(kind) \(pair)", sourceLocation: sourceLocation)
        }
    }

    static func query(_ kind: EntityKind, _ statuses: [ListStatus]) -> StoreListQuery {
        var query = StoreListQuery(kind: kind, statuses: statuses)
        query.limit = 1_000
        return query
    }

    /// The rows a page reads (fixtures stay under a page of 1,000), which never looks at the kept totals.
    static func rowCount(_ store: LocalStore, _ kind: EntityKind, _ statuses: [ListStatus]) throws -> Int {
        try store.page(query(kind, statuses)).rows.count
    }

    static func filled(_ label: String) throws -> (directory: TemporaryDirectory, store: LocalStore) {
        let (directory, store) = try ListFixtures.makeStore(label)
        try ListFixtures.fill(store, EntityKind.synced.flatMap { ListFixtures.records($0, count: 60) })
        return (directory, store)
    }

    @Test func exactAfterASyncAndAfterNewerCopiesWithOtherStatuses() throws {
        let (directory, store) = try Self.filled("counts-sync")
        defer { withExtendedLifetime(directory) {} }
        try Self.expectExact(store)
        #expect(try store.keptCount(StoreListQuery(kind: .orders)) == 60)

        let later = Timestamp(millis: ListFixtures.base + 86_400_000)
        var changed: [SellerRecord] = (0..<20).map { i in
            .order(ListFixtures.order("CS\(i)", status: OrderStatus.allCases[(i + 1) % 4], name: "李娜",
                                      created: ListFixtures.time(i, spread: 300), updated: later))
        }
        changed += (0..<10).map { i in
            .supervision(ListFixtures.task("T\(i)", orderId: "CS\(i)", name: "孙七", product: "CDN加速",
                                           node: SupervisionNode.allCases[(i + 2) % 6], since: later, rejects: 0))
        }
        // An older copy is ignored; new records are added.
        changed.append(.order(ListFixtures.order("CS30", status: OrderStatus.allCases[3], name: "孙七",
                                                 created: Timestamp(millis: ListFixtures.base))))
        changed += (60..<75).map { ListFixtures.record(.tickets, $0) }
        try ListFixtures.fill(store, changed)
        try Self.expectExact(store)
        #expect(try store.keptCount(StoreListQuery(kind: .tickets)) == 75)
    }

    @Test func exactAfterDeletes() throws {
        let (directory, store) = try Self.filled("counts-delete")
        defer { withExtendedLifetime(directory) {} }
        try store.write {
            try store.db.execute("DELETE FROM orders WHERE order_id IN ('CS1', 'CS2', 'CS7')")
            try store.db.execute("DELETE FROM produce_messages WHERE message_id LIKE 'MSG1%'")
            try store.db.execute("DELETE FROM tickets")
        }
        try Self.expectExact(store)
        #expect(try store.keptCount(StoreListQuery(kind: .orders)) == 57)
        #expect(try store.keptCount(StoreListQuery(kind: .tickets)) == 0)
    }

    @Test func exactThroughTheRelayJournal() throws {
        let (directory, store) = try Self.filled("counts-journal")
        defer { withExtendedLifetime(directory) {} }
        // A derived order and instance, the instance's status moved by later calls.
        try F.record(store, F.arrival("C1", .newInstance, at: F.at(0), orderId: "O1", orderLineId: "L1"),
                     F.success(at: F.at(1), instanceId: "INS-J"))
        try Self.expectExact(store)
        for (index, status) in ["FREEZE", "UNFREEZE", "FREEZE"].enumerated() {
            try F.record(store, F.arrival("S\(index)", .updateInstanceStatus, at: F.at(10 + Int64(index) * 10),
                                          instanceId: "INS-J", fields: [("status", status)]),
                         F.success(at: F.at(11 + Int64(index) * 10)))
            try Self.expectExact(store)
        }
        // A failure opens a journal message; a success recovers it (its state changes).
        let create = F.arrival("C2", .newInstance, at: F.at(100), orderId: "O2", orderLineId: "L2")
        try F.record(store, create, F.failure(at: F.at(101)))
        try Self.expectExact(store)
        var retry = create
        retry.callId = "C3"
        retry.receivedAt = F.at(200)
        try F.record(store, retry, F.success(at: F.at(201), instanceId: "INS-K"))
        try Self.expectExact(store)
        // A call waits as pending until its answer.
        try store.recordArrival(F.arrival("C4", .orderNotify, at: F.at(300), orderId: "O3", orderLineId: "L3"))
        try Self.expectExact(store)
        #expect(try store.keptCount(Self.query(.calls, [.call(.pending)])) == 1)
        _ = try store.recordAnswer(callId: "C4", F.success(at: F.at(301)))
        try Self.expectExact(store)
        #expect(try store.keptCount(Self.query(.calls, [.call(.pending)])) == 0)
    }

    @Test func outboxMarksLeaveTheTotalsAlone() throws {
        let (directory, store) = try Self.filled("counts-outbox")
        defer { withExtendedLifetime(directory) {} }
        _ = try store.enqueue([.restart(messageId: "MSG3"), .confirmRequirement(taskId: "T2")], at: F.at(0))
        try Self.expectExact(store)
        // A newer copy of a marked record keeps its mark and moves its status.
        try ListFixtures.fill(store, [.supervision(ListFixtures.task(
            "T2", orderId: "CS2", name: "李娜", product: "云服务器", node: .completed,
            since: Timestamp(millis: ListFixtures.base + 86_400_000), rejects: 0))])
        try Self.expectExact(store)
    }

    @Test func theMigrationFillsAStoreThatHadRecords() throws {
        let (directory, store) = try Self.filled("counts-migration")
        defer { withExtendedLifetime(directory) {} }
        try Self.forgetListCounts(store)
        try store.close()
        let reopened = try LocalStore(path: store.path)
        try Self.expectExact(reopened)
        #expect(try reopened.keptCount(StoreListQuery(kind: .instances)) == 60)
    }

    /// The triggers count without an upsert (`Schema.countTriggers`): a record insert then opens no statement
    /// journal. A status's first row adds its count row (every fixture status arrives first through an insert).
    @Test func theTriggersCountWithoutAnUpsert() throws {
        let (directory, store) = try Self.filled("counts-triggers")
        defer { withExtendedLifetime(directory) {} }
        let bodies = try store.db.rows("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?",
                                       [.text("%_counted_%")]) { $0.text(0) }
        #expect(bodies.count == 18)
        #expect(bodies.allSatisfy { !$0.uppercased().contains("ON CONFLICT") })
        try Self.expectExact(store)
    }

    /// An insert `OR FAIL` that fails (an order id already stored) leaves the totals exact in a transaction that
    /// goes on past it, as a savepoint's caller may. `OR FAIL` keeps what a failed statement already wrote, so this
    /// holds only while the key check comes before any trigger: a `BEFORE INSERT` count trigger would break it.
    @Test func aFailedInsertLeavesTheTotalsExact() throws {
        let (directory, store) = try Self.filled("counts-failed-insert")
        defer { withExtendedLifetime(directory) {} }
        guard case .order(let stored) = ListFixtures.record(.orders, 0) else {
            Issue.record("the fixture's first order is not an order")
            return
        }
        try store.write {
            #expect(throws: SQLiteError.self) { try store.write { try store.insert(stored) } }
            try store.upsert(ListFixtures.record(.orders, 1_000))
        }
        try Self.expectExact(store)
        #expect(try store.keptCount(StoreListQuery(kind: .orders)) == 61)
    }

    @Test func countUsesTheTotalsOnlyWhereTheyAreExact() throws {
        let (directory, store) = try Self.filled("counts-count")
        defer { withExtendedLifetime(directory) {} }
        let open = StoreListQuery(kind: .exceptions, statuses: ListStatus.openExceptionStates)
        #expect(try store.count(open) == Self.rowCount(store, .exceptions, ListStatus.openExceptionStates))
        #expect(try store.count(StoreListQuery(kind: .orders), cap: 10) == 10)
        // Free text and field terms are counted, not kept.
        #expect(try store.keptCount(StoreListQuery(kind: .orders, filterText: "李娜")) == nil)
        #expect(try store.keptCount(StoreListQuery(kind: .orders, filterText: "created:2020-01-01..2030-01-01")) == nil)
        var text = StoreListQuery(kind: .orders, filterText: "李娜")
        text.limit = 1_000
        #expect(try store.count(text) == store.page(text).rows.count)
        let counts = try store.attentionCounts(at: AttentionClock(now: F.at(0), utcOffsetSeconds: 8 * 3600))
        for kind in EntityKind.allCases { #expect(counts.totals[kind] == (try store.count(kind))) }
    }

    @Test func aReadOnlyStoreWithoutTheTotalsStillCounts() throws {
        let (directory, store) = try Self.filled("counts-read-only")
        defer { withExtendedLifetime(directory) {} }
        try Self.forgetListCounts(store)
        try store.close()
        let reader = try LocalStore(path: store.path, readOnly: true)
        #expect(try reader.keptCount(StoreListQuery(kind: .orders)) == nil)
        #expect(try reader.count(StoreListQuery(kind: .orders)) == 60)
        let processing: [ListStatus] = [.order(.processing)]
        #expect(try reader.count(Self.query(.orders, processing)) == Self.rowCount(reader, .orders, processing))
        let counts = try reader.attentionCounts(at: AttentionClock(now: F.at(0), utcOffsetSeconds: 8 * 3600))
        #expect(counts.totals[.orders] == 60)
    }

    /// Takes the store back to before the migration: no table, no triggers, neither it nor the migration that
    /// re-creates its triggers applied.
    static func forgetListCounts(_ store: LocalStore) throws {
        try store.write {
            let triggers = try store.db.rows("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?",
                                             [.text("%_counted_%")]) { $0.text(0) }
            #expect(triggers.count == 18)
            for trigger in triggers { try store.db.execute("DROP TRIGGER \(trigger)") }
            try store.db.execute("DROP TABLE list_counts")
            for migration in [Schema.listCounts, Schema.countTriggers] {
                try store.db.execute("DELETE FROM schema_migrations WHERE id = ?", [.text(migration.id)])
            }
        }
    }
}
