import CommandArguments
import Foundation
import Localization
import MarketClient
import Relay
import Simulator

/// The demo's production-interface chain (issue 12, Build §9): a sample seller interface (`koosim isv`) that fails
/// a share of calls, the relay in front of it journalling into the demo's store, and the order fetcher asking the
/// simulator's open API for the orders the journal first saw. The simulator's marketplace caller (set up by
/// `callSettings`) sends its calls to the relay, so the Calls and 接口异常 tabs fill live.
final class DemoCalls {
    /// What the chain's options asked for.
    struct Settings {
        var callsPerSecond = 3.0
        var isvFailRate = 0.2
        /// An hour of the published retry policies lasts 18 s, so the marketplace's retries show within a minute.
        var retryScale = 0.005
        var interface = ISVInterface.saasV2
        /// Which calls the interface fails (the demo's `--seed`, so a run can be repeated).
        var seed: UInt64 = 1
    }

    let settings: Settings
    let key: String
    let isv: SampleProductionInterface
    let relay: Relay
    let isvURL: String
    let relayURL: String
    private var fetching: Task<Void, Never>?

    /// The chain's options, their ranges checked by `Arguments`.
    static func settings(_ options: Arguments) -> Settings {
        var settings = Settings()
        if let rate = options.number("--call-rate") { settings.callsPerSecond = rate }
        if let rate = options.number("--isv-fail") { settings.isvFailRate = rate }
        if let seed = options.unsigned("--seed") { settings.seed = seed }
        return settings
    }

    /// Starts the interface and the relay (journalling into `storePath`); the simulator is started after, with
    /// `callSettings` pointing its caller at the relay.
    init(settings: Settings, storePath: String) throws {
        self.settings = settings
        key = DemoCommand.demoSecret()
        let timeout = Self.callTimeout(settings)
        var interface = SampleISVConfiguration(accessKey: key, interface: settings.interface)
        interface.failRate = settings.isvFailRate
        interface.seed = settings.seed
        // A slow answer outlasts the marketplace's (compressed) timeout, so it shows as a timeout in the journal.
        interface.slowDelay = timeout + 1
        isv = SampleProductionInterface(configuration: interface)
        isvURL = try isv.start()
        var configuration = RelayConfiguration(upstream: isvURL)
        configuration.accessKey = key
        configuration.upstreamTimeout = timeout
        relay = Relay(configuration: configuration, journal: StoreJournal.opener(path: storePath))
        do {
            relayURL = "http://" + (try relay.start()) + "/"
        } catch {
            isv.stop()
            throw error
        }
    }

    /// What the simulator's marketplace caller sends: to the relay, signed with the interface's key, gently, and
    /// enough calls to keep going for the whole session.
    var callSettings: MarketplaceCallSettings {
        var call = MarketplaceCallSettings(url: relayURL, accessKey: key)
        call.calls = 10_000_000
        call.callsPerSecond = settings.callsPerSecond
        call.retryScale = settings.retryScale
        call.families = [settings.interface]
        call.maxInFlight = 16
        return call
    }

    /// Starts fetching the journal's new orders from the simulator's open API (`client`).
    func startFetcher(client: ClientConfiguration, storePath: String) async {
        var configuration = client
        configuration.maxAttempts = 2
        fetching = await OrderFetchStart.start(configuration, storePath: storePath)
    }

    /// Stops the fetcher (it closes its store connection), then the relay (calls in flight finish and are
    /// journalled), then the interface.
    func stop() async {
        fetching?.cancel()
        await fetching?.value
        relay.stop()
        isv.stop()
    }

    /// The line `--sync-only` prints about the calls.
    var line: Phrase {
        DemoText.calls(relay: relayURL, isv: isvURL, interface: settings.interface.rawValue,
                       failPercent: Int((settings.isvFailRate * 100).rounded()), perSecond: settings.callsPerSecond)
    }

    /// The marketplace's timeout with the demo's compressed time (`MarketplaceCallSettings.timeoutSeconds`).
    static func callTimeout(_ settings: Settings) -> Double {
        var call = MarketplaceCallSettings(url: "", accessKey: "")
        call.retryScale = settings.retryScale
        return call.timeoutSeconds
    }
}
