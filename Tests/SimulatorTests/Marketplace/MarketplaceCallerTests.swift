import Foundation
import MarketAPI
import MarketClient
import SellerCore
import Testing
import TestSupport
@testable import Simulator

/// `koosim --call`: the simulated marketplace calls a sample production interface that fails a share of calls,
/// and its ledger, the interface's own record and the gateway's exception list tell the same story.
@Suite("marketplace caller", .exclusive, .serialized)
struct MarketplaceCallerTests {
    static let key = "caller-production-key-0001"
    static let scale = 0.000_05

    /// The misbehaviours a call fails by, as the marketplace judges it.
    static func fails(_ drawn: ISVMisbehaviour?, v1: Bool) -> Bool {
        guard let drawn else { return false }
        switch drawn {
        case .notIdempotent, .acceptsUnsigned: return false
        case .badBodySign: return v1
        default: return true
        }
    }

    struct Run {
        var isv: SampleProductionInterface
        var simulator: MarketSimulator
    }

    static func run(_ family: ISVInterface, calls: Int, failRate: Double,
                    configure: (inout MarketplaceCallSettings) -> Void = { _ in }) async throws -> Run {
        var isvConfiguration = SampleISVConfiguration(accessKey: key, interface: family)
        isvConfiguration.failRate = failRate
        isvConfiguration.seed = 3
        isvConfiguration.slowDelay = 1.3
        let isv = SampleProductionInterface(configuration: isvConfiguration)
        let url = try isv.start()
        var configuration = SimulatorConfiguration(accessKey: "ak", secretKey: "sk")
        configuration.orders = 50
        configuration.seed = 11
        configuration.epoch = Timestamp(koogallery: "20261123080000")
        var settings = MarketplaceCallSettings(url: url, accessKey: key)
        settings.calls = calls
        settings.callsPerSecond = 250
        settings.retryScale = scale
        settings.families = [family]
        configure(&settings)
        configuration.call = settings
        let simulator = MarketSimulator(configuration: configuration)
        try simulator.start()
        await simulator.callsFinished()
        return Run(isv: isv, simulator: simulator)
    }

    /// The scale of the relay's acceptance run: 5,000 calls at 500/s against `--fail 0.2`, counted on both sides.
    /// How long it takes is a figure for `benchmark-relay`, not a test's to assert (a loaded CI machine took 46 s
    /// in debug); the time limit only keeps a run that never ends from waiting forever.
    @Test(.tags(.heavy), .timeLimit(.minutes(5))) func fiveThousandCalls() async throws {
        let run = try await Self.run(.saasV2, calls: 5000, failRate: 0.2) { $0.callsPerSecond = 500 }
        defer { run.simulator.stop(); run.isv.stop() }
        let ledger = run.simulator.callLedger()
        #expect(ledger.reduce(0) { $0 + $1.attempts.count } == 5000)
        Self.checkAgainstWire(ledger, seen: run.isv.calls, calls: 5000, v1: false)
        Self.checkRetries(ledger)
        Self.checkGateway(ledger, world: run.simulator.world)
    }

    /// `--call-log`: one JSON line per scenario, the same attempts as the ledger.
    @Test func callLogHoldsTheLedger() async throws {
        let directory = try TemporaryDirectory("call-log")
        let log = URL(fileURLWithPath: directory.file("calls.jsonl"))
        let run = try await Self.run(.saasV2, calls: 60, failRate: 0.3) { $0.logURL = log }
        defer { run.simulator.stop(); run.isv.stop() }
        let ledger = run.simulator.callLedger()
        let lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == ledger.count)
        var attempts = 0
        for (line, scenario) in zip(lines, ledger) {
            let document = try JSONParser.parse(Array(line.utf8))
            #expect(document["key"]?.stringValue == scenario.key)
            #expect(document["state"]?.stringValue == scenario.state.rawValue)
            guard case .array(let list)? = document["attempts"] else { Issue.record("no attempts"); continue }
            #expect(list.count == scenario.attempts.count)
            attempts += list.count
        }
        #expect(attempts == 60)
    }

    /// The orders the caller created answer `order/query`, and the `eventId`s of its `getLicenseAsync` calls are
    /// ones the market-event upload accepts.
    @Test func openAPIsServeWhatTheCallerCreated() async throws {
        let run = try await Self.run(.onlineLicense, calls: 80, failRate: 0)
        defer { run.simulator.stop(); run.isv.stop() }
        let ledger = run.simulator.callLedger()
        var configuration = ClientConfiguration(baseURL: try #require(run.simulator.baseURL), accessKey: "ak",
                                                secretKey: "sk")
        configuration.maxAttempts = 1
        let client = MarketClient(configuration: configuration)
        for orderId in Set(ledger.map(\.orderId)).sorted().prefix(10) {
            let exchange = try await client.send(method: "GET", path: GatewayPaths.queryOrder,
                                                 query: [("orderId", orderId)])
            let document = try JSONParser.parse(exchange.body)
            #expect(exchange.status == 200 && document["resultCode"]?.stringValue == "MKT.0000", "\(orderId)")
        }
        let events = ledger.filter { $0.activity == .getLicenseAsync }.compactMap(\.eventId)
        #expect(!events.isEmpty)
        for event in events.prefix(3) {
            #expect(run.simulator.caller?.issuedEvent(event) == true)
            try await client.uploadLicense(eventId: event, content: .text("LICENSE-" + event))
            #expect(run.simulator.licenseDeliveries(eventId: event).count == 1)
        }
    }

    @Test(arguments: ISVInterface.allCases)
    func ledgerMatchesWhatTheInterfaceSaw(_ family: ISVInterface) async throws {
        let calls = 240
        let run = try await Self.run(family, calls: calls, failRate: 0.2)
        defer { run.simulator.stop(); run.isv.stop() }
        let ledger = run.simulator.callLedger()
        let seen = run.isv.calls
        #expect(ledger.reduce(0) { $0 + $1.attempts.count } == calls)
        Self.checkAgainstWire(ledger, seen: seen, calls: calls, v1: family.isV1)
        #expect(ledger.reduce(0) { $0 + $1.failedAttempts } > calls / 10, "about a fifth of the calls fail")
        Self.checkRetries(ledger)
        Self.checkGateway(ledger, world: run.simulator.world)
        #expect(Set(ledger.map(\.activity)).count >= (family == .orderNotify ? 1 : 3),
                "the world produces more than creates: \(Set(ledger.map(\.activity)))")
    }

    /// The ledger and the interface's record agree: every call the interface saw verified, every failure but
    /// a timeout is exactly a misbehaviour it was told to make, and a call it never saw (a loaded machine
    /// answering after the 1 s timeout) is a timeout in the ledger.
    static func checkAgainstWire(_ ledger: [CallScenario], seen: [ISVCallRecord], calls: Int, v1: Bool) {
        let attempts = ledger.flatMap(\.attempts)
        let timeouts = attempts.count { $0.verdict.failureKind == .timeout }
        #expect(seen.count <= calls && calls - seen.count <= timeouts, "\(seen.count) of \(calls) seen")
        #expect(!seen.contains { $0.resultCode == "000001" }, "a call was refused for its signature")
        #expect(!seen.contains { $0.drawn == nil && $0.resultCode != nil && $0.resultCode != "000000" })
        let failedOnWire = seen.count { $0.drawn != .slow && Self.fails($0.drawn, v1: v1) }
        let failedInLedger = attempts.count { !$0.verdict.succeeded && $0.verdict.failureKind != .timeout }
        let slow = seen.count { $0.drawn == .slow }
        #expect(timeouts >= slow)
        // A failure drawn on the wire is the same failure in the ledger, unless a loaded machine answered it after
        // the caller's timeout: then it is one of the timeouts no slow draw explains.
        #expect(failedInLedger <= failedOnWire)
        #expect(failedOnWire - failedInLedger <= timeouts - slow,
                "\(failedOnWire) failures drawn, \(failedInLedger) in the ledger, \(timeouts) timeouts, \(slow) slow")
    }

    /// Failures are retried by the activity's policy: never early, never past its count, stopping on success.
    static func checkRetries(_ ledger: [CallScenario]) {
        var retried = 0
        for scenario in ledger {
            let schedule = RetrySchedule(scenario.activity.retryPolicy)
            #expect(scenario.attempts.count <= 1 + schedule.retries, "\(scenario.key)")
            #expect(scenario.attempts.dropLast().allSatisfy { !$0.verdict.succeeded }, "retried after a success")
            switch scenario.state {
            case .succeeded: #expect(scenario.attempts.count == 1 && scenario.messageId == nil)
            case .resolved: #expect(scenario.attempts.last?.verdict.succeeded == true && scenario.attempts.count > 1)
            case .exhausted: #expect(scenario.attempts.count == 1 + schedule.retries)
            case .retrying: #expect(scenario.attempts.last?.verdict.succeeded == false)
            case .open: Issue.record("a scenario was left without an answer: \(scenario.key)")
            }
            guard let first = scenario.attempts.first else { continue }
            for attempt in scenario.attempts.dropFirst() {
                retried += 1
                let due = Double(schedule.intervalSeconds) * Double(attempt.number - 1) * scale * 1000
                #expect(Double(attempt.at.millis - first.at.millis) >= due - 5, "retry \(attempt.number) early")
                #expect(attempt.trigger == .automatic)
            }
        }
        #expect(retried > 0, "some failures were retried")
        #expect(Set(ledger.map(\.key)).count == ledger.count || ledger.allSatisfy { $0.messageId == nil }
                    || Self.keysReusedOnlyAfterCleanSuccess(ledger))
    }

    /// A key is reused only when every earlier scenario with it succeeded at once.
    static func keysReusedOnlyAfterCleanSuccess(_ ledger: [CallScenario]) -> Bool {
        var previous: [String: [CallScenario]] = [:]
        for scenario in ledger {
            if let earlier = previous[scenario.key], earlier.contains(where: { $0.state != .succeeded }) { return false }
            previous[scenario.key, default: []].append(scenario)
        }
        return true
    }

    /// Each failed scenario is on the gateway's exception list with the same attempts and the matching state.
    static func checkGateway(_ ledger: [CallScenario], world: World) {
        let failed = ledger.filter { $0.messageId != nil }
        #expect(!failed.isEmpty)
        for scenario in failed {
            guard let id = scenario.messageId, case .exception(let message)? = world.find(.exceptions, id: id)?.record
            else {
                Issue.record("no exception \(scenario.messageId ?? "") for \(scenario.key)")
                continue
            }
            #expect(message.attempts.count == scenario.attempts.count)
            #expect(message.attempts.map(\.outcome) == scenario.attempts.map { $0.verdict.succeeded ? .success : .failure })
            let expected: ExceptionState = switch scenario.state {
            case .resolved: .resolved
            case .exhausted: .exhausted
            default: .retrying
            }
            #expect(message.state == expected)
            #expect(message.activity == scenario.activity && message.orderId == scenario.orderId)
        }
        let listed = world.page(.exceptions, after: nil, since: world.epoch, limit: 1000).records
            .compactMap { entry -> String? in
                guard case .exception(let message) = entry.record else { return nil }
                return message.messageId
            }
        #expect(Set(failed.compactMap(\.messageId)).isSubset(of: Set(listed)))
        // The orders the marketplace called about are served by order/query's lookup.
        for scenario in ledger.prefix(50) {
            #expect(world.find(.orders, id: scenario.orderId) != nil, "order \(scenario.orderId)")
        }
    }
}
