/// Where an action is in its life (ARCHITECTURE §7).
public enum OutboxState: String, CaseIterable, Sendable, LabeledEnum {
    /// Written, not yet tried.
    case queued = "queued"
    /// A sender holds it (until its lease ends, so a killed sender's item is taken up again).
    case sending = "sending"
    /// An attempt failed in a way another attempt may fix; the next one is due at `nextAttemptAt`.
    case waiting = "waiting"
    /// The marketplace refused it (the state machine, a checksum, a bad request) or it ran out of attempts;
    /// it waits for the seller to retry or discard it.
    case failed = "failed"
    /// The marketplace applied it.
    case done = "done"
    /// The seller gave it up.
    case discarded = "discarded"

    public var label: String {
        switch self {
        case .queued: "排队中"
        case .sending: "发送中"
        case .waiting: "等待重试"
        case .failed: "失败"
        case .done: "已完成"
        case .discarded: "已放弃"
        }
    }

    /// Whether the action is finished one way or the other.
    public var isFinished: Bool { self == .done || self == .discarded }

    /// Whether the action may still be sent without the seller doing anything.
    public var isInFlight: Bool { self == .queued || self == .sending || self == .waiting }
}

/// How far a delivery's uploads have come.
public struct UploadProgress: Equatable, Sendable {
    public var sentBytes: Int64
    public var totalBytes: Int64

    public init(sentBytes: Int64, totalBytes: Int64) {
        self.sentBytes = sentBytes
        self.totalBytes = totalBytes
    }

    public var fraction: Double { totalBytes > 0 ? min(1, Double(sentBytes) / Double(totalBytes)) : 1 }
}

/// One row of the outbox.
public struct OutboxItem: Equatable, Sendable {
    public var id: Int64
    public var action: SellerAction
    /// Sent on every attempt, so the marketplace applies the action once however often it is sent.
    public var idempotencyKey: String
    public var state: OutboxState
    public var attempts: Int
    public var lastError: String?
    /// Why it failed, as data (set while it is failed; cleared by a 重试).
    public var failure: ActionFailure?
    /// What the seller sees as the target: order number, buyer, file names.
    public var targetLabel: String
    public var createdAt: Timestamp
    public var updatedAt: Timestamp
    public var nextAttemptAt: Timestamp?
    /// Set for deliveries once their uploads start.
    public var progress: UploadProgress?
    /// Why the stored payload could not be read (written by a newer build, or damaged); such an item is never
    /// sent, only shown and discarded.
    public var payloadError: String?

    public init(id: Int64, action: SellerAction, idempotencyKey: String, state: OutboxState, attempts: Int,
                lastError: String?, targetLabel: String, createdAt: Timestamp, updatedAt: Timestamp,
                nextAttemptAt: Timestamp?, progress: UploadProgress?, payloadError: String? = nil,
                failure: ActionFailure? = nil) {
        self.id = id
        self.action = action
        self.idempotencyKey = idempotencyKey
        self.state = state
        self.attempts = attempts
        self.lastError = lastError
        self.targetLabel = targetLabel
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.nextAttemptAt = nextAttemptAt
        self.progress = progress
        self.payloadError = payloadError
        self.failure = failure
    }
}
