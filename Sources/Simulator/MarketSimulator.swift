import Foundation
import HTTPServer
import MarketAPI
import SellerCore
import Synchronization

/// The simulated marketplace: a loopback HTTP server over a seeded world, with a clock that makes new events
/// happen. `koosim` runs one until SIGINT/SIGTERM; `seller-console demo` and the tests run one in-process.
public final class MarketSimulator: Sendable {
    public let configuration: SimulatorConfiguration
    public let world: World
    private let server: HTTPServer
    private let router: GatewayRouter
    private let ticker: Ticker?
    /// The marketplace calling the seller's production interface (`--call`), and its running task.
    public let caller: MarketplaceCaller?
    private let calling = Mutex<Task<Void, Never>?>(nil)

    public init(configuration: SimulatorConfiguration, clock: @escaping @Sendable () -> Timestamp = World.wallClock) {
        self.configuration = configuration
        let epoch = configuration.epoch ?? Timestamp(millis: clock().millis / 60_000 * 60_000)
        world = World(seed: configuration.seed, orders: configuration.orders, epoch: epoch,
                      hostileRate: configuration.hostileRate, clock: clock)
        let router = GatewayRouter(world: world, configuration: configuration)
        self.router = router
        var serverConfiguration = HTTPServerConfiguration(port: configuration.port)
        serverConfiguration.spoolDirectory = configuration.spoolDirectory
        serverConfiguration.bodyLimit = { head in
            ActionRouter.bodyLimit(for: head)
                ?? (GatewayPaths.marketEventId(rawPath: head.rawPath) == nil ? nil : MarketEventRoute.maximumBodyBytes)
        }
        serverConfiguration.errorResponse = { status, reason in
            router.error(status, status == 413 ? ResultCodes.payloadTooLarge : ResultCodes.requestParameterError, reason)
        }
        server = HTTPServer(configuration: serverConfiguration) { request in router.handle(request) }
        caller = configuration.call.map { [world] in MarketplaceCaller(settings: $0, world: world) }
        ticker = configuration.tickSeconds.map { [world] seconds in Ticker(every: seconds) { world.tick(round: $0) } }
    }

    /// Starts serving and the clock; returns the base URL, e.g. `http://127.0.0.1:40123`.
    @discardableResult
    public func start() throws -> String {
        let port = try server.start()
        ticker?.start()
        if let caller {
            calling.withLock { task in
                if task == nil { task = Task.detached { await caller.run() } }
            }
        }
        return "http://127.0.0.1:\(port)"
    }

    /// How many requests `--faults` has failed so far (tests check that faults really happened).
    public var injectedFaults: Int { router.faults.injectedCount }

    public var baseURL: String? { server.port.map { "http://127.0.0.1:\($0)" } }

    /// Every action applied so far, in order (replays and refusals are not entries).
    public var appliedActions: [AppliedAction] { router.actions.ledger.all }

    /// How many times the action with this idempotency key was applied: never more than once.
    public func appliedCount(forKey key: String) -> Int { router.actions.ledger.count(forKey: key) }

    /// The files served at their download path.
    var attachments: AttachmentStore { router.attachments }

    /// Where deliverable uploads are stored (see `SimulatorConfiguration.uploadDirectory`).
    public var uploadDirectory: URL { router.actions.uploads.directory }

    /// Waits until the marketplace caller has made its calls and had their answers (at once without `--call`).
    public func callsFinished() async {
        guard let task = calling.withLock({ $0 }) else { return }
        await task.value
    }

    /// The licenses recorded for a `getLicenseAsync` event through the market-event upload: none, or the one
    /// first accepted (repeats of the same upload add nothing).
    public func licenseDeliveries(eventId: String) -> [LicenseDelivery] {
        router.licenses.delivery(eventId: eventId).map { [$0] } ?? []
    }

    /// The caller's record of every scenario and attempt (empty without `--call`).
    public func callLedger() -> [CallScenario] { caller?.callLedger() ?? [] }

    /// Stops the clock, lets in-flight requests finish, and closes the server; removes the upload folder when
    /// the simulator made it.
    public func stop() {
        calling.withLock { $0?.cancel() }
        ticker?.stop()
        server.stop()
        router.actions.uploads.removeOwnedDirectory()
    }
}
