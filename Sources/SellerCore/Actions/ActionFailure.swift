/// The class of an outbox action's failure, kept as data beside its message so the CLI's exit status and the
/// console's words never depend on how an error was phrased. The raw values are stored (`outbox.failure`) and
/// printed by `--json`.
public enum OutboxFailure: String, Sendable, CaseIterable, LabeledEnum {
    /// The marketplace refused the keys or the signature (401/403): no action can succeed until they are fixed.
    case keysRefused = "keys-refused"
    /// The target's state does not allow the action (409).
    case notAllowed = "not-allowed"
    /// Any other refusal by the marketplace (400, 404, 410, …).
    case refused = "refused"
    /// A delivery's file is not the one chosen any more: its size changed, or the gateway's checksum of the
    /// upload does not match the SHA-256 measured when it was chosen (422).
    case fileChanged = "file-changed"
    /// A delivery's file cannot be read, or is no longer a regular file.
    case fileUnreadable = "file-unreadable"
    /// It ran out of attempts without a final answer (exhausted).
    case gaveUp = "gave-up"
    /// Its stored payload cannot be read by this build.
    case unreadable = "unreadable"
    /// A 重新启动 the marketplace accepted, whose re-call of the seller's interface failed again: the action ran,
    /// but what the seller wanted (a successful call) did not happen.
    case restartFailed = "restart-failed"

    /// What the 队列 tab says it was.
    public var label: String {
        switch self {
        case .keysRefused: "密钥或签名被拒绝"
        case .notAllowed: "当前状态不允许"
        case .refused: "被拒绝"
        case .fileChanged: "文件已变化"
        case .fileUnreadable: "文件无法读取"
        case .gaveUp: "重试次数用尽"
        case .unreadable: "无法读取"
        case .restartFailed: "重新启动失败"
        }
    }
}

/// Why an outbox action failed, as data: the class, and the marketplace's answer when the failure is one (its
/// HTTP status, `error_code` and `error_msg`). Stored with the outbox row, so the exit status, `--json` and the
/// console read it back instead of parsing `lastError`, which stays the sentence a person reads.
public struct ActionFailure: Equatable, Sendable {
    public var kind: OutboxFailure
    /// The HTTP status of the marketplace's answer; nil for a local failure or a refusal without one.
    public var httpStatus: Int?
    /// The marketplace's error code (`error_code`), when it sent one.
    public var errorCode: String?
    /// The marketplace's own message (`error_msg`), or the local reason (a file that changed).
    public var message: String?

    public init(_ kind: OutboxFailure, httpStatus: Int? = nil, errorCode: String? = nil, message: String? = nil) {
        self.kind = kind
        self.httpStatus = httpStatus
        self.errorCode = errorCode
        self.message = message
    }
}
