import ListContract
import SellerCore
import SellerStore
import TestSupport
import Testing

/// EXPLAIN QUERY PLAN checks (issue 15) for the reads inside the store's writes: a relay's journalled call
/// (arrival, answer, projection into a message, the idempotency check), a sync's upserts and rejects, marking a
/// record seen. Each is on a hot path (a call, a page of a sync), so each must seek by key, however big the store.
@Suite struct WritePathPlanTests {
    typealias F = JournalFixture

    @Test func aJournalledCallReadsByKey() throws {
        let (directory, store) = try ListFixtures.makeStore("write-plan-journal")
        defer { withExtendedLifetime(directory) {} }
        try ListFixtures.fill(store, ListFixtures.records(.orders, count: 200) + ListFixtures.records(.calls, count: 200))
        // A failure opens a message; a later success on the same order line runs the idempotency check.
        try PlanCheck.check(store, "failed create") {
            try F.record(store, F.arrival("J1", .newInstance, at: F.at(0), orderId: "CS7", orderLineId: "L1"),
                         F.failure(at: F.at(1)))
        }
        try PlanCheck.check(store, "successful create") {
            try F.record(store, F.arrival("J2", .newInstance, at: F.at(60), orderId: "CS7", orderLineId: "L1"),
                         F.success(at: F.at(61), instanceId: "INS-J2"))
        }
        try PlanCheck.check(store, "second create, another instance") {
            try F.record(store, F.arrival("J3", .newInstance, at: F.at(120), orderId: "CS7", orderLineId: "L1"),
                         F.success(at: F.at(121), instanceId: "INS-J3"))
        }
        try PlanCheck.check(store, "closeUnansweredCalls") {
            try store.recordArrival(F.arrival("J4", .refreshInstance, at: F.at(180), orderId: "CS8"))
            return try store.closeUnansweredCalls(at: F.at(240))
        }
    }

    @Test func aSyncPageAndMarkingSeenReadByKey() throws {
        let (directory, store) = try ListFixtures.makeStore("write-plan-sync")
        defer { withExtendedLifetime(directory) {} }
        for kind in EntityKind.allCases { try ListFixtures.fill(store, ListFixtures.records(kind, count: 200)) }
        for kind in EntityKind.allCases {
            // A new record and a changed one.
            let records = [ListFixtures.record(kind, 500), ListFixtures.record(kind, 7)]
            let plans = try store.statementPlans { try ListFixtures.fill(store, records) }.plans
            for plan in plans {
                let found = PlanCheck.problems(plan)
                #expect(found.isEmpty, "upsert \(kind): \(found.joined(separator: "; "))\n\(plan)")
            }
        }
        try store.recordReject(kind: .orders, id: "R1", path: "$.x", reason: "bad", at: F.t0)
        try PlanCheck.check(store, "clearRejects") {
            try store.clearRejects(kind: .orders, ids: ["CS1", "CS2"])
            return try store.rejects(.orders)
        }
        try PlanCheck.check(store, "markSeen") { try store.markSeen(.exceptions, id: "MSG1", at: F.t0) }
    }
}
