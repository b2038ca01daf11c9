import CommandArguments
import Foundation
import SellerCore

/// `koosim`'s command line, parsed in the library so that tests can check it without starting a process.
public enum KoosimCommand {
    public static let usage = """
        usage: koosim --port P --ak AK --sk SK [--seed S] [--orders N] [--faults R] [--hostile R] [--tick S]
                      [--epoch yyyyMMddHHmmss] [--stall-seconds S] [--production-url URL]
                      [--production-key KEY] [--upload-dir DIR]
               koosim isv --help    (a sample seller production interface)

          --port P       port on 127.0.0.1 to serve, 0 to 65535 (0 picks a free one)
          --ak, --sk     the access key pair requests must be signed with (APIG SDK-HMAC-SHA256)
          --seed S       seed of the generated world (default 1)
          --orders N     orders in the world, 0…1000000 (default 3000); other records are proportional
          --faults R     share of requests that fail: 500, 503, 429, reset, stall, truncated body (0…1)
          --hostile R    share of records with control characters, escapes, invalid UTF-8, huge or bad fields
          --tick S       every S seconds (0.1 to 86400): a new order, a customer message, a requirement, a failure
          --stall-seconds S
                         how long a stalled request hangs before its connection closes, 0 to 86400 (default 35)
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

    /// A command line koosim cannot use; printed with the usage, exit 2.
    public typealias UsageError = Arguments.UsageError

    static let options: Set<String> = ["--port", "--ak", "--sk", "--seed", "--orders", "--faults", "--hostile", "--tick",
                                       "--epoch", "--stall-seconds", "--production-url", "--production-key",
                                       "--upload-dir"]

    /// Parses `arguments` (without the program name) with the parser `seller-console` uses, so the numeric
    /// options are checked against the same documented ranges.
    public static func parse(_ arguments: [String]) throws(UsageError) -> SimulatorConfiguration {
        let values = try Arguments(arguments, options: options)
        guard let ak = values.value("--ak"), !ak.isEmpty, let sk = values.value("--sk"), !sk.isEmpty else {
            throw UsageError(description: "--ak and --sk are required")
        }
        var configuration = SimulatorConfiguration(accessKey: ak, secretKey: sk)
        if let port = values.integer("--port") { configuration.port = UInt16(clamping: port) }
        if let seed = values.unsigned("--seed") { configuration.seed = seed }
        if let orders = values.integer("--orders") { configuration.orders = orders }
        configuration.faultRate = values.number("--faults") ?? 0
        configuration.hostileRate = values.number("--hostile") ?? 0
        configuration.tickSeconds = values.number("--tick")
        if let seconds = values.number("--stall-seconds") { configuration.stallSeconds = seconds }
        if let text = values.value("--epoch") {
            guard let epoch = Timestamp(koogallery: text) else {
                throw UsageError(description: "--epoch must be yyyyMMddHHmmss (UTC)")
            }
            configuration.epoch = epoch
        }
        if let text = values.value("--production-url") {
            guard let url = URL(string: text), ["http", "https"].contains(url.scheme?.lowercased() ?? ""),
                  url.host?.isEmpty == false else {
                throw UsageError(description: "--production-url must be an http:// or https:// URL")
            }
            configuration.productionURL = url
        }
        if let key = values.value("--production-key") {
            guard !key.isEmpty else { throw UsageError(description: "--production-key must not be empty") }
            configuration.productionKey = key
        }
        if let path = values.value("--upload-dir") {
            guard !path.isEmpty else { throw UsageError(description: "--upload-dir must name a directory") }
            configuration.uploadDirectory = URL(fileURLWithPath: path, isDirectory: true)
        }
        return configuration
    }
}
