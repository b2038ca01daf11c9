import Foundation
import MarketClient
import SellerStore
import Simulator

/// `seller-console demo`: starts the simulator in-process on a free loopback port with a throwaway key pair,
/// syncs it into a temporary store (or `--store`), and reports what it holds.
enum DemoCommand {
    static let usage = """
        usage: seller-console demo [--orders N] [--seed S] [--faults R] [--hostile R] [--tick S] [--store PATH]
        """

    static func run(_ arguments: [String]) async -> Int32 {
        let options: Arguments
        var configuration: SimulatorConfiguration
        do {
            options = try Arguments(arguments, options: ["--orders", "--seed", "--faults", "--hostile", "--tick", "--store"])
            var simulatorArguments = ["--port", "0", "--ak", "demo-ak", "--sk", demoSecret()]
            for name in ["--orders", "--seed", "--faults", "--hostile", "--tick"] {
                if let value = options.value(name) { simulatorArguments += [name, value] }
            }
            configuration = try KoosimCommand.parse(simulatorArguments)
        } catch {
            Console.error("\(error)\n\(usage)")
            return ExitCode.usage
        }
        let storePath = options.value("--store")
            ?? NSTemporaryDirectory() + "seller-console-demo-\(ProcessInfo.processInfo.processIdentifier).db"
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
        Console.print("simulator: \(baseURL) (\(configuration.orders) orders, seed \(configuration.seed))")
        Console.print("store:     \(storePath)")
        let temporary = options.value("--store") == nil
        defer {
            if temporary {
                LocalStore.removeFiles(at: storePath)
            }
        }
        var client = ClientConfiguration(baseURL: baseURL, accessKey: configuration.accessKey,
                                         secretKey: configuration.secretKey)
        client.timeout = 10
        return await SyncCommand.sync(configuration: client, storePath: storePath)
    }

    /// A fresh secret per run: the demo's key pair never leaves the process.
    static func demoSecret() -> String { UUID().uuidString.replacingOccurrences(of: "-", with: "") }
}
