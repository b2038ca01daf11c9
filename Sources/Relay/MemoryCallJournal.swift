import SellerCore
import Synchronization

/// The journal in memory, with the store API's semantics (duplicate arrivals ignored, answers only for known
/// calls, unanswered calls closed as `relayStopped`): for tests, where no store is wanted.
/// Readable from any thread.
public final class MemoryCallJournal: CallJournal, Sendable {
    /// One relay's `relay_status` row.
    public struct RelayRow: Sendable, Equatable {
        public var id: String
        public var listen: String
        public var upstream: String
        public var calls = 0
        public var lostWrites = 0
        public var stopped = false
    }

    private struct State {
        var calls: [JournalCall] = []
        var index: [String: Int] = [:]
        var relays: [RelayRow] = []
    }

    private let state = Mutex(State())

    public init(calls: [JournalCall] = []) {
        state.withLock { state in
            for call in calls where state.index[call.callId] == nil {
                state.index[call.callId] = state.calls.count
                state.calls.append(call)
            }
        }
    }

    /// Every call in arrival order.
    public var calls: [JournalCall] { state.withLock { $0.calls } }
    public var relays: [RelayRow] { state.withLock { $0.relays } }

    public func call(id: String) -> JournalCall? {
        state.withLock { state in state.index[id].map { state.calls[$0] } }
    }

    public func recordArrival(_ arrival: JournalArrival) throws {
        state.withLock { state in
            guard state.index[arrival.callId] == nil else { return }
            state.index[arrival.callId] = state.calls.count
            state.calls.append(JournalCall(arrival: arrival, answer: nil, messageId: nil))
        }
    }

    @discardableResult
    public func recordAnswer(callId: String, _ answer: JournalAnswer) throws -> String? {
        state.withLock { state in
            guard let position = state.index[callId] else { return nil }
            state.calls[position].answer = answer
            return nil
        }
    }

    public func closeUnansweredCalls(at now: Timestamp) throws -> Int {
        state.withLock { state in
            var closed = 0
            for position in state.calls.indices where state.calls[position].answer == nil {
                state.calls[position].answer = .relayStopped(at: now,
                                                             receivedAt: state.calls[position].arrival.receivedAt)
                closed += 1
            }
            return closed
        }
    }

    public func relayStarted(id: String, pid: Int, listen: String, upstream: String, at now: Timestamp) throws {
        state.withLock { $0.relays.append(RelayRow(id: id, listen: listen, upstream: upstream)) }
    }

    public func relayHeartbeat(id: String, calls: Int, lostWrites: Int, at now: Timestamp) throws {
        update(id) { $0.calls = calls; $0.lostWrites = lostWrites }
    }

    public func relayStopped(id: String, calls: Int, lostWrites: Int, at now: Timestamp) throws {
        update(id) { $0.calls = calls; $0.lostWrites = lostWrites; $0.stopped = true }
    }

    private func update(_ id: String, _ change: (inout RelayRow) -> Void) {
        state.withLock { state in
            guard let position = state.relays.firstIndex(where: { $0.id == id }) else { return }
            change(&state.relays[position])
        }
    }
}
