import Foundation
import SellerStore
import Simulator
import Sync
import TestSupport
import Testing

/// `seller-console relay` runs the order fetcher when the profile has AK/SK: the marketplace's calls pass
/// through the relay binary, and the orders they name are fetched from the (simulated) open API into the store.
/// Without keys the start line says the fetcher does not run.
@Suite("order fetcher in relay", .exclusive, .serialized, .tags(.heavy))
struct OrderFetcherRelayCommandTests {
    static func binary() throws -> String { try #require(BuiltExecutable.path("seller-console")) }

    /// The relay's address from its start line, once it printed one.
    static func address(_ output: String) -> String? {
        guard let range = output.range(of: "relay listening on ") else { return nil }
        return String(output[range.upperBound...].prefix { $0 != " " })
    }

    @Test("with AK/SK the relay fetches the orders its calls name; without them it says the fetcher is off")
    func relayFetches() async throws {
        let folder = try TemporaryDirectory("relay-fetch")
        let key = "relay-fetch-production-key"
        let isv = SampleProductionInterface(configuration: SampleISVConfiguration(accessKey: key))
        let isvURL = try isv.start()
        defer { isv.stop() }
        let harness = try SimulatorHarness(orders: 5)
        let config = folder.file("config/seller-console")
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        try "[profile default]\nsite = local\nbase_url = \(harness.baseURL)\n"
            .write(toFile: config + "/config", atomically: true, encoding: .utf8)
        let storePath = folder.file("store.db")
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = folder.file("config")
        environment["XDG_STATE_HOME"] = folder.file("state")
        environment["SELLER_CONSOLE_AK"] = harness.accessKey
        environment["SELLER_CONSOLE_SK"] = harness.secretKey
        let relay = try ChildProcess(try Self.binary(), ["relay", "--upstream", isvURL, "--listen", "127.0.0.1:0",
                                                         "--key", key, "--store", storePath, "--lang", "en"],
                                     environment: environment)
        defer { if relay.isRunning { _ = relay.send(SIGKILL) } }
        // The fetcher's line follows the address once its store connection is open.
        #expect(waitUntil(timeout: 30) { relay.outputSoFar.contains("order fetch:") || !relay.isRunning },
                "\(relay.errorsSoFar)")
        #expect(relay.outputSoFar.contains("order fetch: running"), "\(relay.outputSoFar)")
        let address = try #require(Self.address(relay.outputSoFar))

        // The marketplace calls through the relay binary, about orders it adds to the simulator's world, so the
        // simulator's open API knows them.
        var call = MarketplaceCallSettings(url: address, accessKey: key)
        call.calls = 10
        call.callsPerSecond = 100
        call.families = [.saasV2]
        let caller = MarketplaceCaller(settings: call, world: harness.simulator.world)
        await caller.run()
        let created = Set(caller.callLedger().filter { $0.activity == .newInstance }.map(\.orderId))
        try #require(!created.isEmpty)
        // The fetcher's first look is at its start and then every 2 s; the journal reaches the store at once.
        let fetched = await waitUntilAsync(timeout: 30, pollEvery: 0.1) {
            let stored = try? await StoreConnection.using(path: storePath, readOnly: true) { store in
                try await store.perform { store in
                    try created.allSatisfy { try store.order(id: $0)?.buyer.customerId.isEmpty == false }
                        // Fetched, not merely put off: a failed fetch stays queued for a later time.
                        && (try store.dueOrderFetches(at: OrderFetcher.wallClock().adding(seconds: 86_400 * 30),
                                                      limit: 1000)).filter(created.contains).isEmpty
                }
            }
            return stored == true
        }
        #expect(fetched, "the relay's fetcher did not fetch \(created.sorted())")
        _ = relay.send(SIGTERM)
        let outcome = try relay.wait(timeout: 30)
        #expect(outcome.status == 0, "\(outcome.errors)")

        environment["SELLER_CONSOLE_AK"] = nil
        environment["SELLER_CONSOLE_SK"] = nil
        let keyless = try ChildProcess(try Self.binary(), ["relay", "--upstream", isvURL, "--listen", "127.0.0.1:0",
                                                           "--store", storePath, "--lang", "zh"],
                                       environment: environment)
        defer { if keyless.isRunning { _ = keyless.send(SIGKILL) } }
        #expect(waitUntil(timeout: 30) { keyless.outputSoFar.contains("订单获取：未运行（配置 default 没有访问密钥") },
                "\(keyless.outputSoFar) \(keyless.errorsSoFar)")
        _ = keyless.send(SIGTERM)
        #expect(try keyless.wait(timeout: 30).status == 0)
    }
}
