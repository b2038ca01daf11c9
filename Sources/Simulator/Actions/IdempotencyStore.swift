import HTTPServer
import Synchronization

/// The answers of actions by `Idempotency-Key` (Assets/api/seller-gateway.md, "Actions"): the first request with a
/// key is applied and its answer kept; later requests with that key get the same answer and change nothing.
/// A key whose first request is still running is answered "busy" (the router says 503 with `Retry-After: 1`)
/// rather than waited on, so no connection thread is parked behind a slow production call.
final class IdempotencyStore: Sendable {
    /// What the store says about a request.
    enum Claim: Equatable {
        /// The key is new: apply the action, then call `finish`.
        case fresh
        /// The key was answered before; send this answer again.
        case replay(HTTPResponse)
        /// The key was used with another route or body.
        case mismatch
        /// The key's first request is still being handled.
        case busy
        /// An outcome lookup abandoned the key before any request with it arrived: never apply it.
        case abandoned
    }

    /// What an outcome lookup learns about a key (Assets/api/seller-gateway.md, "Outcome lookup").
    enum Lookup: Equatable {
        /// The first request's final answer.
        case answered(HTTPResponse)
        /// Applied, but its answer was forgotten beyond `capacity`.
        case appliedAnswerForgotten
        /// The first request is still being handled.
        case processing
        /// Never received; abandoned now (or by an earlier lookup).
        case abandoned
    }

    private struct Entry {
        var fingerprint: String
        /// Nil while the first request is running.
        var answer: HTTPResponse?
        /// Set by a lookup of a key never received: any later request with it is refused.
        var abandoned = false
    }

    private struct State {
        var entries: [String: Entry] = [:]
        /// Answered keys, oldest first from `head`, for forgetting beyond `capacity`.
        var answered: [String] = []
        var head = 0
    }

    /// How many answers are kept; the oldest are forgotten beyond it, so a long-running simulator stays bounded.
    let capacity: Int
    private let state = Mutex(State())

    init(capacity: Int = 10_000) {
        self.capacity = max(1, capacity)
    }

    /// 1–128 characters of `A–Z a–z 0–9 - _ .`.
    static func isValidKey(_ key: String) -> Bool {
        let bytes = Array(key.utf8)
        guard (1...128).contains(bytes.count) else { return false }
        return bytes.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
                true
            default:
                false
            }
        }
    }

    /// Whether an answer with `status` is final for its key. Failures that happened before anything was applied
    /// (5xx, 429, 401) are not, so a retry can still apply the action.
    static func remembers(status: Int) -> Bool {
        status < 500 && status != 429 && status != 401
    }

    /// Registers the first request with `key`, or says what an earlier one left.
    func claim(key: String, fingerprint: String) -> Claim {
        state.withLock { state in
            guard let entry = state.entries[key] else {
                state.entries[key] = Entry(fingerprint: fingerprint)
                return .fresh
            }
            if entry.abandoned { return .abandoned }
            guard entry.fingerprint == fingerprint else { return .mismatch }
            return entry.answer.map { .replay($0) } ?? .busy
        }
    }

    /// The outcome of the action sent with `key`. A key never received is abandoned under the same lock `claim`
    /// takes, so a request with it that arrives later (a slow retry still on the wire) is never applied and the
    /// lookup's "never applied" stays true. `wasApplied` tells a forgotten answer from a key never seen.
    func lookup(key: String, wasApplied: (String) -> Bool) -> Lookup {
        state.withLock { state in
            guard let entry = state.entries[key] else {
                if wasApplied(key) { return .appliedAnswerForgotten }
                state.entries[key] = Entry(fingerprint: "", answer: nil, abandoned: true)
                Self.keep(key, in: &state, capacity: capacity)
                return .abandoned
            }
            if entry.abandoned { return .abandoned }
            return entry.answer.map { .answered($0) } ?? .processing
        }
    }

    /// Ends the first request with `key`: keeps a final answer, forgets a failure so the key can be used again.
    func finish(key: String, answer: HTTPResponse) {
        state.withLock { state in
            guard Self.remembers(status: answer.status) else {
                state.entries[key] = nil
                return
            }
            state.entries[key]?.answer = answer
            Self.keep(key, in: &state, capacity: capacity)
        }
    }

    /// Adds a settled key (answered or abandoned) to the ones kept, forgetting the oldest beyond `capacity`.
    private static func keep(_ key: String, in state: inout State, capacity: Int) {
        state.answered.append(key)
        while state.answered.count - state.head > capacity {
            state.entries[state.answered[state.head]] = nil
            state.head += 1
        }
        if state.head >= capacity {
            state.answered.removeFirst(state.head)
            state.head = 0
        }
    }
}
