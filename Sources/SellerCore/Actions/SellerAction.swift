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

/// The kind of a seller action: its name in the outbox, on the command line and in the keymap.
public enum ActionKind: String, CaseIterable, Sendable, LabeledEnum {
    case restart = "restart"
    case confirmRequirement = "confirm-requirement"
    case rejectRequirement = "reject-requirement"
    case deliver = "deliver"
    case acceptTicket = "ticket-accept"
    case replyTicket = "ticket-reply"
    case resolveTicket = "ticket-resolve"

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
        }
    }

    /// The list the action's target lives in.
    public var targetKind: EntityKind {
        switch self {
        case .restart: .exceptions
        case .confirmRequirement, .rejectRequirement, .deliver: .supervision
        case .acceptTicket, .replyTicket, .resolveTicket: .tickets
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
    /// 留言, optionally setting the ticket to 待客户反馈.
    case replyTicket(caseId: String, content: String, waitForCustomer: Bool)
    /// 确认解决 with 出现原因 and 解决方案.
    case resolveTicket(caseId: String, cause: String, solution: String)

    public var kind: ActionKind {
        switch self {
        case .restart: .restart
        case .confirmRequirement: .confirmRequirement
        case .rejectRequirement: .rejectRequirement
        case .deliver: .deliver
        case .acceptTicket: .acceptTicket
        case .replyTicket: .replyTicket
        case .resolveTicket: .resolveTicket
        }
    }

    /// The id of the record the action changes; its kind is `kind.targetKind`.
    public var targetId: String {
        switch self {
        case .restart(let id), .confirmRequirement(let id), .rejectRequirement(let id, _), .deliver(let id, _, _),
             .acceptTicket(let id), .replyTicket(let id, _, _), .resolveTicket(let id, _, _):
            id
        }
    }

    public var targetKind: EntityKind { kind.targetKind }

    /// Bytes the action uploads before it is submitted (zero for everything but a delivery).
    public var uploadBytes: Int64 {
        guard case .deliver(_, let files, _) = self else { return 0 }
        return files.reduce(0) { $0 + $1.size }
    }
}
