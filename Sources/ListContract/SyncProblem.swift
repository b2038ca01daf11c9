import SellerCore

/// A record the sync could not decode (issue 13): which one, the path of the field that failed, why, and when
/// it was last seen. Kept by the store until a later fetch of the record decodes, so a rejected record is never
/// silently lost; `:problems`, the status bar and the overview read these.
public struct SyncProblem: Hashable, Sendable {
    public var kind: EntityKind
    /// The record's id as the marketplace sent it, or `#position` when it had none that could be read.
    public var recordId: String
    public var path: String
    public var reason: String
    public var seenAt: Timestamp

    public init(kind: EntityKind, recordId: String, path: String, reason: String, seenAt: Timestamp) {
        self.kind = kind
        self.recordId = recordId
        self.path = path
        self.reason = reason
        self.seenAt = seenAt
    }

    /// Whether the record can be asked for again by id (a record without a readable id cannot).
    public var isFetchable: Bool { !recordId.isEmpty && !recordId.hasPrefix("#") }
}
