import Synchronization

/// A license the seller handed back for a `getLicenseAsync` event (docs/KOOGALLERY.md §5.3).
public struct LicenseDelivery: Sendable, Equatable {
    public var eventId: String
    /// `CHARACTERS` or `FILE`.
    public var type: String
    /// SHA-256 of the license: the file's bytes, or the characters' UTF-8.
    public var sha256: String
    public var fileName: String?
    public var byteCount: Int
}

/// The licenses received per event: the first upload for an event is recorded, a repeat with the same SHA-256
/// is a success that records nothing, another license for the same event is refused.
final class LicenseDeliveries: Sendable {
    enum Outcome: Equatable { case recorded, repeated, conflict(existing: String) }

    private let deliveries = Mutex<[String: LicenseDelivery]>([:])
    /// How many uploads were recorded (each event once), so tests see that repeats add nothing.
    private let recordedCount = Mutex<[String: Int]>([:])

    func record(_ delivery: LicenseDelivery) -> Outcome {
        deliveries.withLock { all in
            if let existing = all[delivery.eventId] {
                return existing.sha256 == delivery.sha256 ? .repeated : .conflict(existing: existing.sha256)
            }
            all[delivery.eventId] = delivery
            recordedCount.withLock { $0[delivery.eventId, default: 0] += 1 }
            return .recorded
        }
    }

    func delivery(eventId: String) -> LicenseDelivery? { deliveries.withLock { $0[eventId] } }

    func count(eventId: String) -> Int { recordedCount.withLock { $0[eventId] ?? 0 } }
}
