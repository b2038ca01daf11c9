import Foundation
import SellerCore
import Simulator

/// `benchmark-relay --sync-orders N`: a sync of N orders from a simulator in this process, into the relay's own
/// store file through a connection of its own, running while the calls are driven; so the relay's added latency
/// can be compared with and without a sync competing for the store's write lock (issue 15, item 5).
final class RelayBenchmarkSync: Sendable {
    private let simulator: MarketSimulator
    private let task: Task<BenchmarkSync.Outcome, Error>
    let orders: Int

    /// Starts the simulator and the sync at once; the sync runs until `finish` collects it.
    init(orders: Int, storePath: String) throws {
        var configuration = SimulatorConfiguration(accessKey: "bench-ak", secretKey: DemoCommand.demoSecret())
        configuration.orders = orders
        let simulator = MarketSimulator(configuration: configuration)
        let sync = BenchmarkSync(baseURL: try simulator.start(), accessKey: configuration.accessKey,
                                 secretKey: configuration.secretKey, storePath: storePath)
        self.simulator = simulator
        self.orders = orders
        task = Task { try await sync.run() }
    }

    /// Waits for the sync to end, stops the simulator and returns the report's line.
    func finish() async -> (line: String, failed: Bool) {
        defer { simulator.stop() }
        do {
            let outcome = try await task.value
            let orders = outcome.summary[.orders]
            return ("  sync:              \(orders.added) orders in \(String(format: "%.2f", orders.seconds)) s = "
                        + "\(outcome.ordersPerSecond) orders/s (into the relay's store, during the calls)", false)
        } catch {
            return ("  sync:              failed: \(error)", true)
        }
    }
}
