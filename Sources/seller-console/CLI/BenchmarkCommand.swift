import CommandArguments
import Foundation
import SellerCore
import Simulator
import SellerStore

/// `seller-console benchmark-sync`: measures sync ingest from the simulator into a fresh store and prints the
/// figures (docs/ARCHITECTURE.md §11 budget: ≥ 20,000 orders/s on a release build; docs/PERFORMANCE.md). The
/// simulator runs in this process by default, or with `--separate` as a `koosim` child, the path a seller's
/// `seller-console sync` takes. It measures; it asserts nothing.
enum BenchmarkCommand {
    static let usage = """
        usage: seller-console benchmark-sync [--orders N] [--seed S] [--store PATH] [--separate] [--profile]
          --separate  the simulator is a `koosim` child process (the binary next to this one) on loopback;
                      by default it runs in this process and its CPU counts as this process's
          --profile   also split each kind's wall time into writing its pages to the store, building the
                      indexes a first sync's bulk load left out, and waiting for pages
        """

    static func run(_ arguments: [String]) async throws(Arguments.UsageError) -> Int32 {
        let options = try Arguments(arguments, options: ["--orders", "--seed", "--store"],
                                    flags: ["--separate", "--profile"])
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
        do {
            let report = try await options.has("--separate")
                ? separate(configuration, storePath: storePath, profile: options.has("--profile"))
                : inProcess(configuration, storePath: storePath, profile: options.has("--profile"))
            Console.print(report.text)
            return ExitCode.success
        } catch {
            Console.error("benchmark failed: \(error)")
            return ExitCode.failure
        }
    }

    private static func inProcess(_ configuration: SimulatorConfiguration, storePath: String,
                                  profile: Bool) async throws -> SyncBenchmarkReport {
        let simulator = MarketSimulator(configuration: configuration)
        let baseURL = try simulator.start()
        defer { simulator.stop() }
        let outcome = try await BenchmarkSync(baseURL: baseURL, accessKey: configuration.accessKey,
                                              secretKey: configuration.secretKey, storePath: storePath,
                                              profile: profile).run()
        return SyncBenchmarkReport(configuration: configuration, storePath: storePath, outcome: outcome,
                                   simulator: .inProcess)
    }

    private static func separate(_ configuration: SimulatorConfiguration, storePath: String,
                                 profile: Bool) async throws -> SyncBenchmarkReport {
        let child = try SimulatorChild(configuration)
        let outcome: BenchmarkSync.Outcome
        let ready: CPUTimes?
        do {
            let baseURL = try await child.baseURL()
            ready = child.cpu
            outcome = try await BenchmarkSync(baseURL: baseURL, accessKey: configuration.accessKey,
                                              secretKey: configuration.secretKey, storePath: storePath,
                                              profile: profile).run()
        } catch {
            _ = child.stop(cpuSince: nil)
            throw error
        }
        return SyncBenchmarkReport(configuration: configuration, storePath: storePath, outcome: outcome,
                                   simulator: .child(pid: child.pid, child.stop(cpuSince: ready)))
    }
}
