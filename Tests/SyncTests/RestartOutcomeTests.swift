import Foundation
import ListContract
import MarketClient
import SellerCore
import SellerStore
import Simulator
import Sync
import Testing
import TestSupport

/// Issue 13, true outcomes: a 重新启动 the gateway applied but whose re-call of the seller's interface failed
/// again (the simulator's seeded rule: about one in four) is a failure of the action everywhere, never 已完成.
@Suite("restart outcomes", .exclusive, .serialized)
struct RestartOutcomeTests {
    /// Up to `count` exceptions a 重新启动 is allowed on, from a synced store.
    static func restartable(_ store: LocalStore, count: Int) throws -> [String] {
        try store.ids(matching: StoreListQuery(kind: .exceptions, statuses: [.exception(.exhausted)]), limit: count)
    }

    @Test("a restart whose re-call failed again is failed (restart-failed, the result code), not done")
    func failedRecallIsAFailure() async throws {
        let harness = try await OutboxAgainstSimulatorTests.syncedHarness(orders: 600, faults: 0, seed: 12)
        let store = try LocalStore(path: harness.storePath)
        defer { try? store.close() }
        let ids = try Self.restartable(store, count: 12)
        #expect(ids.count >= 8)
        let now = Timestamp(millis: Int64(Date().timeIntervalSince1970 * 1000))
        let queued = try store.enqueue(ids.map { SellerAction.restart(messageId: $0) }, at: now).compactMap {
            if case .queued(let item) = $0 { return item }
            return nil
        }
        #expect(queued.count == ids.count)
        let sender = OutboxSender(storePath: harness.storePath,
                                  client: MarketClient(configuration: harness.clientConfiguration()),
                                  policy: OutboxAgainstSimulatorTests.fastPolicy())
        #expect(await sender.run(until: { try OutboxSender.nothingInFlight(in: $0) }, timeout: 60))

        var failed = 0
        for item in queued {
            let after = try #require(try store.outboxItem(id: item.id))
            guard case .exception(let message)? = harness.simulator.world.find(.exceptions, id: item.action.targetId)?
                    .record, let attempt = message.attempts.last else {
                Issue.record("\(item.action.targetId) is gone from the world")
                continue
            }
            let row = try store.page(StoreListQuery(kind: .exceptions, filterText: item.action.targetId, limit: 5)).rows
                .first { $0.id == item.action.targetId }
            if attempt.outcome == .success {
                #expect(after.state == .done, "\(item.action.targetId): \(after.lastError ?? "")")
                continue
            }
            failed += 1
            #expect(after.state == .failed, "the simulator's re-call failed, the outbox says \(after.state)")
            #expect(after.failure?.kind == .restartFailed)
            #expect(after.failure?.errorCode == attempt.resultCode)
            #expect(after.lastError?.hasPrefix("restart failed: the interface failed again (") == true, "\(after.lastError ?? "nil")")
            #expect(row?.pendingMark?.state == .failed, "the exception's row carries the failure")
            #expect(after.idempotencyKey != item.idempotencyKey, "a 重试 restarts again instead of replaying")
        }
        #expect(failed > 0, "the seeded world fails some re-calls (about one in four)")
    }

    @Test("seller-console retry: a re-call that failed again exits 6 with the reason in --json")
    func retryCommandExitsSix() async throws {
        let harness = try await OutboxAgainstSimulatorTests.syncedHarness(orders: 600, faults: 0, seed: 12)
        let store = try LocalStore(path: harness.storePath, readOnly: true)
        let ids = try Self.restartable(store, count: 12)
        try store.close()
        let binary = try #require(BuiltExecutable.path("seller-console"))
        let outcome = try await ChildProcess.runOffPool(
            binary, ["retry"] + ids + ["--json", "--store", harness.storePath, "--base-url", harness.baseURL],
            environment: OutboxCommandTests.environment(harness))
        #expect(outcome.status == 6, "\(outcome.output) \(outcome.errors)")
        let lines = outcome.output.split(separator: "\n").filter { $0.contains("\"restart-failed\"") }
        #expect(!lines.isEmpty, "\(outcome.output)")
        for line in lines {
            #expect(line.contains("\"status\":\"failed\"") && line.contains("\"reason\":\"restart failed: the interface failed again ("),
                    "\(line)")
        }
        #expect(!outcome.output.contains("已完成"))
    }
}
