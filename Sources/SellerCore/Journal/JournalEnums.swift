/// Who made a journalled call: the marketplace itself, or the seller replaying a recorded call through the
/// console's outbox. Replays are never counted as the marketplace's attempts.
public enum CallOrigin: String, LabeledEnum {
    case marketplace = "MARKETPLACE", replay = "REPLAY"

    public var label: String { self == .marketplace ? "云商店调用" : "重放" }
}

/// What the relay concluded about a call's signature (docs/KOOGALLERY.md §4).
public enum SignatureVerdict: String, LabeledEnum {
    /// The signature matches the seller's key and is fresh.
    case ok = "OK"
    /// A signature is there but does not match the seller's key.
    case mismatch = "MISMATCH"
    /// It matches, but its timestamp is outside the accepted window.
    case stale = "STALE"
    /// The call carries no signature fields.
    case missing = "MISSING"
    /// It matches, but its nonce was already seen inside the window: a replayed request.
    case replayedNonce = "REPLAYED_NONCE"
    /// The relay has no key for the interface, so it did not judge.
    case unchecked = "UNCHECKED"

    public var label: String {
        switch self {
        case .ok: "签名正确"
        case .mismatch: "签名不符"
        case .stale: "签名过期"
        case .missing: "缺少签名"
        case .replayedNonce: "重复nonce"
        case .unchecked: "未校验"
        }
    }

    /// Whether `--enforce-signature` refuses the call.
    public var refusedWhenEnforced: Bool { self != .ok && self != .unchecked }
}

/// The outcome of one call by the marketplace's published rules (§3.1, §3.8).
public enum CallOutcome: String, LabeledEnum {
    /// Forwarded; no answer recorded yet.
    case pending = "PENDING"
    case success = "SUCCESS"
    case failure = "FAILURE"

    public var label: String {
        switch self {
        case .pending: "等待应答"
        case .success: "成功"
        case .failure: "失败"
        }
    }
}

/// Why a call counts as failed, as the marketplace would see it.
public enum CallFailureKind: String, LabeledEnum {
    /// No answer within the upstream timeout.
    case timeout = "TIMEOUT"
    /// The upstream refused or reset the connection, or it could not be reached.
    case refused = "REFUSED"
    /// An HTTP status other than 200.
    case httpStatus = "HTTP_STATUS"
    /// The body is not JSON, or not an object with `resultCode` and `resultMsg`, or the content type is wrong.
    case notJSON = "NOT_JSON"
    /// `resultCode` says success but a field the activity requires is missing (`detail` names it).
    case missingField = "MISSING_FIELD"
    /// `resultCode` is not a success code for the activity (`detail` holds code and message).
    case resultCode = "RESULT_CODE"
    /// A V1 answer without a valid `Body-Sign`.
    case badBodySign = "BAD_BODY_SIGN"
    /// The relay stopped (or was killed) while the call was in flight.
    case relayStopped = "RELAY_STOPPED"
    /// `--enforce-signature` answered `000001` without forwarding.
    case signatureRefused = "SIGNATURE_REFUSED"
    /// Too many calls at once, or a body over the limit: answered by the relay, not forwarded.
    case relayLimit = "RELAY_LIMIT"

    public var label: String {
        switch self {
        case .timeout: "超时"
        case .refused: "连接失败"
        case .httpStatus: "HTTP状态"
        case .notJSON: "非JSON应答"
        case .missingField: "缺少字段"
        case .resultCode: "结果码"
        case .badBodySign: "Body-Sign错误"
        case .relayStopped: "无应答(中继已停止)"
        case .signatureRefused: "签名拒绝"
        case .relayLimit: "中继限流"
        }
    }
}

/// Where an interface-exception message comes from: the seller gateway's copy of Seller Center, or the
/// relay's journal of the marketplace's calls.
public enum MessageSource: String, LabeledEnum {
    case gateway = "gateway", journal = "journal"

    public var label: String { self == .gateway ? "网关" : "调用记录" }
}
