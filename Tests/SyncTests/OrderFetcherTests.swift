import Foundation
import MarketClient
import Relay
import SellerCore
import SellerStore
import Simulator
import Sync
import TestSupport
import Testing

/// `OrderFetcher` against the simulator's open API: the orders the marketplace caller created reach the journal
/// through a relay, and the fetcher replaces their thin journal copies with the real ones; an order the marketplace
/// does not know waits long; a dead host waits briefly; cancelling stops it at once.
@Suite("order fetcher", .exclusive, .serialized)
struct OrderFetcherTests {
    static func fastPolicy() -> OrderFetcher.Policy {
        var policy = OrderFetcher.Policy()
        policy.pollSeconds = 0.05
        return policy
    }

    /// Fetches until nothing is due (bounded).
    static func drain(_ fetcher: OrderFetcher, _ store: StoreConnection) async throws {
        var attempts: [String: Int] = [:]
        for _ in 0..<50 {
            let round = try await fetcher.fetchDue(attempts: &attempts)
            if round.fetched.isEmpty && round.failed.isEmpty { return }
        }
    }

    @Test("orders the marketplace caller created are fetched and stored with their real buyer and lines")
    func fetchesCallerOrders() async throws {
        let folder = try TemporaryDirectory("fetcher")
        let storePath = folder.file("store.db")
        let key = "fetcher-production-key"
        let isv = SampleProductionInterface(configuration: SampleISVConfiguration(accessKey: key))
        let isvURL = try isv.start()
        defer { isv.stop() }
        var relayConfiguration = RelayConfiguration(upstream: isvURL)
        relayConfiguration.accessKey = key
        let relay = Relay(configuration: relayConfiguration, journal: StoreJournal.opener(path: storePath))
        let relayURL = "http://" + (try relay.start()) + "/"
        var call = MarketplaceCallSettings(url: relayURL, accessKey: key)
        call.calls = 20
        call.callsPerSecond = 100
        call.families = [.saasV2]
        let harness = try SimulatorHarness(orders: 10) { $0.call = call }
        await harness.simulator.callsFinished()
        relay.stop()
        let created = Set(harness.simulator.callLedger().filter { $0.activity == .newInstance }.map(\.orderId))
        try #require(!created.isEmpty)

        let store = try await StoreConnection.open(path: storePath)
        let client = try MarketClient(validating: harness.clientConfiguration(timeout: 5))
        let fetcher = OrderFetcher(client: client, store: store, policy: Self.fastPolicy())
        let due = try await store.perform { try $0.dueOrderFetches(at: OrderFetcher.wallClock(), limit: 1000) }
        #expect(created.isSubset(of: Set(due)), "not queued: \(created.subtracting(due))")
        try await Self.drain(fetcher, store)

        for orderId in created.sorted() {
            let real = try await client.queryOrder(orderId: orderId, now: OrderFetcher.wallClock())
            let stored = try #require(try await store.perform { try $0.order(id: orderId) })
            #expect(stored.buyer == real.buyer, "\(orderId)")
            #expect(stored.lines == real.lines, "\(orderId)")
            #expect(!stored.buyer.customerId.isEmpty)
        }
        // Fetched, not merely put off: a failed fetch stays queued for a later time.
        let later = OrderFetcher.wallClock().adding(seconds: 86_400 * 30)
        let left = try await store.perform { try $0.dueOrderFetches(at: later, limit: 1000) }
        #expect(left.filter(created.contains).isEmpty)
        try await store.close()
    }

    @Test("an order the marketplace does not know waits long; a dead host waits briefly")
    func backsOff() async throws {
        let folder = try TemporaryDirectory("fetcher-unknown")
        let harness = try SimulatorHarness(orders: 3)
        let store = try await StoreConnection.open(path: folder.file("store.db"))
        let now = OrderFetcher.wallClock()
        try await store.perform { try Self.journal(orderId: "CS-NOT-IN-WORLD", into: $0, at: now) }
        let client = try MarketClient(validating: harness.clientConfiguration(timeout: 5))
        let fetcher = OrderFetcher(client: client, store: store, clock: { now })
        var attempts: [String: Int] = [:]
        let round = try await fetcher.fetchDue(attempts: &attempts)
        #expect(round.failed == ["CS-NOT-IN-WORLD"] && round.fetched.isEmpty)
        // A refusal waits at least half the refusal backoff's first step (jitter), and at most the step.
        let refusal = OrderFetcher.Policy().refusalBackoff.initial
        let soon = try await store.perform { try $0.dueOrderFetches(at: now.adding(seconds: Int64(refusal / 2) - 1),
                                                                    limit: 10) }
        #expect(soon.isEmpty)
        let later = try await store.perform { try $0.dueOrderFetches(at: now.adding(seconds: Int64(refusal) + 1),
                                                                     limit: 10) }
        #expect(later == ["CS-NOT-IN-WORLD"])
        #expect(attempts["CS-NOT-IN-WORLD"] == 1)

        // The same order against a closed port: a transport error, tried again within the transient step.
        var dead = harness.clientConfiguration(timeout: 1)
        dead.baseURL = "http://127.0.0.1:1"
        dead.maxAttempts = 1
        let unreachable = OrderFetcher(client: try MarketClient(validating: dead), store: store,
                                       clock: { now.adding(seconds: Int64(refusal) + 1) })
        let second = try await unreachable.fetchDue(attempts: &attempts)
        #expect(second.failed == ["CS-NOT-IN-WORLD"])
        let transient = OrderFetcher.Policy().transientBackoff
        // Two failures: the second step of the transient backoff, at most twice its first.
        let back = now.adding(seconds: Int64(refusal) + 1 + Int64(transient.initial * 2) + 1)
        #expect(try await store.perform { try $0.dueOrderFetches(at: back, limit: 10) } == ["CS-NOT-IN-WORLD"])
        try await store.close()
    }

    @Test("run stops promptly when cancelled")
    func stopsOnCancel() async throws {
        let folder = try TemporaryDirectory("fetcher-cancel")
        let harness = try SimulatorHarness(orders: 3)
        let store = try await StoreConnection.open(path: folder.file("store.db"))
        let now = OrderFetcher.wallClock()
        try await store.perform { try Self.journal(orderId: "CS-CANCEL-1", into: $0, at: now) }
        var policy = OrderFetcher.Policy()
        policy.pollSeconds = 3600
        let fetcher = OrderFetcher(client: try MarketClient(validating: harness.clientConfiguration(timeout: 5)),
                                   store: store, policy: policy)
        let task = Task(executorPreference: Exclusive.executor) { await fetcher.run() }
        // The first round has run once the order left the due queue (refused: unknown to the world).
        #expect(await waitUntilAsync(timeout: 20, pollEvery: 0.01) {
            (try? await store.perform { try $0.dueOrderFetches(at: now, limit: 10) })?.isEmpty == true
        })
        let started = Date()
        task.cancel()
        await task.value
        #expect(Date().timeIntervalSince(started) < 1, "took \(Date().timeIntervalSince(started)) s")
        try await store.close()
    }

    /// A failed create for `orderId`, journalled as the relay would: the store derives the order and queues it.
    static func journal(orderId: String, into store: LocalStore, at now: Timestamp) throws {
        let callId = "C-test-" + orderId
        let body = #"{"activity":"newInstance","orderId":"\#(orderId)","orderLineId":"\#(orderId)-000001"}"#
        try store.recordArrival(JournalArrival(
            callId: callId, origin: .marketplace, receivedAt: now, method: "POST", path: "/produce", query: "",
            headers: [], body: body, peer: "127.0.0.1:1", activity: "newInstance", interfaceVersion: .v2,
            orderId: orderId, orderLineId: orderId + "-000001", instanceId: nil, license: nil, eventId: nil,
            testFlag: false, signature: .ok, signatureWork: ""))
        try store.recordAnswer(callId: callId, JournalAnswer(
            answeredAt: now, latencyMs: 1, status: 500, headers: [], body: "", bodyTruncated: false,
            transportError: nil, outcome: .failure, failureKind: .httpStatus, failureDetail: "HTTP 500",
            resultCode: nil, answeredInstanceId: nil))
    }
}
