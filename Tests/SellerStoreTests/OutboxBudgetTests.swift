import SellerCore
import SellerStore
import Testing
import TestSupport

/// The retry budget and what the outbox knows about an action's outcome (issue 9): attempts count what reached
/// the marketplace, not claims; an attempt without an answer leaves the outcome in doubt until an answer or an
/// outcome lookup settles it.
@Suite("outbox budget and doubt")
struct OutboxBudgetTests {
    static let now = OutboxStoreTests.now

    func claim(_ store: LocalStore, at seconds: Int64 = 0, lease: Int64 = 60) throws -> OutboxItem {
        try #require(try store.claimNextDue(at: Self.now.adding(seconds: seconds), leaseSeconds: lease))
    }

    @Test("a killed or stopped sender uses none of the budget; a manual retry gives a fresh one")
    func budget() throws {
        let (directory, store) = try OutboxStoreTests.makeStore("outbox-budget")
        _ = directory
        _ = try store.enqueue(.restart(messageId: "MSG1"), at: Self.now)
        let first = try claim(store)
        #expect(first.attempts == 1)
        try store.scheduleOutboxRetry(id: first.id, error: "network error: timed out", next: Self.now,
                                      evidence: .unanswered, at: Self.now)
        // Killed twice in a row while holding the claim: the attempts it never made are not counted.
        let second = try claim(store, at: 1, lease: 10)
        #expect(second.attempts == 2)
        let takenOver = try claim(store, at: 20, lease: 10)
        #expect(takenOver.attempts == 2)
        let again = try claim(store, at: 40, lease: 10)
        #expect(again.attempts == 2)
        // Stopped mid-attempt (quit): the attempt is given back, the action due at once.
        try store.releaseOutboxClaim(id: again.id, reason: "stopped before the answer", at: Self.now.adding(seconds: 41))
        #expect(try store.outboxItem(id: again.id)?.state == .waiting)
        #expect(try store.outboxItem(id: again.id)?.attempts == 1)
        let resumed = try claim(store, at: 42)
        #expect(resumed.attempts == 2)
        try store.failOutboxItem(id: resumed.id, error: "gave up after 2 attempts", failure: ActionFailure(.gaveUp),
                                 evidence: .unanswered, at: Self.now.adding(seconds: 43))
        #expect(try store.outboxItem(id: resumed.id)?.failure == ActionFailure(.gaveUp))
        #expect(try store.retryOutboxItem(id: resumed.id, at: Self.now.adding(seconds: 44)))
        let retried = try #require(try store.outboxItem(id: resumed.id))
        #expect(retried.attempts == 0 && retried.state == .queued, "a fresh budget")
        #expect(retried.failure == nil)
        #expect(try store.outboxOutcomeInDoubt(id: retried.id), "a retry does not settle the earlier doubt")
        #expect(try claim(store, at: 45).attempts == 1)
    }

    @Test("doubt: set by an unanswered attempt, kept by an answer about the attempt alone, cleared by one about the key")
    func doubt() throws {
        let (directory, store) = try OutboxStoreTests.makeStore("outbox-doubt")
        _ = directory
        _ = try store.enqueue([.restart(messageId: "MSG1"), .restart(messageId: "MSG5")], at: Self.now)
        let fresh = try #require(try store.outboxPage(states: [.queued], limit: 5).first)
        #expect(try store.outboxOutcomeInDoubt(id: fresh.id) == false, "never attempted")

        let a = try claim(store)
        #expect(try store.isOutboxItemOnWire(id: a.id, at: Self.now))
        #expect(try store.outboxOutcomeInDoubt(id: a.id), "claimed: the request may be going out")
        try store.scheduleOutboxRetry(id: a.id, error: "503", next: Self.now, evidence: .notProcessed, at: Self.now)
        #expect(try store.outboxOutcomeInDoubt(id: a.id) == false, "a 503 first: nothing applied")
        _ = try claim(store, at: 1)
        _ = try claim(store, at: 1)
        try store.scheduleOutboxRetry(id: a.id, error: "timed out", next: Self.now, evidence: .unanswered, at: Self.now)
        #expect(try store.outboxOutcomeInDoubt(id: a.id))
        _ = try claim(store, at: 2)
        let keys = ActionFailure(.keysRefused, httpStatus: 401, errorCode: "APIGW.0301", message: "Incorrect signature")
        try store.failOutboxItem(id: a.id, error: "keys refused", failure: keys, evidence: .notProcessed, at: Self.now)
        #expect(try store.outboxOutcomeInDoubt(id: a.id), "a refusal of the keys says nothing about the timeout")
        #expect(try store.outboxItem(id: a.id)?.failure == keys, "stored as data: class, status, code, message")
        #expect(try store.inDoubtOutboxItems(target: .exceptions, id: "MSG1").map(\.id) == [a.id])
        #expect(try store.inDoubtOutboxItems(target: .exceptions, id: "MSG5").isEmpty, "in flight, not failed")

        let oldKey = a.idempotencyKey
        #expect(try store.settleOutboxItemNeverApplied(id: a.id, at: Self.now))
        let settled = try #require(try store.outboxItem(id: a.id))
        #expect(settled.state == .failed && settled.idempotencyKey != oldKey, "a fresh key for a later retry")
        #expect(try store.outboxOutcomeInDoubt(id: a.id) == false)
        #expect(try store.inDoubtOutboxItems(target: .exceptions, id: "MSG1").isEmpty)
    }
}
