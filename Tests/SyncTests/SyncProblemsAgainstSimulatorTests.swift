import Foundation
import ListContract
import MarketClient
import SellerCore
import SellerStore
import Simulator
import Sync
import Testing
import TestSupport

/// Issue 13, sync problems are never silent: records the sync cannot decode stay on the store's list, are asked
/// for again by id on every sync until a copy decodes, and `sync` exits 9 while there are any.
@Suite("sync problems", .exclusive, .serialized)
struct SyncProblemsAgainstSimulatorTests {
    @Test("rejected records are fetched again on every sync; one that decodes leaves the list")
    func rejectedRecordsAreFetchedAgainUntilTheyDecode() async throws {
        let harness = try SimulatorHarness(orders: 300, seed: 5, hostile: 0.2)
        let client = MarketClient(configuration: harness.clientConfiguration())
        let (first, second, fetchable, decodable, before) = try await StoreConnection.using(path: harness.storePath) {
            store in
            let engine = SyncEngine(client: client, store: store)
            let first = try await engine.run()
            // A record an earlier build could not read, which this one can: the next sync must take it back.
            let decodable = try await store.perform { store -> String in
                let id = try #require(try store.ids(matching: StoreListQuery(kind: .orders), limit: 1).first)
                try store.recordReject(kind: .orders, id: id, path: "items[0].x", reason: "older build",
                                       at: Timestamp(millis: 0))
                return id
            }
            let fetchable = try await store.perform { store in
                try EntityKind.synced.reduce(0) { $0 + (try store.rejectedIDs($1, limit: 1000).count) }
            }
            let before = try await store.perform { try $0.syncProblemCount() }
            let second = try await engine.run()
            return (first, second, fetchable, decodable, before)
        }
        #expect(first.totalRejected > 0, "the hostile world has undecodable records")
        #expect(second[.orders].recovered == 1, "the decodable one was asked for again and stored")
        #expect(second.totalStillRejected == fetchable - 1, "every other one was asked for again and still fails")
        #expect(second.totalRejected == 0, "the pages after the cursor bring nothing new")
        let store = try LocalStore(path: harness.storePath, readOnly: true)
        defer { try? store.close() }
        let problems = try store.syncProblems(limit: 1000)
        #expect(!problems.contains { $0.recordId == decodable })
        #expect(problems.count == before - 1, "the undecodable ones stay until they decode")
    }

    @Test("seller-console sync exits 9 while records are rejected, every time")
    func syncExitsNineWithRejectedRecords() async throws {
        let harness = try SimulatorHarness(orders: 200, seed: 5, hostile: 0.2)
        let binary = try #require(BuiltExecutable.path("seller-console"))
        for _ in 0..<2 {
            let outcome = try await ChildProcess.runOffPool(
                binary, ["sync", "--store", harness.storePath, "--base-url", harness.baseURL, "--lang", "en"],
                environment: OutboxCommandTests.environment(harness))
            #expect(outcome.status == 9, "\(outcome.output) \(outcome.errors)")
            #expect(outcome.output.contains("rejected"), "\(outcome.output)")
            #expect(!outcome.output.contains("\u{1b}"), "nothing from the network reaches the terminal raw")
        }
        let clean = try SimulatorHarness(orders: 200, seed: 5)
        let outcome = try await ChildProcess.runOffPool(
            binary, ["sync", "--store", clean.storePath, "--base-url", clean.baseURL],
            environment: OutboxCommandTests.environment(clean))
        #expect(outcome.status == 0, "\(outcome.output) \(outcome.errors)")
    }
}
