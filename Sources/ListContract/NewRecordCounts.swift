import SellerCore

/// How many records need the seller and have not been seen since they did (issue 13 item 2), per kind. The
/// console compares two of these around a sync to say what the sync brought.
public struct NewRecordCounts: Hashable, Sendable {
    public var newByKind: [EntityKind: Int]

    public init(newByKind: [EntityKind: Int] = [:]) {
        self.newByKind = newByKind
    }

    public subscript(kind: EntityKind) -> Int { newByKind[kind] ?? 0 }

    /// Every new record, for the terminal title.
    public var total: Int { newByKind.values.reduce(0, +) }
}

/// A record named by kind and id: what `:goto` finds.
public struct RecordRef: Hashable, Sendable {
    public var kind: EntityKind
    public var id: String

    public init(kind: EntityKind, id: String) {
        self.kind = kind
        self.id = id
    }
}
