import Synchronization

/// The nonces of calls that passed their signature, remembered for the timestamp window so a replay inside it
/// is caught. Bounded: at most `capacity` are held and the oldest go first, which is safe once they are older
/// than the window (a replay of those is stale anyway).
final class NonceWindow: Sendable {
    private struct State {
        var seen: [String: Int64] = [:]
        /// Nonces in arrival order, as a ring; `oldest` is the next to forget.
        var ring: [String] = []
        var oldest = 0
    }

    private let state = Mutex(State())
    private let capacity: Int
    private let windowMilliseconds: Int64

    init(capacity: Int = 100_000, windowMilliseconds: Int64 = 60_000) {
        self.capacity = max(1, capacity)
        self.windowMilliseconds = windowMilliseconds
    }

    /// True when `nonce` was not seen within the window before `now` (and is now remembered).
    func insert(_ nonce: String, now: Int64) -> Bool {
        state.withLock { state in
            if let seenAt = state.seen[nonce], now - seenAt <= windowMilliseconds { return false }
            if state.seen.updateValue(now, forKey: nonce) != nil { return true }
            if state.ring.count < capacity {
                state.ring.append(nonce)
            } else {
                state.seen.removeValue(forKey: state.ring[state.oldest])
                state.ring[state.oldest] = nonce
                state.oldest = (state.oldest + 1) % capacity
            }
            return true
        }
    }
}
