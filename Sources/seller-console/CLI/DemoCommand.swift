import CommandArguments
import Foundation
import MarketClient
import SellerStore
import Simulator

/// `seller-console demo`: starts the simulator in-process on a free loopback port with a throwaway key pair
/// and opens the console on a temporary store (or `--store`), which syncs from it in the background, so
/// the first screen is up at once and fills as pages arrive. `--sync-only` (or no terminal) syncs and
/// prints a summary instead.
enum DemoCommand {
    static let usage = """
        usage: seller-console demo [--orders N] [--seed S] [--faults R] [--hostile R] [--tick S] [--store PATH]
                                   [--sync-only] [console options]

        Starts the bundled marketplace simulator and opens the console on it.
          --orders N    orders in the simulated marketplace (default 3000; scales to 1000000)
          --seed S      seed of the simulated data (same seed, same data)
          --faults R    share of requests that fail (0–1), to watch retries
          --hostile R   share of records carrying hostile text (escape sequences, invalid UTF-8, huge fields)
          --tick S      every S seconds new orders, failures and messages appear
          --store PATH  keep the store at PATH (default: a temporary file removed on exit)
          --sync-only   sync and print a summary, without opening the console
        console options:
        \(ConsoleOptions.usage)
        """

    static func run(_ arguments: [String]) async throws(Arguments.UsageError) -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        let options = try Arguments(arguments, options: ConsoleOptions.optionNames.union(
                                        ["--orders", "--seed", "--faults", "--hostile", "--tick", "--store"]),
                                    flags: ConsoleOptions.flagNames.union(["--sync-only"]))
        var configuration = simulatorConfiguration(options)
        removeAbandonedStores()
        let storePath = options.value("--store")
            ?? NSTemporaryDirectory() + storePrefix + "\(ProcessInfo.processInfo.processIdentifier).db"
        configuration.spoolDirectory = URL(fileURLWithPath: NSTemporaryDirectory(), isDirectory: true)
        let simulator = MarketSimulator(configuration: configuration)
        let baseURL: String
        do {
            baseURL = try simulator.start()
        } catch {
            Console.error("cannot start the simulator: \(error)")
            return ExitCode.failure
        }
        defer { simulator.stop() }
        let temporary = options.value("--store") == nil
        defer {
            if temporary { LocalStore.removeFiles(at: storePath) }
        }
        var client = ClientConfiguration(baseURL: baseURL, accessKey: configuration.accessKey,
                                         secretKey: configuration.secretKey)
        client.timeout = 10
        let interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
        if options.has("--sync-only") || !interactive {
            if !interactive && !options.has("--sync-only") {
                Console.print("not a terminal: syncing only (the console needs one)")
            }
            Console.print("simulator: \(baseURL) (\(configuration.orders) orders, seed \(configuration.seed))")
            Console.print("store:     \(storePath)")
            return await SyncCommand.sync(configuration: client, storePath: storePath)
        }
        let console = ConsoleOptions(options, environment: environment).configuration(
            storePath: storePath, client: client, profileTheme: nil,
            refreshSeconds: configuration.tickSeconds.map { max(5, Int($0.rounded(.up))) } ?? 60,
            environment: environment)
        return await ConsoleOptions.openConsole(console)
    }

    static let storePrefix = "seller-console-demo-"

    /// The simulator's settings straight from the parsed options (their ranges were checked by `Arguments`):
    /// a free loopback port and a throwaway key pair.
    static func simulatorConfiguration(_ options: Arguments) -> SimulatorConfiguration {
        var configuration = SimulatorConfiguration(accessKey: "demo-ak", secretKey: demoSecret())
        configuration.port = 0
        if let orders = options.integer("--orders") { configuration.orders = orders }
        if let seed = options.unsigned("--seed") { configuration.seed = seed }
        if let faults = options.number("--faults") { configuration.faultRate = faults }
        if let hostile = options.number("--hostile") { configuration.hostileRate = hostile }
        configuration.tickSeconds = options.number("--tick")
        return configuration
    }

    /// Removes temporary stores of earlier demos whose process is gone (killed by a signal, which skips the
    /// removal on exit), so they do not pile up in the temporary folder.
    static func removeAbandonedStores() {
        let folder = NSTemporaryDirectory()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names where name.hasPrefix(storePrefix) && name.hasSuffix(".db") {
            guard let pid = Int32(name.dropFirst(storePrefix.count).dropLast(3)), pid > 0 else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { LocalStore.removeFiles(at: folder + name) }
        }
    }

    /// A fresh secret per run: the demo's key pair never leaves the process.
    static func demoSecret() -> String { UUID().uuidString.replacingOccurrences(of: "-", with: "") }
}
