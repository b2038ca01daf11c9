import MarketAPI
import MarketClient
import SellerCore

/// What one sync did for one kind.
public struct KindSummary: Sendable, Equatable {
    public var added = 0
    public var changed = 0
    public var unchanged = 0
    public var pages = 0
    /// Records on this sync's pages that could not be decoded.
    public var rejected: [RejectedRecord] = []
    /// Records rejected by an earlier sync, asked for again by id, that still cannot be decoded.
    public var stillRejected: [RejectedRecord] = []
    /// Records rejected by an earlier sync that decoded when asked for again (stored, off the rejected list).
    public var recovered = 0
    /// Rejected records asked for again that got no answer this time (they stay on the list).
    public var unreachable = 0
    /// Wall time spent on this kind, fetching and storing.
    public var seconds = 0.0

    public init() {}
}

/// What one sync did, kind by kind.
public struct SyncSummary: Sendable {
    public var kinds: [EntityKind: KindSummary] = [:]
    public var seconds = 0.0

    public init() {}

    public subscript(kind: EntityKind) -> KindSummary {
        get { kinds[kind] ?? KindSummary() }
        set { kinds[kind] = newValue }
    }

    public var totalRecords: Int { kinds.values.reduce(0) { $0 + $1.added + $1.changed + $1.unchanged } }
    public var totalRejected: Int { kinds.values.reduce(0) { $0 + $1.rejected.count } }
    /// Earlier rejected records that still cannot be decoded (the console does not toast these again).
    public var totalStillRejected: Int { kinds.values.reduce(0) { $0 + $1.stillRejected.count } }
}

/// Progress of a running sync, for the progress bar.
public struct SyncProgress: Sendable {
    public var kind: EntityKind
    /// Records of this kind received so far in this sync.
    public var received: Int
    /// The server's count of records of this kind, when it said.
    public var total: Int?
    /// What the sync is doing for the kind. A first sync that loads a kind in bulk builds the kind's indexes after
    /// its last page (half a minute at a million orders): `.indexing` says that has begun, `.indexed` that it is done.
    public var stage: Stage = .storing

    public enum Stage: Sendable, Equatable {
        case storing, indexing, indexed
    }
}

/// Why a sync stopped. Pages already stored stay stored; the next sync resumes after them.
public enum SyncError: Error, Sendable, CustomStringConvertible {
    case client(EntityKind, ClientError)
    case store(EntityKind, String)
    /// The task running the sync was cancelled; the next sync resumes after the last stored page.
    case cancelled(EntityKind)
    /// The marketplace said there is more but pointed back at a page this sync already asked for: following
    /// it would loop forever. The pages stored so far stay stored.
    case stalled(EntityKind, token: String)

    public var description: String {
        switch self {
        case .client(let kind, let error): "sync of \(kind.commandName) failed: \(error)"
        case .store(let kind, let reason): "could not store \(kind.commandName): \(reason)"
        case .cancelled(let kind): "sync cancelled during \(kind.commandName)"
        case .stalled(let kind, let token):
            "sync of \(kind.commandName) stopped: the marketplace sent page token "
                + "\"\(token.prefix(40))\(token.count > 40 ? "…" : "")\" again without progress"
        }
    }
}
