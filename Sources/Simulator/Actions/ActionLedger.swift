import MarketAPI
import SellerCore
import Synchronization

/// One action the gateway actually applied to the world.
public struct AppliedAction: Equatable, Sendable {
    public var idempotencyKey: String
    public var route: ActionRoute
    /// The id of the record the action changed.
    public var targetId: String
    /// The world time the change was stamped with (the record's new `updatedAt`).
    public var appliedAt: Timestamp

    public init(idempotencyKey: String, route: ActionRoute, targetId: String, appliedAt: Timestamp) {
        self.idempotencyKey = idempotencyKey
        self.route = route
        self.targetId = targetId
        self.appliedAt = appliedAt
    }
}

/// Every applied action in order, so tests can prove an action was applied exactly once however often a lost
/// answer made the client resend it. Replays, refusals and upload chunks are not entries.
public final class ActionLedger: Sendable {
    private struct Entries {
        var list: [AppliedAction] = []
        var countByKey: [String: Int] = [:]
    }

    private let entries = Mutex(Entries())

    public init() {}

    func record(_ action: AppliedAction) {
        entries.withLock { entries in
            entries.list.append(action)
            entries.countByKey[action.idempotencyKey, default: 0] += 1
        }
    }

    public var all: [AppliedAction] { entries.withLock { $0.list } }

    /// How many times the action with idempotency key `key` was applied (0 or 1 when all is well).
    public func count(forKey key: String) -> Int { entries.withLock { $0.countByKey[key] ?? 0 } }
}
