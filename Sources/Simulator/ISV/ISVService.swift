import Foundation
import Synchronization
import HTTPServer

/// One call as the sample interface saw and answered it, for tests and for the `--fail` share.
public struct ISVCallRecord: Sendable, Equatable {
    /// The activity, when the call could be read.
    public var activity: String?
    /// The `resultCode` answered (nil for the `http500` and `html` pages).
    public var resultCode: String?
    public var status: Int
    /// Every misbehaviour applied to this call: the configured ones plus the one `--fail` drew.
    public var misbehaviours: Set<ISVMisbehaviour>
    /// The misbehaviour `--fail` drew for this call, if any.
    public var drawn: ISVMisbehaviour?
}

/// The request handler of the sample interface: reads and authenticates a call, answers its activity, and
/// misbehaves as configured. Shared by the server's connection threads.
final class ISVService: Sendable {
    /// The `--fail` draws and the calls seen, changed by every connection thread.
    private struct State {
        var random: SeededRandom
        var records: [ISVCallRecord] = []
    }

    let configuration: SampleISVConfiguration
    private let ledger = ISVLedger()
    private let nonces = NonceCache()
    private let latch = ISVStopLatch()
    private let state: Mutex<State>

    init(configuration: SampleISVConfiguration) {
        self.configuration = configuration
        state = Mutex(State(random: SeededRandom(seed: configuration.seed, stream: RandomStream.fault.rawValue,
                                                 index: 0x15)))
    }

    var calls: [ISVCallRecord] { state.withLock { $0.records } }

    /// Releases every `slow` answer still waiting, so the server stops at once.
    func stop() { latch.open() }

    func handle(_ request: HTTPRequest) -> HTTPHandlerResult {
        let drawn = draw()
        var misbehaviours = configuration.misbehaviours
        if let drawn { misbehaviours.insert(drawn) }
        let activities = ISVActivities(interface: configuration.interface, accessKey: configuration.accessKey,
                                       encryptType: configuration.encryptType, ledger: ledger,
                                       idempotent: !misbehaviours.contains(.notIdempotent))
        var activity: String?
        let answer: ISVAnswer
        do throws(ISVCall.Refusal) {
            let call = try ISVCall.read(request, interface: configuration.interface,
                                        accessKey: configuration.accessKey,
                                        verify: !misbehaviours.contains(.acceptsUnsigned),
                                        nowMilliseconds: configuration.nowMilliseconds(), nonces: nonces)
            activity = call.activity
            answer = activities.answer(call)
        } catch {
            switch error {
            case .unauthenticated(let why): answer = .unauthenticated(why)
            case .invalid(let why): answer = .invalid(why)
            }
        }
        let responder = ISVResponder(interface: configuration.interface, accessKey: configuration.accessKey)
        let response = responder.response(answer, activity: activity, misbehaviours: misbehaviours)
        let answered = response.status == 200
            ? (misbehaviours.contains(.wrongCode) ? ISVMisbehaviour.unknownResultCode : answer.code) : nil
        state.withLock {
            $0.records.append(ISVCallRecord(activity: activity, resultCode: answered, status: response.status,
                                            misbehaviours: misbehaviours, drawn: drawn))
        }
        configuration.answerTap?(request.rawQuery, response)
        if misbehaviours.contains(.slow) { latch.wait(seconds: configuration.slowDelay) }
        return .response(response)
    }

    /// With probability `failRate`, one misbehaviour drawn uniformly (seeded, in call order).
    private func draw() -> ISVMisbehaviour? {
        guard configuration.failRate > 0 else { return nil }
        let rate = configuration.failRate
        return state.withLock { state in
            guard state.random.chance(rate) else { return nil }
            return state.random.pick(ISVMisbehaviour.allCases)
        }
    }
}

/// Holds `slow` answers until their delay passes or the interface stops: every wait is bounded.
final class ISVStopLatch: @unchecked Sendable {
    private let condition = NSCondition()
    private var isOpen = false

    func open() {
        condition.withLock {
            isOpen = true
            condition.broadcast()
        }
    }

    func wait(seconds: TimeInterval) {
        let deadline = Date(timeIntervalSinceNow: max(0, min(seconds, 86_400)))
        condition.withLock {
            while !isOpen, condition.wait(until: deadline) {}
        }
    }
}
