import SellerCore

/// What a write to the store touched, so the console refreshes only those lists: a sync page names its kind, a
/// sender attempt the outbox and the kind of the action's record.
public struct StoreChanges: Hashable, Sendable {
    /// Record kinds whose rows changed.
    public var kinds: Set<EntityKind>
    /// Whether the outbox changed (its list, its count, uploads in progress).
    public var outbox: Bool

    public init(kinds: Set<EntityKind> = [], outbox: Bool = false) {
        self.kinds = kinds
        self.outbox = outbox
    }

    /// Everything: for a change whose extent is unknown (another process, the seller's own action).
    public static let everything = StoreChanges(kinds: Set(EntityKind.allCases), outbox: true)

    /// Rows of one kind.
    public static func records(_ kind: EntityKind) -> StoreChanges { StoreChanges(kinds: [kind]) }

    /// The outbox, and the rows of `kind` when the action's record is known (its pending badge changes).
    public static func outbox(recordKind kind: EntityKind?) -> StoreChanges {
        StoreChanges(kinds: kind.map { [$0] } ?? [], outbox: true)
    }

    public var isEmpty: Bool { kinds.isEmpty && !outbox }

    public func union(_ other: StoreChanges) -> StoreChanges {
        StoreChanges(kinds: kinds.union(other.kinds), outbox: outbox || other.outbox)
    }
}
