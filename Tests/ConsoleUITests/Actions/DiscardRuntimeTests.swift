import ConsoleRuntime
import ConsoleUI
import Foundation
import ListContract
import MarketAPI
import MarketClient
import SellerCore
import SellerStore
import Sync
import Synchronization
import Testing
import TestSupport

/// The console's 放弃 as its runtime performs it: on the store-writer thread, which asks the marketplace about an
/// action whose last attempt got no answer before discarding it.
@Suite(.exclusive, .serialized) struct DiscardRuntimeTests {
    @Test func discardOfAnAppliedActionMarksItDone() async throws {
        let harness = try SimulatorHarness(orders: 300, seed: 17)
        let client = MarketClient(configuration: harness.clientConfiguration())
        _ = try await StoreConnection.using(path: harness.storePath) { try await SyncEngine(client: client, store: $0).run() }
        let store = try LocalStore(path: harness.storePath)
        defer { try? store.close() }
        let now = Timestamp(millis: Int64(Date().timeIntervalSince1970 * 1000))
        let ticket = try #require(try store.ids(
            matching: StoreListQuery(kind: .tickets, statuses: [.ticket(.pendingAccept)]), limit: 1).first)
        guard case .queued = try store.enqueue(.acceptTicket(caseId: ticket), at: now) else {
            Issue.record("the accept is allowed")
            return
        }
        let item = try #require(try store.claimNextDue(at: now, leaseSeconds: 60))
        // The attempt is applied, its answer lost: the sender leaves it failed and in doubt.
        let posted = try await client.send(method: "POST", path: try #require(ActionRoute(submitting: item.action)).path,
                                           headers: [(ActionRoute.idempotencyHeader, item.idempotencyKey)])
        #expect(posted.status == 200)
        try store.failOutboxItem(id: item.id, error: "no answer within 1 s", failure: ActionFailure(.gaveUp),
                                 evidence: .unanswered, at: now)

        let inbox = Inbox()
        let configuration = harness.clientConfiguration()
        let path = harness.storePath
        let writer = EffectWorker(name: "store-writer", inbox: inbox) {
            try ActionPerformer(storePath: path, client: configuration).perform
        }
        writer.start()
        defer { writer.stop() }
        writer.submit(.discardOutboxItem(id: item.id, at: now, force: false))
        let answers = Mutex<[Msg]>([])
        let answered = await waitUntilAsync(timeout: 30) {
            let drained = inbox.drain()
            return answers.withLock { $0 += drained; return !$0.isEmpty }
        }
        #expect(answered)
        #expect(answers.withLock { $0 } == [.outboxDiscardAnswered(id: item.id, .appliedAfterAll)])
        #expect(try store.outboxItem(id: item.id)?.state == .done)
        #expect(harness.simulator.appliedCount(forKey: item.idempotencyKey) == 1)
    }
}
