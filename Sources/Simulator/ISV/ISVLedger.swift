import Foundation
import Synchronization

/// What the sample interface remembers between calls, so that repeats are idempotent by the published rules
/// (docs/KOOGALLERY.md §3.9): creates keyed on the order line (V2) or the order (V1), licenses keyed on
/// `eventId` + fingerprint, releases that succeed again. Shared by the server's connection threads.
final class ISVLedger: Sendable {
    private struct State {
        var instances: [String: String] = [:]
        var known: Set<String> = []
        var released: Set<String> = []
        var licenses: [String: String] = [:]
        var fresh: UInt64 = 0

        mutating func nextID(_ prefix: String) -> String {
            fresh += 1
            return "\(prefix)-\(String(UInt64(Date().timeIntervalSince1970 * 1000), radix: 36))-\(fresh)"
        }
    }

    private let state = Mutex(State())

    /// The instance for an order key: the first call's `businessId`, or a new id when `idempotent` is false.
    func instance(orderKey: String, businessId: String, idempotent: Bool) -> String {
        state.withLock { state in
            if idempotent, let existing = state.instances[orderKey] { return existing }
            let id = idempotent && !state.known.contains(businessId) ? businessId : state.nextID("inst")
            state.instances[orderKey] = state.instances[orderKey] ?? id
            state.known.insert(id)
            return id
        }
    }

    /// Whether an instance or license id was issued here or mentioned by an earlier call.
    func isKnown(_ id: String) -> Bool { state.withLock { $0.known.contains(id) } }

    /// Remembers an id the marketplace names (a license code it issued), so later calls find it.
    func remember(_ id: String) { _ = state.withLock { $0.known.insert(id) } }

    /// Marks an id released; a repeat is still a success.
    func release(_ id: String) { _ = state.withLock { $0.released.insert(id) } }

    func isReleased(_ id: String) -> Bool { state.withLock { $0.released.contains(id) } }

    /// The license for one `getLicenseAsync` request: the same for a retry of the same event and device.
    func license(eventId: String, fingerprint: String) -> String {
        state.withLock { state in
            let key = eventId + "\u{1F}" + fingerprint
            if let existing = state.licenses[key] { return existing }
            let license = state.nextID("LIC")
            state.licenses[key] = license
            state.known.insert(license)
            return license
        }
    }
}

/// The V2 nonces already served, so a replayed call is refused. Bounded: the oldest are forgotten first,
/// which is safe because a replay older than the 60 s timestamp window fails on its timestamp anyway.
final class NonceCache: Sendable {
    private struct State {
        var seen: Set<String> = []
        /// The remembered nonces in arrival order, as a ring: `oldest` is the next one to forget.
        var ring: [String] = []
        var oldest = 0
    }

    private let state = Mutex(State())
    private let capacity: Int

    init(capacity: Int = 100_000) { self.capacity = max(1, capacity) }

    /// True when `nonce` is new (and now remembered).
    func insert(_ nonce: String) -> Bool {
        state.withLock { state in
            guard state.seen.insert(nonce).inserted else { return false }
            if state.ring.count < capacity {
                state.ring.append(nonce)
            } else {
                state.seen.remove(state.ring[state.oldest])
                state.ring[state.oldest] = nonce
                state.oldest = (state.oldest + 1) % capacity
            }
            return true
        }
    }
}
