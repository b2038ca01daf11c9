import Foundation
import SellerCore
import Synchronization

/// The simulated marketplace calling a seller's production interface (`koosim --call URL`): it sends the calls
/// its world produces, signed for each product's interface family, paced at `callsPerSecond`, retries failures
/// by the activity's published policy with time compressed by `retryScale`, records every attempt in its own
/// ledger, and lists each failed scenario on the gateway's exception list with its real attempts.
public final class MarketplaceCaller: Sendable {
    public let settings: MarketplaceCallSettings
    let world: World
    let ledger = CallLedger()
    private let sender: CallSender

    private struct DueRetry {
        var due: ContinuousClock.Instant
        var scenario: Int
        /// The attempt's number, fixed when it is scheduled (the ledger may not show the previous one yet).
        var attempt: Int
    }

    private struct State {
        var script: CallScript
        var plans: [Int: ScenarioPlan] = [:]
        var retries: [DueRetry] = []
        var messages = 0
        var eventIds: Set<String> = []
    }

    private let state: Mutex<State>

    public init(settings: MarketplaceCallSettings, world: World) {
        self.settings = settings
        self.world = world
        sender = CallSender(url: settings.url, accessKey: settings.accessKey, timeout: settings.timeoutSeconds)
        state = Mutex(State(script: CallScript(random: SeededRandom(seed: world.seed, stream: RandomStream.call.rawValue,
                                                                       index: 0),
                                               families: settings.families)))
    }

    /// Every scenario so far with its attempts, in the order they began.
    public func callLedger() -> [CallScenario] { ledger.all }

    /// Calls made so far, retries included.
    public var callCount: Int { ledger.callCount }

    /// Whether the caller sent a `getLicenseAsync` with this `eventId` (the market-event route's check).
    public func issuedEvent(_ eventId: String) -> Bool { state.withLock { $0.eventIds.contains(eventId) } }

    /// Sends `settings.calls` calls, then waits for the last answers; returns early when cancelled. Pacing
    /// sleeps between calls are the rate itself; each call is its own child task, at most `maxInFlight` at once.
    public func run() async {
        let rate = max(0.01, settings.callsPerSecond)
        let interval = Duration.seconds(1 / rate)
        var next = ContinuousClock.now
        await withTaskGroup(of: Void.self) { group in
            var inFlight = 0
            for _ in 0..<max(0, settings.calls) {
                try? await Task.sleep(until: next, clock: .continuous)
                if Task.isCancelled { break }
                // Behind by more than a second (a slow machine): start afresh rather than burst.
                next = max(next + interval, ContinuousClock.now - .seconds(1))
                if inFlight >= max(1, settings.maxInFlight) {
                    await group.next()
                    inFlight -= 1
                }
                let (scenario, attempt) = takeJob()
                group.addTask { await self.attempt(scenario, number: attempt) }
                inFlight += 1
            }
            await group.waitForAll()
        }
        if let url = settings.logURL { try? CallLogFile.write(ledger.all, to: url) }
    }

    /// A retry that is due, or a new scenario from the world; returns the scenario and the attempt's number.
    private func takeJob() -> (Int, Int) {
        let now = ContinuousClock.now
        let due: DueRetry? = state.withLock { state in
            guard let first = state.retries.indices.min(by: { state.retries[$0].due < state.retries[$1].due }),
                  state.retries[first].due <= now else { return nil }
            return state.retries.remove(at: first)
        }
        if let due { return (due.scenario, due.attempt) }
        let plan = state.withLock { $0.script.next(world: world) }
        let number = ledger.open(CallScenario(
            number: 0, key: plan.key, activity: plan.activity, interfaceVersion: plan.family.interfaceVersion,
            orderId: plan.subject.orderId, orderLineId: plan.subject.orderLineId, instanceId: plan.subject.instanceId,
            license: plan.subject.license, eventId: plan.subject.eventId, state: .open, messageId: nil, attempts: []))
        state.withLock { state in
            state.plans[number] = plan
            if let event = plan.subject.eventId { state.eventIds.insert(event) }
        }
        return (number, 1)
    }

    private func attempt(_ scenario: Int, number: Int) async {
        guard let plan = state.withLock({ $0.plans[scenario] }) else { return }
        let v1 = plan.family == .saasV1
        let fields = CallFields.fields(plan.activity, v1: v1, subject: plan.subject, now: world.clock())
        let call = SignedCall(fields: fields, v1: v1, accessKey: settings.accessKey,
                              signedAt: Int64(Date().timeIntervalSince1970 * 1000),
                              nonce: ProductionRequest.makeNonce())
        let startedAt = world.clock()
        let started = ContinuousClock.now
        let result = await sender.send(call, activity: plan.activity, v1: v1)
        settings.answerTap?(MarketplaceAnswer(scenario: scenario, attempt: number, query: call.query,
                                              status: result.exchange?.status,
                                              headers: result.exchange?.headers ?? [:],
                                              body: result.exchange?.body ?? [], failure: result.failure))
        let record = CallAttemptRecord(number: number, trigger: number == 1 ? .initial : .automatic, at: startedAt,
                                       latencyMs: result.latencyMs, verdict: result.verdict)
        settle(scenario, record: record, started: started, request: Self.summary(call), response: result.response)
    }

    /// Records the attempt, schedules the next retry or ends the scenario, and updates its exception message.
    /// All under the caller's lock (the ledger's and the world's locks nest inside it, never the other way), so
    /// a quick retry can never be recorded or listed before the attempt that scheduled it.
    private func settle(_ scenario: Int, record: CallAttemptRecord, started: ContinuousClock.Instant,
                        request: String, response: String) {
        state.withLock { state in
            guard var plan = state.plans[scenario] else { return }
            plan.request = request
            plan.response = response
            let failedBefore = plan.firstFailure != nil
            let next: ScenarioState
            if record.verdict.succeeded {
                next = failedBefore ? .resolved : .succeeded
            } else {
                if plan.firstFailure == nil {
                    plan.firstFailure = started
                    plan.firstFailureAt = record.at
                    plan.messageNumber = state.messages
                    state.messages += 1
                }
                let schedule = RetrySchedule(plan.activity.retryPolicy)
                if let delay = schedule.delay(ofRetry: record.number, scale: settings.retryScale),
                   let first = plan.firstFailure {
                    state.retries.append(DueRetry(due: first + .seconds(delay), scenario: scenario,
                                                 attempt: record.number + 1))
                    next = .retrying
                } else {
                    next = .exhausted
                }
            }
            if next != .retrying {
                state.script.finish(plan, succeeded: record.verdict.succeeded, failedBefore: failedBefore,
                                    verdict: record.verdict)
                state.plans[scenario] = nil
            } else {
                state.plans[scenario] = plan
            }
            let stored = ledger.update(scenario) { entry in
                entry.attempts.append(record)
                entry.state = next
                entry.messageId = plan.messageNumber.map(World.callMessageId)
                if entry.instanceId == nil, let id = record.verdict.instanceId { entry.instanceId = id }
            }
            if let stored, let number = plan.messageNumber {
                world.putCallMessage(number, CallMessage.make(stored, plan: plan, scale: settings.retryScale))
            }
        }
    }

    /// The request as the exception detail shows it.
    static func summary(_ call: SignedCall) -> String {
        if call.method == "GET" {
            return "GET ?" + call.query.map { $0.0 + "=" + $0.1 }.joined(separator: "&")
        }
        return "POST " + String(decoding: call.body, as: UTF8.self)
    }
}
