import Foundation

/// What the sample interface remembers between calls, so that repeats are idempotent by the published rules
/// (docs/KOOGALLERY.md §3.9): creates keyed on the order line (V2) or the order (V1), licenses keyed on
/// `eventId` + fingerprint, releases that succeed again. Shared by the server's connection threads.
final class ISVLedger: @unchecked Sendable {
    private let lock = NSLock()
    private var instances: [String: String] = [:]
    private var known: Set<String> = []
    private var released: Set<String> = []
    private var licenses: [String: String] = [:]
    private var fresh: UInt64 = 0

    /// The instance for an order key: the first call's `businessId`, or a new id when `idempotent` is false.
    func instance(orderKey: String, businessId: String, idempotent: Bool) -> String {
        lock.withLock {
            if idempotent, let existing = instances[orderKey] { return existing }
            let id = idempotent && !known.contains(businessId) ? businessId : nextID("inst")
            instances[orderKey] = instances[orderKey] ?? id
            known.insert(id)
            return id
        }
    }

    /// Whether an instance or license id was issued here or mentioned by an earlier call.
    func isKnown(_ id: String) -> Bool { lock.withLock { known.contains(id) } }

    /// Remembers an id the marketplace names (a license code it issued), so later calls find it.
    func remember(_ id: String) { _ = lock.withLock { known.insert(id) } }

    /// Marks an id released; a repeat is still a success.
    func release(_ id: String) { _ = lock.withLock { released.insert(id) } }

    func isReleased(_ id: String) -> Bool { lock.withLock { released.contains(id) } }

    /// The license for one `getLicenseAsync` request: the same for a retry of the same event and device.
    func license(eventId: String, fingerprint: String) -> String {
        lock.withLock {
            let key = eventId + "\u{1F}" + fingerprint
            if let existing = licenses[key] { return existing }
            let license = nextID("LIC")
            licenses[key] = license
            known.insert(license)
            return license
        }
    }

    private func nextID(_ prefix: String) -> String {
        fresh += 1
        return "\(prefix)-\(String(UInt64(Date().timeIntervalSince1970 * 1000), radix: 36))-\(fresh)"
    }
}

/// The V2 nonces already served, so a replayed call is refused. Bounded: the oldest are forgotten first,
/// which is safe because a replay older than the 60 s timestamp window fails on its timestamp anyway.
final class NonceCache: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: Set<String> = []
    /// The remembered nonces in arrival order, as a ring: `oldest` is the next one to forget.
    private var ring: [String] = []
    private var oldest = 0
    private let capacity: Int

    init(capacity: Int = 100_000) { self.capacity = max(1, capacity) }

    /// True when `nonce` is new (and now remembered).
    func insert(_ nonce: String) -> Bool {
        lock.withLock {
            guard seen.insert(nonce).inserted else { return false }
            if ring.count < capacity {
                ring.append(nonce)
            } else {
                seen.remove(ring[oldest])
                ring[oldest] = nonce
                oldest = (oldest + 1) % capacity
            }
            return true
        }
    }
}
