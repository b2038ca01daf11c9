import ListContract
import SellerCore
import SellerStore
import Testing
import TestSupport

/// Records a sync could not decode (issue 13): counted and paged by SQL, and off the list once a copy decodes.
@Suite struct SyncProblemStoreTests {
    static let now = Timestamp(millis: 1_795_000_000_000)

    @Test func rejectsAreCountedPagedAndLeaveWhenACopyDecodes() throws {
        let (directory, store) = try ListFixtures.makeStore("sync-problems")
        defer { withExtendedLifetime(directory) {} }
        let order = ListFixtures.record(.orders, 1)
        try store.recordReject(kind: .orders, id: order.id, path: "items[0].amount", reason: "not a number",
                               at: Self.now)
        try store.recordReject(kind: .orders, id: "#4", path: "items[4]", reason: "no id", at: Self.now)
        try store.recordReject(kind: .tickets, id: "T9", path: "items[1].status", reason: "unknown", at: Self.now)
        #expect(try store.syncProblemCount() == 3)
        let first = try store.syncProblems(limit: 2)
        #expect(first.map(\.recordId) == ["#4", order.id])
        let rest = try store.syncProblems(after: (first[1].kind, first[1].recordId), limit: 10)
        #expect(rest.map(\.recordId) == ["T9"] && rest.first?.path == "items[1].status")
        #expect(try store.rejectedIDs(.orders, limit: 10) == [order.id], "one without an id cannot be asked for")

        // A later page (or a fetch by id) decodes the order: it is stored and leaves the list.
        try store.write {
            _ = try store.upsert(order)
            try store.clearRejects(kind: .orders, ids: [order.id])
        }
        #expect(try store.syncProblemCount() == 2)
        #expect(try store.record(.orders, id: order.id) != nil)
        try store.clearReject(kind: .tickets, id: "T9")
        #expect(try store.syncProblems(limit: 10).map(\.recordId) == ["#4"])
    }

    @Test func theNewestFailedActionIsTheDetailsOutcome() throws {
        let (directory, store) = try OutboxStoreTests.makeStore("failed-outcome")
        defer { withExtendedLifetime(directory) {} }
        guard case .queued(let item) = try store.enqueue(.restart(messageId: "MSG1"), at: Self.now) else {
            Issue.record("not queued")
            return
        }
        #expect(try store.failedOutboxItem(target: .exceptions, id: "MSG1") == nil, "queued is no failure")
        _ = try store.claimNextDue(at: Self.now, leaseSeconds: 60)
        try store.failAppliedOutboxItem(id: item.id, error: "重新启动失败：接口再次失败（000005）",
                                        failure: ActionFailure(.restartFailed, errorCode: "000005"), result: nil,
                                        at: Self.now)
        let failed = try #require(try store.failedOutboxItem(target: .exceptions, id: "MSG1"))
        #expect(failed.failure?.kind == .restartFailed && failed.idempotencyKey != item.idempotencyKey)
        #expect(try store.retryOutboxItem(id: item.id, at: Self.now), "重试 restarts again, with the fresh key")
        #expect(try store.failedOutboxItem(target: .exceptions, id: "MSG1") == nil)
    }
}
