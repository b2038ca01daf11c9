import CommandArguments
import Foundation
import MarketClient
import SellerCore
import Simulator
import Sync
import SellerStore

/// `seller-console benchmark-sync`: measures sync ingest from the local simulator into a fresh store and prints
/// the figures (docs/ARCHITECTURE.md §11 budget: ≥ 20,000 orders/s on a release build). It measures; it asserts nothing.
enum BenchmarkCommand {
    static let usage = "usage: seller-console benchmark-sync [--orders N] [--seed S] [--store PATH]"

    static func run(_ arguments: [String]) async throws(Arguments.UsageError) -> Int32 {
        let options = try Arguments(arguments, options: ["--orders", "--seed", "--store"])
        var configuration = SimulatorConfiguration(accessKey: "bench-ak", secretKey: DemoCommand.demoSecret())
        configuration.orders = options.integer("--orders") ?? 100_000
        if let seed = options.unsigned("--seed") { configuration.seed = seed }
        let storePath = options.value("--store")
            ?? NSTemporaryDirectory() + "seller-console-bench-\(ProcessInfo.processInfo.processIdentifier).db"
        // Never wipe a store the seller named: the benchmark measures ingest into a fresh file.
        guard !FileManager.default.fileExists(atPath: storePath) else {
            Console.error("\(storePath) already exists; the benchmark needs a path for a fresh store")
            return ExitCode.usage
        }
        defer {
            if options.value("--store") == nil {
                LocalStore.removeFiles(at: storePath)
            }
        }
        let simulator = MarketSimulator(configuration: configuration)
        do {
            let baseURL = try simulator.start()
            defer { simulator.stop() }
            var client = ClientConfiguration(baseURL: baseURL, accessKey: configuration.accessKey,
                                             secretKey: configuration.secretKey)
            client.timeout = 30
            let summary = try await StoreConnection.using(path: storePath) { store in
                try await SyncEngine(client: MarketClient(configuration: client), store: store).run()
            }
            let orders = summary[.orders]
            let total = summary.totalRecords
            Console.print("""
                sync benchmark: \(configuration.orders) orders (seed \(configuration.seed)), fresh store \(storePath)
                  orders:      \(orders.added) in \(format(orders.seconds)) s = \(Int(Double(orders.added) / max(orders.seconds, 1e-9))) orders/s
                  all kinds:   \(total) records in \(format(summary.seconds)) s = \(Int(Double(total) / max(summary.seconds, 1e-9))) records/s
                """)
            for kind in EntityKind.synced {
                Console.print("  \(kind.commandName.padding(toLength: 12, withPad: " ", startingAt: 0)) "
                              + "\(summary[kind].added) in \(format(summary[kind].seconds)) s, \(summary[kind].pages) pages")
            }
            return ExitCode.success
        } catch {
            Console.error("benchmark failed: \(error)")
            return ExitCode.failure
        }
    }

    static func format(_ seconds: Double) -> String { String(format: "%.2f", seconds) }
}
