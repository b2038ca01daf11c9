import CommandArguments
import ConsoleRuntime
import Foundation
import MarketClient
import SellerStore
import Sync
import Simulator

/// `seller-console demo`: starts the simulator in-process on a free loopback port with a throwaway key pair
/// and opens the console on a temporary store (or `--store`), which syncs from it in the background, so
/// the first screen is up at once and fills as pages arrive. `--sync-only` (or no terminal) syncs and
/// prints a summary instead. Unless `--no-relay`, the simulator also plays the marketplace: its calls go through
/// a relay journalling into the same store to a sample interface that fails a share of them (`DemoCalls`).
enum DemoCommand {
    static let usage = """
        usage: seller-console demo [--orders N] [--seed S] [--faults R] [--hostile R] [--tick S] [--store PATH]
                                   [--no-relay] [--call-rate R] [--isv-fail RATE] [--sync-only] [console options]

        Starts the bundled marketplace simulator and opens the console on it. The simulator also plays the
        marketplace: its calls go through a relay, journalled into the same store, to a sample production
        interface (koosim isv) that fails a share of them, so the Calls and Exceptions tabs fill live.
          --orders N    orders in the simulated marketplace (default 3000; scales to 1000000)
          --seed S      seed of the simulated data (same seed, same data)
          --faults R    share of requests that fail (0–1), to watch retries
          --hostile R   share of records carrying hostile text (escape sequences, invalid UTF-8, huge fields)
          --tick S      every S seconds new orders, failures and messages appear
          --store PATH  keep the store at PATH (default: a temporary file removed on exit)
          --no-relay    the simulator does not call the seller: no relay, no sample interface, gateway data only
          --call-rate R the marketplace's calls per second through the relay (default 3; 0.1–100)
          --isv-fail RATE
                        share of calls the sample interface (koosim isv) fails (0–1, default 0.2)
          --sync-only   sync and print a summary, without opening the console
        console options:
        \(ConsoleOptions.usage)
        """

    static func run(_ arguments: [String]) async throws(Arguments.UsageError) -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        let options = try Arguments(arguments, options: ConsoleOptions.optionNames.union(
                                        ["--orders", "--seed", "--faults", "--hostile", "--tick", "--store",
                                         "--call-rate", "--isv-fail"]),
                                    flags: ConsoleOptions.flagNames.union(["--sync-only", "--no-relay"]),
                                    ranges: ranges)
        var configuration = simulatorConfiguration(options)
        removeAbandonedStores()
        let storePath = options.value("--store")
            ?? NSTemporaryDirectory() + storePrefix + "\(ProcessInfo.processInfo.processIdentifier).db"
        let temporary = options.value("--store") == nil
        defer {
            if temporary { LocalStore.removeFiles(at: storePath) }
        }
        configuration.spoolDirectory = URL(fileURLWithPath: NSTemporaryDirectory(), isDirectory: true)
        let calls: DemoCalls?
        do {
            calls = options.has("--no-relay") ? nil : try DemoCalls(settings: DemoCalls.settings(options),
                                                                    storePath: storePath)
        } catch {
            Console.error("cannot start the relay and the sample interface: \(error)")
            return ExitCode.failure
        }
        configuration.call = calls?.callSettings
        let simulator = MarketSimulator(configuration: configuration)
        let baseURL: String
        do {
            baseURL = try simulator.start()
        } catch {
            Console.error("cannot start the simulator: \(error)")
            await calls?.stop()
            return ExitCode.failure
        }
        // Seeded files are only described; these few really download (`s` in a task's detail).
        simulator.attachSamples(count: 12)
        var client = ClientConfiguration(baseURL: baseURL, accessKey: configuration.accessKey,
                                         secretKey: configuration.secretKey)
        client.timeout = 10
        await calls?.startFetcher(client: client, storePath: storePath)
        let status = await session(options, environment: environment, configuration: configuration,
                                   client: client, storePath: storePath, calls: calls)
        // The marketplace stops calling first, then the relay lets its calls finish, then the rest.
        simulator.stop()
        await calls?.stop()
        return status
    }

    /// The console on the demo's store, or (`--sync-only`, no terminal) a sync and a summary.
    private static func session(_ options: Arguments, environment: [String: String],
                                configuration: SimulatorConfiguration, client: ClientConfiguration,
                                storePath: String, calls: DemoCalls?) async -> Int32 {
        let interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
        if options.has("--sync-only") || !interactive {
            if !interactive && !options.has("--sync-only") {
                Console.print(DemoText.notATerminal)
            }
            Console.print(DemoText.simulator("\(client.baseURL)", orders: configuration.orders,
                                             seed: configuration.seed))
            Console.print(DemoText.store(storePath))
            Console.print(calls?.line ?? DemoText.noCalls)
            let status = await SyncCommand.sync(configuration: client, storePath: storePath)
            if let calls { Console.print(DemoText.journalled(calls.relay.summary.calls)) }
            return status
        }
        var console = ConsoleOptions(options, environment: environment).configuration(
            storePath: storePath, client: client, profileTheme: nil, profile: nil,
            refreshSeconds: configuration.tickSeconds.map { max(5, Int($0.rounded(.up))) } ?? 60,
            environment: environment)
        // `R` replays to the demo's sample interface with its key, not to the profile's.
        console.replay = calls.map { ReplayTarget(upstream: $0.isvURL, productionKey: $0.key) }
        // The demo remembers its tab and filters in a file of its own, never in the seller's.
        let memoryPath = NSTemporaryDirectory() + storePrefix + "\(ProcessInfo.processInfo.processIdentifier).state"
        console.viewMemory = ViewMemoryFile(path: memoryPath, profile: "demo")
        defer { unlink(memoryPath) }
        return await ConsoleOptions.openConsole(console)
    }

    /// `--call-rate` and `--isv-fail` beside the shared ranges.
    static let ranges = NumericOption.ranges.merging([
        "--call-rate": .number(0.1...100), "--isv-fail": .number(0...1),
    ]) { current, _ in current }

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
