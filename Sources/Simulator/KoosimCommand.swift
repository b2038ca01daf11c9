import Foundation
import SellerCore

/// `koosim`'s command line, parsed here so that `seller-console demo` and tests share it.
public enum KoosimCommand {
    public static let usage = """
        usage: koosim --port P --ak AK --sk SK [--seed S] [--orders N] [--faults R] [--hostile R] [--tick S]
                      [--epoch yyyyMMddHHmmss] [--stall-seconds S] [--production-url URL]
                      [--production-key KEY] [--upload-dir DIR]

          --port P       port on 127.0.0.1 to serve (0 picks a free one)
          --ak, --sk     the access key pair requests must be signed with (APIG SDK-HMAC-SHA256)
          --seed S       seed of the generated world (default 1)
          --orders N     orders in the world, 0…1000000 (default 3000); other records are proportional
          --faults R     share of requests that fail: 500, 503, 429, reset, stall, truncated body (0…1)
          --hostile R    share of records with control characters, escapes, invalid UTF-8, huge or bad fields
          --tick S       every S seconds: a new order, a customer message, a requirement, a failure
          --epoch T      the world's "now" (UTC), for reproducible data; default the current minute
          --production-url URL
                         重新启动 really calls the seller's production interface there (V2-signed POST,
                         20 s timeout) and records its answer; without it restarts follow a seeded rule
          --production-key KEY
                         the key that signs those calls (default: the --ak value)
          --upload-dir DIR
                         where deliverable uploads are stored (created if missing, never removed); default
                         a fresh folder in the temporary directory, removed when koosim stops
        """

    public struct UsageError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Parses `arguments` (without the program name).
    public static func parse(_ arguments: [String]) throws(UsageError) -> SimulatorConfiguration {
        var values: [String: String] = [:]
        var index = 0
        let known: Set = ["--port", "--ak", "--sk", "--seed", "--orders", "--faults", "--hostile", "--tick", "--epoch",
                          "--stall-seconds", "--production-url", "--production-key", "--upload-dir"]
        while index < arguments.count {
            let name = arguments[index]
            guard known.contains(name) else { throw UsageError(description: "unknown option \(name)") }
            guard index + 1 < arguments.count else { throw UsageError(description: "\(name) needs a value") }
            values[name] = arguments[index + 1]
            index += 2
        }
        guard let ak = values["--ak"], !ak.isEmpty, let sk = values["--sk"], !sk.isEmpty else {
            throw UsageError(description: "--ak and --sk are required")
        }
        var configuration = SimulatorConfiguration(accessKey: ak, secretKey: sk)
        if let text = values["--port"] {
            guard let port = UInt16(text) else { throw UsageError(description: "--port must be 0…65535") }
            configuration.port = port
        }
        if let text = values["--seed"] {
            guard let seed = UInt64(text) else { throw UsageError(description: "--seed must be a whole number") }
            configuration.seed = seed
        }
        if let text = values["--orders"] {
            guard let orders = Int(text), (0...1_000_000).contains(orders) else {
                throw UsageError(description: "--orders must be 0…1000000")
            }
            configuration.orders = orders
        }
        configuration.faultRate = try rate(values["--faults"], "--faults") ?? 0
        configuration.hostileRate = try rate(values["--hostile"], "--hostile") ?? 0
        if let text = values["--tick"] {
            guard let seconds = Double(text), seconds > 0 else { throw UsageError(description: "--tick must be > 0") }
            configuration.tickSeconds = seconds
        }
        if let text = values["--stall-seconds"] {
            guard let seconds = Double(text), seconds >= 0 else { throw UsageError(description: "--stall-seconds must be ≥ 0") }
            configuration.stallSeconds = seconds
        }
        if let text = values["--epoch"] {
            guard let epoch = Timestamp(koogallery: text) else {
                throw UsageError(description: "--epoch must be yyyyMMddHHmmss (UTC)")
            }
            configuration.epoch = epoch
        }
        if let text = values["--production-url"] {
            guard let url = URL(string: text), ["http", "https"].contains(url.scheme?.lowercased() ?? ""),
                  url.host?.isEmpty == false else {
                throw UsageError(description: "--production-url must be an http:// or https:// URL")
            }
            configuration.productionURL = url
        }
        if let key = values["--production-key"] {
            guard !key.isEmpty else { throw UsageError(description: "--production-key must not be empty") }
            configuration.productionKey = key
        }
        if let path = values["--upload-dir"] {
            guard !path.isEmpty else { throw UsageError(description: "--upload-dir must name a directory") }
            configuration.uploadDirectory = URL(fileURLWithPath: path, isDirectory: true)
        }
        return configuration
    }

    private static func rate(_ text: String?, _ name: String) throws(UsageError) -> Double? {
        guard let text else { return nil }
        guard let value = Double(text), (0...1).contains(value) else {
            throw UsageError(description: "\(name) must be a share between 0 and 1")
        }
        return value
    }
}
