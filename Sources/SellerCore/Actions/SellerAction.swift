/// A file the seller delivers as acceptance evidence (交付验收件): where it is on disk, what it is, and the size
/// and SHA-256 measured when it was chosen, so the upload can prove it sent exactly that file.
public struct DeliverableUpload: Equatable, Sendable {
    public var path: String
    public var fileName: String
    public var size: Int64
    /// Lower-case hex SHA-256 of the content.
    public var sha256: String
    public var kind: DeliverableKind

    public init(path: String, fileName: String, size: Int64, sha256: String, kind: DeliverableKind) {
        self.path = path
        self.fileName = fileName
        self.size = size
        self.sha256 = sha256
        self.kind = kind
    }
}

/// A license handed back for an asynchronous `getLicenseAsync`: text (up to 1,024 characters), or a file with the
/// size and SHA-256 measured when it was chosen (§5.3).
public enum LicenseDelivery: Equatable, Sendable {
    case text(String)
    case file(LicenseFile)
}

/// A license file to upload: where it is, its name, and the size and SHA-256 it had when chosen.
public struct LicenseFile: Equatable, Sendable {
    public var path: String
    public var fileName: String
    public var size: Int64
    /// Lower-case hex SHA-256 of the content.
    public var sha256: String

    public init(path: String, fileName: String, size: Int64, sha256: String) {
        self.path = path
        self.fileName = fileName
        self.size = size
        self.sha256 = sha256
    }
}

/// The kind of a seller action: its name in the outbox, on the command line and in the keymap.
public enum ActionKind: String, CaseIterable, Sendable, LabeledEnum {
    case restart = "restart"
    case confirmRequirement = "confirm-requirement"
    case rejectRequirement = "reject-requirement"
    case deliver = "deliver"
    case acceptTicket = "ticket-accept"
    case replyTicket = "ticket-reply"
    case resolveTicket = "ticket-resolve"
    case replayMessage = "replay"
    case replayCall = "replay-call"
    case deliverLicense = "deliver-license"

    /// The words of KooGallery's Seller Center for the action.
    public var label: String {
        switch self {
        case .restart: "重新启动"
        case .confirmRequirement: "确认需求"
        case .rejectRequirement: "驳回需求"
        case .deliver: "确认完成(交付)"
        case .acceptTicket: "受理"
        case .replyTicket: "留言"
        case .resolveTicket: "确认解决"
        case .replayMessage, .replayCall: "重放"
        case .deliverLicense: "交付License"
        }
    }

    /// The action as an English verb phrase, for the English half of a message ("Cannot reject the requirement").
    public var englishLabel: String {
        switch self {
        case .restart: "restart the call"
        case .confirmRequirement: "confirm the requirement"
        case .rejectRequirement: "reject the requirement"
        case .deliver: "deliver"
        case .acceptTicket: "accept the ticket"
        case .replyTicket: "reply to the ticket"
        case .resolveTicket: "resolve the ticket"
        case .replayMessage, .replayCall: "replay the call"
        case .deliverLicense: "deliver the license"
        }
    }

    /// Whether the seller gateway applies it; a replay goes to the seller's own interface and a license to the
    /// open API's market-event upload.
    public var isGatewayAction: Bool {
        switch self {
        case .replayMessage, .replayCall, .deliverLicense: false
        default: true
        }
    }

    /// The list the action's target lives in.
    public var targetKind: EntityKind {
        switch self {
        case .restart: .exceptions
        case .confirmRequirement, .rejectRequirement, .deliver: .supervision
        case .acceptTicket, .replyTicket, .resolveTicket: .tickets
        case .replayMessage: .exceptions
        case .replayCall, .deliverLicense: .calls
        }
    }
}

/// Something the seller asks the marketplace to do (ARCHITECTURE §7). It is written to the outbox before it is sent and
/// carries everything needed to send it again after a crash.
public enum SellerAction: Equatable, Sendable {
    /// 重新启动: re-run a failed call to the seller's production interface.
    case restart(messageId: String)
    case confirmRequirement(taskId: String)
    /// 驳回: the reason is required.
    case rejectRequirement(taskId: String, reason: String)
    /// 确认完成: upload the files, then submit them with the optional actual service start time.
    case deliver(taskId: String, files: [DeliverableUpload], actualStart: Timestamp?)
    case acceptTicket(caseId: String)
    /// 留言, optionally setting the ticket to 待客户反馈, with files uploaded first (`kind` unused).
    case replyTicket(caseId: String, content: String, waitForCustomer: Bool, files: [DeliverableUpload] = [])
    /// 确认解决 with 出现原因 and 解决方案.
    case resolveTicket(caseId: String, cause: String, solution: String)
    /// 重放: re-send the latest marketplace call of a journal message to the seller's interface, signed afresh.
    case replayMessage(messageId: String)
    /// 重放 one journalled call.
    case replayCall(callId: String)
    /// Hand the license of an asynchronous `getLicenseAsync` (answered `000004`) to the marketplace through the
    /// market-event upload (§3.5, §5.3). The target is the journalled call; `eventId` is the marketplace's.
    case deliverLicense(callId: String, eventId: String, license: LicenseDelivery)

    public var kind: ActionKind {
        switch self {
        case .restart: .restart
        case .confirmRequirement: .confirmRequirement
        case .rejectRequirement: .rejectRequirement
        case .deliver: .deliver
        case .acceptTicket: .acceptTicket
        case .replyTicket: .replyTicket
        case .resolveTicket: .resolveTicket
        case .replayMessage: .replayMessage
        case .replayCall: .replayCall
        case .deliverLicense: .deliverLicense
        }
    }

    /// The id of the record the action changes; its kind is `kind.targetKind`.
    public var targetId: String {
        switch self {
        case .restart(let id), .confirmRequirement(let id), .rejectRequirement(let id, _), .deliver(let id, _, _),
             .acceptTicket(let id), .replyTicket(let id, _, _, _), .resolveTicket(let id, _, _),
             .replayMessage(let id), .replayCall(let id), .deliverLicense(let id, _, _):
            id
        }
    }

    public var targetKind: EntityKind { kind.targetKind }

    /// Bytes the action uploads before it is submitted (a delivery's, a license file's, a reply's attachments).
    public var uploadBytes: Int64 {
        switch self {
        case .deliver(_, let files, _): files.reduce(0) { $0 + $1.size }
        case .deliverLicense(_, _, .file(let file)): file.size
        case .replyTicket(_, _, _, let files): files.reduce(0) { $0 + $1.size }
        default: 0
        }
    }
}
