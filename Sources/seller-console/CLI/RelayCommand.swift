import CommandArguments
import Foundation
import HTTPServer
import Localization
import MarketClient
import Profiles
import Relay
import SellerCore

/// `seller-console relay`: the relay in front of the seller's production interface (issue 12, Build §1). It
/// prints one line with its address when it listens, journals every call to the profile's store, and prints a
/// summary when SIGINT or SIGTERM stops it (calls in flight finish first).
enum RelayCommand {
    static let usage = """
        usage: seller-console relay --upstream URL [--listen HOST:PORT] [--key KEY] [--enforce-signature]
                                    [--store PATH] [--profile P] [--body-limit BYTES] [--max-calls N]
                                    [--timeout S]
          --upstream URL       the seller's production interface (https, or http to loopback); default: the
                               profile's relay_upstream
          --listen HOST:PORT   where the marketplace's calls arrive (default: the profile's relay_listen, else
                               127.0.0.1:8090); HOST is an IPv4 address, and anything but loopback should sit
                               behind your TLS terminator
          --key KEY            the interface's access key, to judge signatures and V1 Body-Sign (default:
                               SELLER_CONSOLE_PRODUCTION_KEY, then production_key in the profile's credentials)
          --enforce-signature  answer a call whose signature fails with 000001 instead of forwarding it
          --store PATH         the journal's store (default: the profile's store)
          --body-limit BYTES   the largest call body, 1024 to 67108864 (default 1048576; larger: 413)
          --max-calls N        calls served at once, 1 to 1024 (default 64; more: 503)
          --timeout S          how long the upstream may take, 0.1 to 86400 (default 20, the marketplace's own)
          When the upstream gives no answer the marketplace gets HTTP 502 with one line of text.
          With AK/SK in the profile, the orders calls name are fetched from the open API (order/query) in
          the background; the start line says whether that runs.
        """

    static let ranges = NumericOption.ranges.merging([
        "--body-limit": .whole(1024...(64 << 20)), "--max-calls": .whole(1...1024),
    ]) { current, _ in current }


    static func run(_ arguments: [String]) async throws(Arguments.UsageError) -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        let (configuration, storePath, profile) = try parse(arguments, environment: environment)
        let orders = OrderFetchStart.client(profile: profile, storePath: storePath, environment: environment)
        return await serve(configuration, storePath: storePath, orders: orders)
    }

    /// The relay's configuration, the journal's store path and the profile named, or the usage error.
    static func parse(_ arguments: [String], environment: [String: String]) throws(Arguments.UsageError)
        -> (RelayConfiguration, String, String?) {
        let options = try Arguments(arguments, options: ["--upstream", "--listen", "--key", "--store", "--profile",
                                                         "--body-limit", "--max-calls", "--timeout"],
                                    flags: ["--enforce-signature"], ranges: ranges)
        let profile: (settings: RelaySettings, storePath: String, site: Site)
        do {
            profile = try ProfileResolver.resolveRelay(name: options.value("--profile"),
                                                       storePath: options.value("--store"), environment: environment)
        } catch {
            throw .init(description: "\(error)")
        }
        guard let upstream = options.value("--upstream") ?? profile.settings.upstream, !upstream.isEmpty else {
            throw .init(description: "--upstream URL is required (or relay_upstream in the profile)")
        }
        do throws(ClientError) {
            try ClientConfiguration(baseURL: upstream, accessKey: "", secretKey: "").validate()
        } catch {
            throw .init(description: "--upstream: \(error)")
        }
        var configuration = RelayConfiguration(upstream: upstream)
        (configuration.listenHost, configuration.listenPort) = try listen(
            options.value("--listen") ?? profile.settings.listen ?? "127.0.0.1:8090")
        configuration.accessKey = options.value("--key") ?? profile.settings.productionKey
        if configuration.accessKey?.isEmpty == true { throw .init(description: "--key must not be empty") }
        configuration.enforceSignature = options.has("--enforce-signature")
        if configuration.enforceSignature && configuration.accessKey == nil {
            throw .init(description: "--enforce-signature needs the access key (--key)")
        }
        if let limit = options.integer("--body-limit") { configuration.bodyLimit = limit }
        if let calls = options.integer("--max-calls") { configuration.maxActiveRequests = calls }
        if let timeout = options.number("--timeout") { configuration.upstreamTimeout = timeout }
        configuration.journalLogDirectory = StoreJournal.logDirectory(forStore: profile.storePath)
        return (configuration, profile.storePath, options.value("--profile"))
    }

    /// `HOST:PORT` with an IPv4 literal host.
    static func listen(_ text: String) throws(Arguments.UsageError) -> (String, UInt16) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let port = UInt16(parts[1]),
              HTTPServerConfiguration.isBindableAddress(String(parts[0])) else {
            throw .init(description: "--listen must be HOST:PORT with an IPv4 host, e.g. 127.0.0.1:8090 "
                        + "(got \(text.prefix(64)))")
        }
        return (String(parts[0]), port)
    }

    /// `orders` is the open API's client for the order fetcher, or why it does not run (no AK/SK).
    static func serve(_ base: RelayConfiguration, storePath: String,
                      orders: OrderFetchStart.Setup) async -> Int32 {
        var configuration = base
        configuration.onLostWrite = { count, reason in
            // The first loss, then one line per hundred: visible without flooding the terminal.
            if count == 1 || count % 100 == 0 {
                Console.error(ProbeRelayText.journalLost(count, String(reason.prefix(200))))
            }
        }
        let signals = TerminationSignals()
        let relay = Relay(configuration: configuration, journal: StoreJournal.opener(path: storePath))
        let address: String
        do {
            address = try relay.start()
        } catch {
            Console.error("\(error)")
            return ExitCode.failure
        }
        let closed = relay.summary.closedAtStart
        Console.print(ProbeRelayText.listening(address, upstream: "\(configuration.upstream)", journal: storePath,
                                               closed: closed))
        var fetching: Task<Void, Never>?
        switch orders {
        case .client(let client):
            fetching = await OrderFetchStart.start(client, storePath: storePath)
            Console.print(fetching == nil ? ProbeRelayText.fetchCannotOpen("\(client.baseURL)")
                          : ProbeRelayText.fetchRunning("\(client.baseURL)"))
        case .off(let why):
            Console.print(ProbeRelayText.fetchOff(why.map { String($0.prefix(200)) }))
        }
        // Waiting for the signal and the graceful stop both block, so they run on a thread of their own, never
        // on the cooperative pool.
        let summary = await withCheckedContinuation { (continuation: CheckedContinuation<RelaySummary, Never>) in
            let thread = Thread {
                _ = signals.wait()
                continuation.resume(returning: relay.stop())
            }
            thread.name = "relay-signals"
            thread.start()
        }
        fetching?.cancel()
        await fetching?.value
        Console.print(ProbeRelayText.stopped(summary)(CommandLanguage.current))
        return ExitCode.success
    }
}
