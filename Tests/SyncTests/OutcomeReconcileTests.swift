import Foundation
import ListContract
import MarketAPI
import MarketClient
import SellerCore
import SellerStore
import Simulator
import Sync
import Testing
import TestSupport

/// Issue 9, "an action whose outcome is unknown is never silently dropped": a reply whose attempt reached the
/// marketplace and was applied, but whose answer was lost (a timeout), must not land twice when the seller
/// discards it and asks again.
@Suite("outcome reconcile against the simulator", .exclusive, .serialized)
struct OutcomeReconcileTests {
    static let content = "已重置密码，请重新登录（仅一次）"

    /// The reconciler's async calls, each on a connection of its own to the store at `path` (the test goes on
    /// reading the store through its own `LocalStore`).
    struct Connected {
        let reconciler: OutcomeReconciler

        func discard(id: Int64, force: Bool, in path: String, at now: @Sendable () -> Timestamp) async throws
            -> DiscardOutcome {
            try await StoreConnection.using(path: path) {
                try await reconciler.discard(id: id, force: force, in: $0, at: now)
            }
        }

        func enqueue(_ actions: [SellerAction], in path: String, at now: @Sendable () -> Timestamp) async throws
            -> [EnqueueOutcome] {
            try await StoreConnection.using(path: path) { try await reconciler.enqueue(actions, in: $0, at: now) }
        }
    }

    struct Scene {
        let harness: SimulatorHarness
        let store: LocalStore
        let item: OutboxItem
        let caseId: String
        var action: SellerAction { item.action }
    }

    static func now() -> Timestamp { Timestamp(millis: Int64(Date().timeIntervalSince1970 * 1000)) }

    /// A reply queued and attempted once. With `applied`, the attempt reached the gateway and was applied; either
    /// way its answer never came back, and the store holds it as the sender leaves such an action after its last
    /// attempt timed out: failed, in doubt.
    static func lostAnswer(applied: Bool) async throws -> Scene {
        let harness = try await OutboxAgainstSimulatorTests.syncedHarness(orders: 600, faults: 0, seed: 11)
        let store = try LocalStore(path: harness.storePath)
        let caseId = try #require(try store.ids(
            matching: StoreListQuery(kind: .tickets, statuses: [.ticket(.inProgress)]), limit: 1).first)
        guard case .queued(let queued) = try store.enqueue(.replyTicket(caseId: caseId, content: content,
                                                                        waitForCustomer: false), at: now()) else {
            throw TestFailure("the reply is allowed")
        }
        let item = try #require(try store.claimNextDue(at: now(), leaseSeconds: 60))
        #expect(item.id == queued.id)
        if applied {
            let exchange = try await MarketClient(configuration: harness.clientConfiguration()).send(
                method: "POST", path: try #require(ActionRoute(submitting: item.action)).path,
                body: ActionWire.requestBody(for: item.action, idempotencyKey: item.idempotencyKey),
                headers: [(ActionRoute.idempotencyHeader, item.idempotencyKey)])
            #expect(exchange.status == 200)
        }
        try store.failOutboxItem(id: item.id, error: "gave up after 1 attempts: network error: no answer within 1 s",
                                 failure: ActionFailure(.gaveUp), evidence: .unanswered, at: now())
        return Scene(harness: harness, store: store, item: item, caseId: caseId)
    }

    /// How many times the reply is on the marketplace's ticket.
    static func replies(_ scene: Scene) -> Int {
        guard case .ticket(let ticket)? = scene.harness.simulator.world.find(.tickets, id: scene.caseId)?.record else {
            return -1
        }
        return ticket.messages.filter { $0.content == content }.count
    }

    static func reconciler(_ scene: Scene) -> Connected {
        Connected(reconciler: OutcomeReconciler(client: MarketClient(configuration: scene.harness.clientConfiguration())))
    }

    /// Sends whatever is due until `ids` are settled.
    static func send(_ ids: [Int64], _ scene: Scene) async -> Bool {
        let sender = OutboxSender(storePath: scene.harness.storePath,
                                  client: MarketClient(configuration: scene.harness.clientConfiguration()),
                                  policy: OutboxAgainstSimulatorTests.fastPolicy())
        return await sender.run(until: { try OutboxSender.allSettled(ids, in: $0) }, timeout: 60)
    }

    @Test("the bug: a bare discard, then the same reply again, puts the reply on the ticket twice")
    func bareDiscardRepliesTwice() async throws {
        let scene = try await Self.lostAnswer(applied: true)
        defer { try? scene.store.close() }
        #expect(Self.replies(scene) == 1)
        #expect(try scene.store.discardOutboxItem(id: scene.item.id, at: Self.now()))
        guard case .queued(let again) = try scene.store.enqueue(scene.action, at: Self.now()) else {
            throw TestFailure("nothing stops the second reply locally")
        }
        #expect(await Self.send([again.id], scene))
        #expect(Self.replies(scene) == 2, "this is what outbox discard did before the outcome lookup")
    }

    @Test("discard of an applied, unanswered reply: reconciled to done with its record, never sent twice")
    func discardFindsItApplied() async throws {
        let scene = try await Self.lostAnswer(applied: true)
        defer { try? scene.store.close() }
        let outcome = try await Self.reconciler(scene).discard(id: scene.item.id, force: false, in: scene.store.path,
                                                               at: Self.now)
        #expect(outcome == .appliedAfterAll)
        #expect(try scene.store.outboxItem(id: scene.item.id)?.state == .done)
        guard case .ticket(let stored)? = try scene.store.record(.tickets, id: scene.caseId) else {
            throw TestFailure("the ticket is in the store")
        }
        #expect(stored.messages.contains { $0.content == Self.content }, "the returned record was stored")
        #expect(Self.replies(scene) == 1)
        #expect(scene.harness.simulator.appliedCount(forKey: scene.item.idempotencyKey) == 1)
    }

    @Test("the same reply again without a discard: the earlier one is reconciled to done, the new one refused")
    func newActionReconcilesFirst() async throws {
        let scene = try await Self.lostAnswer(applied: true)
        defer { try? scene.store.close() }
        let outcomes = try await Self.reconciler(scene).enqueue([scene.action], in: scene.store.path, at: Self.now)
        guard case .refused(let reason)? = outcomes.first else { throw TestFailure("queued: \(outcomes)") }
        #expect(reason.contains("#\(scene.item.id)") && reason.contains("applied after all"), "\(reason)")
        #expect(try scene.store.outboxItem(id: scene.item.id)?.state == .done)
        #expect(try scene.store.outboxCount() == 0)
        #expect(Self.replies(scene) == 1)
        // Another action on the ticket is not held up: the doubt is settled.
        let resolve = SellerAction.resolveTicket(caseId: scene.caseId, cause: "密码过期", solution: "已重置")
        let next = try await Self.reconciler(scene).enqueue([resolve], in: scene.store.path, at: Self.now)
        guard case .queued? = next.first else { throw TestFailure("refused: \(next)") }
    }

    @Test("never applied: the discard goes through, and the late request with the old key is never applied")
    func neverAppliedBurnsTheKey() async throws {
        let scene = try await Self.lostAnswer(applied: false)
        defer { try? scene.store.close() }
        let outcome = try await Self.reconciler(scene).discard(id: scene.item.id, force: false, in: scene.store.path,
                                                               at: Self.now)
        #expect(outcome == .discarded(basis: .neverApplied))
        #expect(try scene.store.outboxItem(id: scene.item.id)?.state == .discarded)
        let late = try await MarketClient(configuration: scene.harness.clientConfiguration()).send(
            method: "POST", path: try #require(ActionRoute(submitting: scene.action)).path,
            body: ActionWire.requestBody(for: scene.action, idempotencyKey: scene.item.idempotencyKey),
            headers: [(ActionRoute.idempotencyHeader, scene.item.idempotencyKey)])
        #expect(late.status == 410)
        #expect(Self.replies(scene) == 0)
    }

    @Test("never applied, then the same reply again: it is queued and lands once")
    func neverAppliedThenAgain() async throws {
        let scene = try await Self.lostAnswer(applied: false)
        defer { try? scene.store.close() }
        let outcomes = try await Self.reconciler(scene).enqueue([scene.action], in: scene.store.path, at: Self.now)
        guard case .queued(let again)? = outcomes.first else { throw TestFailure("refused: \(outcomes)") }
        let kept = try #require(try scene.store.outboxItem(id: scene.item.id))
        #expect(kept.state == .failed && kept.idempotencyKey != scene.item.idempotencyKey, "a fresh key for a retry")
        #expect(await Self.send([again.id], scene))
        #expect(Self.replies(scene) == 1)
    }

    @Test("unknown: with the marketplace unreachable the discard is refused; force drops it")
    func unknownNeedsForce() async throws {
        let scene = try await Self.lostAnswer(applied: true)
        defer { try? scene.store.close() }
        var configuration = scene.harness.clientConfiguration()
        configuration.baseURL = "http://127.0.0.1:1"
        let unreachable = Connected(reconciler: OutcomeReconciler(client: MarketClient(configuration: configuration)))
        let refused = try await unreachable.discard(id: scene.item.id, force: false, in: scene.store.path, at: Self.now)
        guard case .outcomeUnknown = refused else { throw TestFailure("\(refused)") }
        #expect(try scene.store.outboxItem(id: scene.item.id)?.state == .failed)
        let processing = try OutcomeReconciler.finishDiscard(id: scene.item.id,
                                                             answer: (scene.item, .success(.processing)),
                                                             force: false, in: scene.store, at: Self.now())
        #expect(processing == .outcomeUnknown("the marketplace is still processing it"))
        let newAction = try await unreachable.enqueue([scene.action], in: scene.store.path, at: Self.now)
        guard case .refused(let reason)? = newAction.first else { throw TestFailure("queued: \(newAction)") }
        #expect(reason.contains("may already have been applied"), "\(reason)")
        let forced = try await unreachable.discard(id: scene.item.id, force: true, in: scene.store.path, at: Self.now)
        guard case .discarded(basis: .unknown) = forced else { throw TestFailure("\(forced)") }
        #expect(try scene.store.outboxItem(id: scene.item.id)?.state == .discarded)
    }

    @Test("faults 0.3, one attempt each, every failure discarded and asked again: no reply lands twice",
          .tags(.heavy))
    func discardAndAgainUnderFaults() async throws {
        let harness = try await OutboxAgainstSimulatorTests.syncedHarness(orders: 1500, faults: 0.3, seed: 31)
        let store = try LocalStore(path: harness.storePath)
        defer { try? store.close() }
        let conversing = StoreListQuery(kind: .tickets, statuses: [.ticket(.inProgress), .ticket(.waitingCustomer)])
        let caseIds = try store.ids(matching: conversing, limit: 40)
        let actions = caseIds.enumerated().map { index, caseId in
            SellerAction.replyTicket(caseId: caseId, content: "回复 #\(index) 只应出现一次", waitForCustomer: false)
        }
        _ = try store.enqueue(actions, at: Self.now())
        var once = OutboxAgainstSimulatorTests.fastPolicy()
        once.maxAttempts = 1
        once.concurrency = 1   // one request at a time: the seeded faults strike the same requests on every run
        let client = MarketClient(configuration: harness.clientConfiguration())
        let sender = OutboxSender(storePath: harness.storePath, client: client, policy: once)
        #expect(await sender.run(until: { try OutboxSender.nothingInFlight(in: $0) }, timeout: 120))
        let failed = try store.outboxPage(states: [.failed], limit: 100)
        #expect(!failed.isEmpty, "some attempts failed")
        let reconciler = Connected(reconciler: OutcomeReconciler(client: client))
        var appliedAfterAll = 0
        var again: [SellerAction] = []
        for item in failed {
            // The lookup meets the same faults: ask again until it answers (each try is one bounded request).
            var outcome = DiscardOutcome.notPossible
            for _ in 0..<20 {
                outcome = try await reconciler.discard(id: item.id, force: false, in: store.path, at: Self.now)
                if case .outcomeUnknown = outcome { continue }
                break
            }
            switch outcome {
            case .appliedAfterAll: appliedAfterAll += 1
            case .discarded: again.append(item.action)   // the seller asks for it again
            default: Issue.record("#\(item.id): \(outcome)")
            }
        }
        #expect(appliedAfterAll > 0, "some failed attempts had been applied: the case of the bug")
        _ = try store.enqueue(again, at: Self.now())
        let patient = OutboxSender(storePath: harness.storePath, client: client,
                                   policy: OutboxAgainstSimulatorTests.fastPolicy())
        #expect(await patient.run(until: { try OutboxSender.nothingInFlight(in: $0) }, timeout: 120))
        for case .replyTicket(let caseId, let content, _, _) in actions {
            guard case .ticket(let ticket)? = harness.simulator.world.find(.tickets, id: caseId)?.record else {
                Issue.record("\(caseId) vanished")
                continue
            }
            #expect(ticket.messages.filter { $0.content == content }.count == 1, "\(caseId): \(content)")
        }
        print("faults 0.3: \(failed.count) failed of \(actions.count), \(appliedAfterAll) found applied, "
              + "\(again.count) sent again")
    }

    @Test("an action never attempted is discarded without asking anyone")
    func neverAttemptedNeedsNoLookup() async throws {
        let harness = try await OutboxAgainstSimulatorTests.syncedHarness(orders: 300, faults: 0, seed: 12)
        let store = try LocalStore(path: harness.storePath)
        defer { try? store.close() }
        let caseId = try #require(try store.ids(
            matching: StoreListQuery(kind: .tickets, statuses: [.ticket(.inProgress)]), limit: 1).first)
        guard case .queued(let item) = try store.enqueue(.replyTicket(caseId: caseId, content: "x", waitForCustomer: false),
                                                         at: Self.now()) else { throw TestFailure("refused") }
        let nobody = Connected(reconciler: OutcomeReconciler(client: nil))
        #expect(try await nobody.discard(id: item.id, force: false, in: store.path, at: Self.now)
                == .discarded(basis: .notNeeded))
    }
}

/// A test's own failure with a message, for `throw` inside guards.
private struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
