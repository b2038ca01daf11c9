import ListContract
import SellerCore
import SellerStore
import Testing
import TestSupport

/// The outbox as the store keeps it (ARCHITECTURE §7): an action and its target's pending mark land together, are
/// checked against the stored target, are claimed under a lease, and end done, failed or discarded.
@Suite("outbox store")
struct OutboxStoreTests {
    static let now = Timestamp(millis: ListFixtures.base + 10_000_000)

    /// A store with exceptions MSG0… (states cycle RETRYING, EXHAUSTED, …) and tasks T0… (nodes cycle).
    static func makeStore(_ label: String) throws -> (TemporaryDirectory, LocalStore) {
        let (directory, store) = try ListFixtures.makeStore(label)
        try ListFixtures.fill(store, ListFixtures.records(.exceptions, count: 10)
            + ListFixtures.records(.supervision, count: 12))
        return (directory, store)
    }

    static func pendingMark(_ store: LocalStore, _ kind: EntityKind, _ id: String) throws -> PendingMark? {
        let page = try store.page(StoreListQuery(kind: kind, filterText: id, limit: 5))
        return page.rows.first { $0.id == id }?.pendingMark
    }

    @Test("enqueue writes the action and marks its target pending; a second action on it is refused")
    func enqueueMarksPending() throws {
        let (directory, store) = try Self.makeStore("outbox-enqueue")
        _ = directory
        guard case .queued(let item) = try store.enqueue(.restart(messageId: "MSG1"), at: Self.now) else {
            Issue.record("an exhausted message may be restarted")
            return
        }
        #expect(item.state == .queued && item.attempts == 0 && item.idempotencyKey.hasPrefix("act-"))
        #expect(item.targetLabel.contains("订单 CS0"))
        #expect(try Self.pendingMark(store, .exceptions, "MSG1") == PendingMark(.restart))
        #expect(try store.outboxCount() == 1)
        guard case .refused(let reason) = try store.enqueue(.restart(messageId: "MSG1"), at: Self.now) else {
            Issue.record("a second action while one is in flight must be refused")
            return
        }
        #expect(reason.contains("outbox #\(item.id)"))
    }

    @Test("the state machine refuses at once, with the reason, and writes nothing")
    func stateMachineRefuses() throws {
        let (directory, store) = try Self.makeStore("outbox-refuse")
        _ = directory
        // MSG3 is RESOLVED; T2 is at 商家实施服务, where a requirement cannot be confirmed.
        let outcomes = try store.enqueue([.restart(messageId: "MSG3"), .confirmRequirement(taskId: "T2"),
                                          .rejectRequirement(taskId: "T1", reason: "  \n"),
                                          .restart(messageId: "NOPE")], at: Self.now)
        let reasons = outcomes.compactMap { outcome -> String? in
            if case .refused(let reason) = outcome { return reason }
            return nil
        }
        #expect(reasons.count == 4)
        #expect(reasons[0].contains("already succeeded"))
        #expect(reasons[1].contains("To confirm"))
        #expect(reasons[2].contains("needs a reason"))
        #expect(reasons[3].contains("not in the local store"))
        #expect(try store.outboxCount() == 0)
        #expect(try Self.pendingMark(store, .exceptions, "MSG3") == nil)
    }

    @Test("a sync of the target keeps its pending mark, and an older copy never replaces a newer one")
    func syncKeepsMark() throws {
        let (directory, store) = try Self.makeStore("outbox-sync")
        _ = directory
        _ = try store.enqueue(.confirmRequirement(taskId: "T1"), at: Self.now)
        guard case .supervision(var task)? = try store.record(.supervision, id: "T1") else {
            Issue.record("T1 is stored")
            return
        }
        task.updatedAt = task.updatedAt.adding(millis: 1)
        task.rejectCount += 1
        _ = try store.write { try store.upsert(.supervision(task)) }
        #expect(try Self.pendingMark(store, .supervision, "T1") == PendingMark(.confirmRequirement))
        var older = task
        older.updatedAt = older.updatedAt.adding(millis: -5)
        older.rejectCount = 99
        #expect(try store.write { try store.upsert(.supervision(older)) } == .unchanged)
        #expect(try store.supervisionTask(id: "T1")?.rejectCount == task.rejectCount)
    }

    @Test("claims take due actions in order, one per target at a time, under a lease a dead sender loses")
    func claimsAndLeases() throws {
        let (directory, store) = try Self.makeStore("outbox-claim")
        _ = directory
        _ = try store.enqueue([.restart(messageId: "MSG0"), .restart(messageId: "MSG1")], at: Self.now)
        let first = try #require(try store.claimNextDue(at: Self.now, leaseSeconds: 60))
        #expect(first.action == .restart(messageId: "MSG0") && first.state == .sending && first.attempts == 1)
        let second = try #require(try store.claimNextDue(at: Self.now, leaseSeconds: 60))
        #expect(second.action == .restart(messageId: "MSG1"))
        #expect(try store.claimNextDue(at: Self.now, leaseSeconds: 60) == nil)
        // The sender of `first` dies: after its lease the action is due again, with the same key.
        let again = try #require(try store.claimNextDue(at: Self.now.adding(seconds: 61), leaseSeconds: 60))
        #expect(again.id == second.id || again.id == first.id)
        #expect(again.idempotencyKey == (again.id == first.id ? first.idempotencyKey : second.idempotencyKey))
        #expect(again.attempts == 1, "the dead sender's claim is the attempt now made, not another one")
        #expect(try store.outboxOutcomeInDoubt(id: again.id), "the dead sender's request may have gone out")
    }

    @Test("outcomes: done stores the returned record and clears the mark; failure leaves a ! mark; retry and discard")
    func outcomes() throws {
        let (directory, store) = try Self.makeStore("outbox-outcomes")
        _ = directory
        _ = try store.enqueue([.restart(messageId: "MSG0"), .restart(messageId: "MSG1"),
                               .restart(messageId: "MSG5")], at: Self.now)
        let a = try #require(try store.claimNextDue(at: Self.now, leaseSeconds: 60))
        guard case .exception(var message)? = try store.record(.exceptions, id: "MSG0") else {
            Issue.record("MSG0 is stored")
            return
        }
        message.state = .resolved
        message.updatedAt = message.updatedAt.adding(millis: 10)
        try store.completeOutboxItem(id: a.id, result: .exception(message), at: Self.now)
        #expect(try store.exception(id: "MSG0")?.state == .resolved)
        #expect(try Self.pendingMark(store, .exceptions, "MSG0") == nil)

        let b = try #require(try store.claimNextDue(at: Self.now, leaseSeconds: 60))
        try store.failOutboxItem(id: b.id, error: "409 SELLER.0409: no", at: Self.now)
        #expect(try Self.pendingMark(store, .exceptions, "MSG1")
                == PendingMark(action: .known(.restart), state: .failed, failure: .known(.refused)),
                "the row's mark says the action failed, and why")
        let c = try #require(try store.claimNextDue(at: Self.now, leaseSeconds: 60))
        #expect(c.action == .restart(messageId: "MSG5"))
        #expect(try store.retryOutboxItem(id: b.id, at: Self.now))
        #expect(try Self.pendingMark(store, .exceptions, "MSG1") == PendingMark(.restart))
        #expect(try store.outboxItem(id: b.id)?.state == .queued)

        try store.scheduleOutboxRetry(id: c.id, error: "503", next: Self.now.adding(seconds: 30), at: Self.now)
        #expect(try store.claimNextDue(at: Self.now.adding(seconds: 10), leaseSeconds: 60)?.id == b.id)
        #expect(try store.claimNextDue(at: Self.now.adding(seconds: 10), leaseSeconds: 60) == nil)
        #expect(try store.discardOutboxItem(id: c.id, at: Self.now))
        #expect(try store.outboxItem(id: c.id)?.state == .discarded)
        #expect(try store.discardOutboxItem(id: a.id, at: Self.now) == false)
        let counts = try store.outboxCounts()
        #expect(counts[.done] == 1 && counts[.discarded] == 1 && counts[.sending] == 1)
        #expect(try store.outboxPage(limit: 10).map(\.id) == [c.id, b.id, a.id])
        #expect(try store.outboxPage(states: [.done], limit: 10).map(\.id) == [a.id])
        #expect(try store.outboxPage(beforeId: b.id, limit: 10).map(\.id) == [a.id])
    }

    @Test("payloads round-trip every action, including a delivery's files and start time")
    func payloads() throws {
        let actions: [SellerAction] = [
            .restart(messageId: "PM1"), .confirmRequirement(taskId: "SV1"),
            .rejectRequirement(taskId: "SV1", reason: "请按模板\n补充\"验收标准\""),
            .deliver(taskId: "SV2", files: [
                DeliverableUpload(path: "/tmp/a b/验收.pdf", fileName: "验收.pdf", size: 1 << 33,
                                  sha256: String(repeating: "ab", count: 32), kind: .acceptance),
                DeliverableUpload(path: "/x.png", fileName: "x.png", size: 0, sha256: "e3", kind: .screenshot),
            ], actualStart: Timestamp(millis: 1_795_400_000_000)),
            .acceptTicket(caseId: "TT1"), .replyTicket(caseId: "TT1", content: "您好 👋", waitForCustomer: true),
            .resolveTicket(caseId: "TT1", cause: "配置", solution: "已修复"),
        ]
        for action in actions {
            #expect(try SellerAction(payloadJSON: action.payloadJSON) == action)
        }
        #expect(throws: JSONFieldError.self) { try SellerAction(payloadJSON: "{\"kind\":\"launch-missiles\"}") }
    }
}
