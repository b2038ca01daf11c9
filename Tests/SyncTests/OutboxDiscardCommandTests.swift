import Foundation
import ListContract
import SellerCore
import SellerStore
import Testing
import TestSupport

/// `outbox discard` and the action commands as a seller runs them (issue 9): a discard asks the marketplace
/// first when the last attempt got no answer, refuses (exit 8) when it cannot learn the outcome unless `--force`,
/// and refused keys exit 3.
@Suite("outbox discard command", .exclusive, .serialized)
struct OutboxDiscardCommandTests {
    static func run(_ arguments: [String], harness: SimulatorHarness, baseURL: String? = nil,
                    secretKey: String? = nil) async throws -> ChildProcess.Outcome {
        let binary = try #require(BuiltExecutable.path("seller-console"))
        var environment = OutboxCommandTests.environment(harness)
        if let secretKey { environment["SELLER_CONSOLE_SK"] = secretKey }
        return try await ChildProcess.runOffPool(
            binary,
            arguments + ["--store", harness.storePath, "--base-url", baseURL ?? harness.baseURL, "--lang", "en"],
            environment: environment)
    }

    @Test("discard of a reply the marketplace applied without answering: marked done, exit 0, not sent again")
    func discardFindsItApplied() async throws {
        let scene = try await OutcomeReconcileTests.lostAnswer(applied: true)
        try scene.store.close()
        let result = try await Self.run(["outbox", "discard", String(scene.item.id)], harness: scene.harness)
        #expect(result.status == 0, "\(result.output) \(result.errors)")
        #expect(result.errors.contains("had applied it"), "\(result.errors)")
        #expect(result.output.contains("done"), "\(result.output)")
        let store = try LocalStore(path: scene.harness.storePath, readOnly: true)
        defer { try? store.close() }
        #expect(try store.outboxItem(id: scene.item.id)?.state == .done)
        #expect(OutcomeReconcileTests.replies(scene) == 1)

        let again = try await Self.run(["ticket", "reply", scene.caseId, "--message", OutcomeReconcileTests.content],
                                       harness: scene.harness)
        #expect(again.status == 0, "asked again after being told it was done: a deliberate second reply")
    }

    @Test("the same reply again while the first is failed and unanswered: reconciled, refused with exit 5")
    func sameActionAgainIsRefused() async throws {
        let scene = try await OutcomeReconcileTests.lostAnswer(applied: true)
        try scene.store.close()
        let again = try await Self.run(["ticket", "reply", scene.caseId, "--message", OutcomeReconcileTests.content],
                                       harness: scene.harness)
        #expect(again.status == 5, "\(again.output) \(again.errors)")
        #expect(again.output.contains("applied after all"), "\(again.output)")
        #expect(OutcomeReconcileTests.replies(scene) == 1)
    }

    @Test("an outcome that cannot be learned: discard exits 8 and keeps it; --force drops it")
    func unknownNeedsForce() async throws {
        let scene = try await OutcomeReconcileTests.lostAnswer(applied: true)
        try scene.store.close()
        let id = String(scene.item.id)
        let refused = try await Self.run(["outbox", "discard", id], harness: scene.harness,
                                         baseURL: "http://127.0.0.1:1")
        #expect(refused.status == 8, "\(refused.output) \(refused.errors)")
        #expect(refused.errors.contains("may already have been applied") && refused.errors.contains("--force"))
        let store = try LocalStore(path: scene.harness.storePath, readOnly: true)
        defer { try? store.close() }
        #expect(try store.outboxItem(id: scene.item.id)?.state == .failed)
        let forced = try await Self.run(["outbox", "discard", id, "--force"], harness: scene.harness,
                                        baseURL: "http://127.0.0.1:1")
        #expect(forced.status == 0, "\(forced.output) \(forced.errors)")
        #expect(forced.errors.contains("--force"))
        #expect(try store.outboxItem(id: scene.item.id)?.state == .discarded)
    }

    @Test("the marketplace refuses the keys: the action command exits 3")
    func refusedKeysExitThree() async throws {
        let harness = try await OutboxAgainstSimulatorTests.syncedHarness(orders: 300, faults: 0, seed: 13)
        let store = try LocalStore(path: harness.storePath, readOnly: true)
        let ticket = try #require(try store.ids(
            matching: StoreListQuery(kind: .tickets, statuses: [.ticket(.pendingAccept)]), limit: 1).first)
        try store.close()
        let result = try await Self.run(["ticket", "accept", ticket, "--json", "--timeout", "30"], harness: harness,
                                        secretKey: "not-the-secret")
        #expect(result.status == 3, "\(result.output) \(result.errors)")
        #expect(result.output.contains("\"status\":\"failed\"") && result.output.contains("\"failure\":\"keys-refused\""),
                "\(result.output)")
        #expect(!result.output.contains("not-the-secret") && !result.errors.contains("not-the-secret"))
        #expect(harness.simulator.appliedActions.isEmpty)
    }
}
