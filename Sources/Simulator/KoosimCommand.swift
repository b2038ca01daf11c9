import CommandArguments
import Foundation
import MarketClient
import SellerCore

/// `koosim`'s command line, parsed in the library so that tests can check it without starting a process.
public enum KoosimCommand {
    public static let usage = """
        usage: koosim --port P --ak AK --sk SK [--seed S] [--orders N] [--faults R] [--hostile R] [--tick S]
                      [--epoch yyyyMMddHHmmss] [--stall-seconds S] [--production-url URL]
                      [--production-key KEY] [--upload-dir DIR]
                      [--call URL --production-key KEY [--calls N] [--calls-per-second R] [--retry-scale F]
                       [--call-interfaces LIST] [--call-log PATH]]
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
          --call URL     play the marketplace: send the calls the world produces (new orders, renewals,
                         expiry, freeze/unfreeze, release, upgrades, licences) to the seller's production URL,
                         signed with --production-key for each product's interface family, retrying failures
                         by the published policy; failed scenarios appear on the gateway's exception list
          --calls N      marketplace calls to make, retries included, 1…10000000 (default 100)
          --calls-per-second R
                         pace of the calls, 0.01…10000 (default 5)
          --retry-scale F
                         compresses retry intervals and windows, 0.00001…1 (default 1; 0.001 makes an hour 3.6 s);
                         the call timeout is 20 s times F, at least 1 s
          --call-interfaces LIST
                         families products are drawn from, comma-separated: \(ISVInterface.allCases.map(\.rawValue)
                             .joined(separator: ","))
                         (default all)
          --call-log PATH
                         when the calls are done, write the simulator's record of them there, one JSON line per
                         scenario (activity and target, every attempt with its outcome)
        """

    /// A command line koosim cannot use; printed with the usage, exit 2.
    public typealias UsageError = Arguments.UsageError

    static let options: Set<String> = ["--port", "--ak", "--sk", "--seed", "--orders", "--faults", "--hostile", "--tick",
                                       "--epoch", "--stall-seconds", "--production-url", "--production-key",
                                       "--upload-dir", "--call", "--calls", "--calls-per-second", "--retry-scale",
                                       "--call-interfaces", "--call-log"]

    /// The ranges of the `--call` options, beside the shared ones.
    static let ranges = NumericOption.ranges.merging([
        "--calls": .whole(1...10_000_000), "--calls-per-second": .number(0.01...10_000),
        "--retry-scale": .number(0.000_01...1),
    ]) { shared, _ in shared }

    /// Parses `arguments` (without the program name) with the parser `seller-console` uses, so the numeric
    /// options are checked against the same documented ranges.
    public static func parse(_ arguments: [String]) throws(UsageError) -> SimulatorConfiguration {
        let values = try Arguments(arguments, options: options, ranges: ranges)
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
        configuration.call = try callSettings(values, productionKey: configuration.productionKey)
        return configuration
    }

    /// `--call` and its options; nil without `--call`, which the other call options then need.
    static func callSettings(_ values: Arguments, productionKey: String?) throws(UsageError) -> MarketplaceCallSettings? {
        guard let url = values.value("--call") else {
            let stray = ["--calls", "--calls-per-second", "--retry-scale", "--call-interfaces", "--call-log"]
                .filter { values.value($0) != nil }
            guard stray.isEmpty else { throw UsageError(description: "\(stray[0]) needs --call URL") }
            return nil
        }
        do {
            try ClientConfiguration(baseURL: url, accessKey: "", secretKey: "").validate()
        } catch {
            throw UsageError(description: "--call: \(error)")
        }
        guard let productionKey else { throw UsageError(description: "--call needs --production-key KEY") }
        var settings = MarketplaceCallSettings(url: url, accessKey: productionKey)
        if let calls = values.integer("--calls") { settings.calls = calls }
        if let rate = values.number("--calls-per-second") { settings.callsPerSecond = rate }
        if let scale = values.number("--retry-scale") { settings.retryScale = scale }
        if let list = values.value("--call-interfaces") {
            var families: [ISVInterface] = []
            for name in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                guard let family = ISVInterface(rawValue: name) else {
                    throw UsageError(description: "--call-interfaces: \(name.prefix(40)) is not one of "
                                     + ISVInterface.allCases.map(\.rawValue).joined(separator: ", "))
                }
                if !families.contains(family) { families.append(family) }
            }
            guard !families.isEmpty else { throw UsageError(description: "--call-interfaces names no family") }
            settings.families = families
        }
        if let path = values.value("--call-log") {
            guard !path.isEmpty else { throw UsageError(description: "--call-log must name a file") }
            settings.logURL = URL(fileURLWithPath: path)
        }
        return settings
    }
}
