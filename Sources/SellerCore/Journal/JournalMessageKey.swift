/// Which interface-exception message a journalled call counts toward: the activity plus what the marketplace
/// retries on (docs/KOOGALLERY.md §3.9, §6.1). Every retry of one scenario shares the key; a different scenario
/// (another renewal order, another license) gets another.
///
/// - create, upgrade, order notification, license requests: the order line (`orderLineId`, else the `orderId`,
///   as V1 and the online-license create have no order line).
/// - instance activities: the `instanceId`, plus the call's `orderId` when it has one, because each renewal
///   (or upgrade) order is a scenario of its own; status changes also add the target status, so a freeze and
///   the unfreeze after it are two scenarios.
/// - license-code activities: the `license`, plus the `orderId` for `refreshLicenseCode` (each renewal) and the
///   target status for `updateLicenseCodeStatus`.
///
/// A call whose activity is unknown, or that carries none of the ids its activity is keyed on, has no key: it is
/// journalled, never projected.
public struct JournalMessageKey: Hashable, Sendable, CustomStringConvertible {
    /// `activity|part|part`, e.g. `newInstance|line:OL-1`.
    public let text: String

    public init?(_ arrival: JournalArrival) {
        guard let name = arrival.activity, let activity = Activity(rawValue: name) else { return nil }
        let fields = JournalCallFields(arrival)
        var parts: [String]
        switch activity {
        case .newInstance, .upgrade, .upgradeInstance, .orderNotify, .getLicense, .getLicenseAsync:
            if let line = arrival.orderLineId.nonEmpty {
                parts = ["line:" + line]
            } else if let order = arrival.orderId.nonEmpty {
                parts = ["order:" + order]
            } else if let instance = arrival.instanceId.nonEmpty {
                parts = ["instance:" + instance]
            } else {
                return nil
            }
            // An upgrade is keyed on its own order (§3.9); the line above is that order's.
        case .queryInstance, .refreshInstance, .updateInstanceStatus, .instanceStatus, .expireInstance,
             .releaseInstance, .changeInstanceCheck:
            guard let instance = arrival.instanceId.nonEmpty else { return nil }
            parts = ["instance:" + instance]
            if let order = arrival.orderId.nonEmpty { parts.append("order:" + order) }
            if let status = fields.targetStatus { parts.append("status:" + status) }
        case .refreshLicenseCode, .updateLicenseCodeStatus, .releaseLicenseCode:
            guard let license = (arrival.license ?? arrival.instanceId).nonEmpty else { return nil }
            parts = ["license:" + license]
            if activity == .refreshLicenseCode, let order = arrival.orderId.nonEmpty { parts.append("order:" + order) }
            if let status = fields.targetStatus { parts.append("status:" + status) }
        }
        text = ([name] + parts).joined(separator: "|")
    }

    /// The id of the key's `episode`-th message (1 for the first): `J-` and 12 hex digits of the key's FNV-1a
    /// hash, then `-2`, `-3`… for the episodes after a recovery. Gateway ids never start with `J-`.
    public func messageId(episode: Int) -> String {
        let base = "J-" + StableHash.hex(text, digits: 12)
        return episode <= 1 ? base : base + "-\(episode)"
    }

    public var description: String { text }
}

/// FNV-1a (64-bit) of UTF-8 bytes: a hash that is the same in every process and build (Swift's `Hasher` is
/// seeded per process), for ids derived from content.
public enum StableHash {
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The hash's low `digits` hex digits (1…16), zero-padded.
    public static func hex(_ text: String, digits: Int) -> String {
        let count = min(16, max(1, digits))
        let value = fnv1a(text) & (count == 16 ? UInt64.max : (UInt64(1) << UInt64(count * 4)) - 1)
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: count - hex.count) + hex
    }
}

extension Optional where Wrapped == String {
    /// The text when there is some: nil and "" both mean absent on the wire.
    var nonEmpty: String? {
        guard let self, !self.isEmpty else { return nil }
        return self
    }
}
