import Foundation
import MarketAPI
import MarketClient
import SellerCore
import SellerStore
import Sync
import Testing
import TestSupport

@Suite("Sync against the simulator", .exclusive, .serialized)
struct SyncAgainstSimulatorTests {
    func sync(_ harness: SimulatorHarness, secretKey: String? = nil,
              progress: (SyncProgress) -> Void = { _ in }) async throws -> SyncSummary {
        try await StoreConnection.using(path: harness.storePath) { store in
            let engine = SyncEngine(client: MarketClient(configuration: harness.clientConfiguration(secretKey: secretKey)),
                                    store: store)
            return try await engine.run(progress: progress)
        }
    }

    @Test("5000 orders land field by field; a second sync changes nothing", .tags(.heavy))
    func fullSyncMatchesWorld() async throws {
        let harness = try SimulatorHarness(orders: 5000, seed: 7)
        var lastOrderProgress: SyncProgress?
        var stages: [EntityKind: [SyncProgress.Stage]] = [:]
        let first = try await sync(harness) { progress in
            if progress.kind == .orders { lastOrderProgress = progress }
            if progress.stage != .storing { stages[progress.kind, default: []].append(progress.stage) }
        }
        #expect(lastOrderProgress?.received == 5000 && lastOrderProgress?.total == 5000, "progress knows the total")
        // The kinds loaded in bulk say when their index build starts and ends, after their pages; the others never.
        #expect(stages == [.orders: [.indexing, .indexed], .instances: [.indexing, .indexed]], "\(stages)")
        #expect(first[.orders].added == 5000)
        #expect(first[.instances].added == 5000)
        #expect(first[.exceptions].added == 250)
        #expect(first[.supervision].added == 500)
        #expect(first[.tickets].added == 200)
        let store = try LocalStore(path: harness.storePath)
        #expect(try harness.differences(store: store) == [])
        #expect(try store.integrityCheck() == ["ok"])
        #expect(try store.journalMode() == "wal")
        // 5,000 orders and instances were loaded in bulk: their indexes were built at the end.
        for kind in EntityKind.allCases { #expect(try !store.isBulkLoading(kind), "\(kind)") }
        #expect(try store.indexNames() == LocalStoreFixtures.freshIndexNames(harness.directory))
        try store.checkSearchIndexes()
        try store.close()

        var resumedProgress: [SyncProgress] = []
        let second = try await sync(harness) { resumedProgress.append($0) }
        #expect(resumedProgress.allSatisfy { $0.total == nil }, "a resumed sync cannot say how far along it is")
        for kind in EntityKind.allCases {
            #expect(second[kind].added == 0 && second[kind].changed == 0, "\(kind)")
        }
    }

    @Test("after clock events a sync picks up exactly the new and changed records")
    func incrementalSyncAfterTicks() async throws {
        let harness = try SimulatorHarness(orders: 400, seed: 11)
        _ = try await sync(harness)
        let world = harness.simulator.world
        let before = EntityKind.allCases.map { world.count(of: $0) }
        for round in 0..<30 { world.tick(round: round) }
        let added = zip(EntityKind.allCases, before).map { world.count(of: $0) - $1 }
        let summary = try await sync(harness)
        for (kind, count) in zip(EntityKind.allCases, added) {
            #expect(summary[kind].added == count, "\(kind) added")
        }
        #expect(summary[.orders].added == 30)
        #expect(summary[.tickets].changed + summary[.supervision].changed + summary[.exceptions].changed > 0)
        let store = try LocalStore(path: harness.storePath)
        defer { try? store.close() }
        #expect(try harness.differences(store: store) == [])
    }

    @Test("with 30% faults the store ends the same as without", .tags(.heavy))
    func faultsDoNotChangeTheOutcome() async throws {
        let harness = try SimulatorHarness(orders: 3000, seed: 7, faults: 0.3, stallSeconds: 1.5)
        _ = try await sync(harness)
        #expect(harness.simulator.injectedFaults > 0, "the sync met faults and still completed")
        let store = try LocalStore(path: harness.storePath)
        defer { try? store.close() }
        #expect(try harness.differences(store: store) == [])
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test("hostile records: the good ones are kept, the undecodable ones reported", .tags(.heavy))
    func hostileData() async throws {
        let harness = try SimulatorHarness(orders: 3000, seed: 5, hostile: 0.05)
        let summary = try await sync(harness)
        let world = harness.simulator.world
        var expectedRejects = 0
        for kind in EntityKind.allCases {
            for index in 0..<world.count(of: kind) where world.hostileKind(of: kind, at: index)?.isDecodable == false {
                expectedRejects += 1
            }
        }
        #expect(expectedRejects > 0)
        #expect(summary.totalRejected == expectedRejects)
        let store = try LocalStore(path: harness.storePath)
        defer { try? store.close() }
        #expect(try harness.differences(store: store) == [])
        let rejected = try EntityKind.allCases.reduce(0) { $0 + (try store.rejects($1).count) }
        #expect(rejected == expectedRejects)
    }

    @Test("a wrong secret key is refused as a signature rejection and writes nothing")
    func wrongSecret() async throws {
        let harness = try SimulatorHarness(orders: 50)
        var failure: SyncError?
        do {
            _ = try await sync(harness, secretKey: "not-the-key")
        } catch let error as SyncError {
            failure = error
        }
        let error = try #require(failure)
        #expect(error.description.contains("signature rejected"))
        guard case .client(_, let reason) = error else {
            Issue.record("expected a client error, got \(error)")
            return
        }
        #expect(reason.isAuthentication)
        let store = try LocalStore(path: harness.storePath)
        defer { try? store.close() }
        for kind in EntityKind.allCases { #expect(try store.count(kind) == 0) }
    }
}
