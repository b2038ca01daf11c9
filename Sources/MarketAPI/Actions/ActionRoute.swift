import SellerCore
import Signing

/// The action endpoints of the seller gateway (Assets/api/seller-gateway.md, "Actions"). The client builds paths
/// from here and the simulator parses them back here, so the two cannot drift apart.
public enum ActionRoute: Equatable, Sendable {
    case restart(messageId: String)
    case confirmRequirement(taskId: String)
    case rejectRequirement(taskId: String)
    case submitDeliverables(taskId: String)
    case acceptTicket(caseId: String)
    case replyTicket(caseId: String)
    case resolveTicket(caseId: String)
    /// `PUT` appends a chunk, `GET` says how much has arrived.
    case upload(taskId: String, uploadId: String)
    /// The same resumable upload for a ticket reply's attachments.
    case ticketUpload(caseId: String, uploadId: String)

    /// Header carrying the action's idempotency key.
    public static let idempotencyHeader = "Idempotency-Key"
    /// Headers describing the whole file on every chunk of an upload.
    public static let fileNameHeader = "X-File-Name"
    public static let fileSizeHeader = "X-File-Size"
    public static let fileSHA256Header = "X-File-Sha256"
    /// Largest chunk a client sends and the simulator accepts in one `PUT`.
    public static let maximumChunkBytes = 8 << 20

    /// The route that submits `action` (uploads have their own routes); nil for the actions that do not go to the
    /// seller gateway (a replay goes to the seller's own interface, a license to the market-event open API).
    public init?(submitting action: SellerAction) {
        switch action {
        case .restart(let id): self = .restart(messageId: id)
        case .confirmRequirement(let id): self = .confirmRequirement(taskId: id)
        case .rejectRequirement(let id, _): self = .rejectRequirement(taskId: id)
        case .deliver(let id, _, _): self = .submitDeliverables(taskId: id)
        case .acceptTicket(let id): self = .acceptTicket(caseId: id)
        case .replyTicket(let id, _, _, _): self = .replyTicket(caseId: id)
        case .resolveTicket(let id, _, _): self = .resolveTicket(caseId: id)
        case .replayMessage, .replayCall, .deliverLicense: return nil
        }
    }

    public var path: String {
        let base = GatewayPaths.gatewayBase
        switch self {
        case .restart(let id): return base + "produce-messages/\(RFC3986.encode(id))/restart"
        case .confirmRequirement(let id): return base + "supervision-tasks/\(RFC3986.encode(id))/requirement:confirm"
        case .rejectRequirement(let id): return base + "supervision-tasks/\(RFC3986.encode(id))/requirement:reject"
        case .submitDeliverables(let id): return base + "supervision-tasks/\(RFC3986.encode(id))/deliverables"
        case .acceptTicket(let id): return base + "tickets/\(RFC3986.encode(id)):accept"
        case .replyTicket(let id): return base + "tickets/\(RFC3986.encode(id))/messages"
        case .resolveTicket(let id): return base + "tickets/\(RFC3986.encode(id)):resolve"
        case .upload(let task, let upload):
            return base + "supervision-tasks/\(RFC3986.encode(task))/uploads/\(RFC3986.encode(upload))"
        case .ticketUpload(let ticket, let upload):
            return base + "tickets/\(RFC3986.encode(ticket))/uploads/\(RFC3986.encode(upload))"
        }
    }

    /// The record the route changes.
    public var target: (kind: EntityKind, id: String) {
        switch self {
        case .restart(let id): (.exceptions, id)
        case .confirmRequirement(let id), .rejectRequirement(let id), .submitDeliverables(let id), .upload(let id, _):
            (.supervision, id)
        case .acceptTicket(let id), .replyTicket(let id), .resolveTicket(let id): (.tickets, id)
        case .ticketUpload(let id, _): (.tickets, id)
        }
    }

    /// Parses the part of a path after `GatewayPaths.gatewayBase`; nil when it is not an action route.
    public init?(gatewayPath rest: String) {
        let segments = rest.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        func id(_ segment: String) -> String? {
            let decoded = RFC3986.decode(segment)
            return decoded.isEmpty ? nil : decoded
        }
        switch segments.count {
        case 2 where segments[0] == "tickets":
            // `{id}:verb`: a literal colon is the verb separator, since ids are percent-encoded.
            guard let colon = segments[1].lastIndex(of: ":"),
                  let caseId = id(String(segments[1][..<colon])) else { return nil }
            switch segments[1][segments[1].index(after: colon)...] {
            case "accept": self = .acceptTicket(caseId: caseId)
            case "resolve": self = .resolveTicket(caseId: caseId)
            default: return nil
            }
        case 3:
            guard let target = id(segments[1]) else { return nil }
            switch (segments[0], segments[2]) {
            case ("produce-messages", "restart"): self = .restart(messageId: target)
            case ("supervision-tasks", "requirement:confirm"): self = .confirmRequirement(taskId: target)
            case ("supervision-tasks", "requirement:reject"): self = .rejectRequirement(taskId: target)
            case ("supervision-tasks", "deliverables"): self = .submitDeliverables(taskId: target)
            case ("tickets", "messages"): self = .replyTicket(caseId: target)
            default: return nil
            }
        case 4 where segments[0] == "supervision-tasks" && segments[2] == "uploads":
            guard let task = id(segments[1]), let upload = id(segments[3]) else { return nil }
            self = .upload(taskId: task, uploadId: upload)
        case 4 where segments[0] == "tickets" && segments[2] == "uploads":
            guard let ticket = id(segments[1]), let upload = id(segments[3]) else { return nil }
            self = .ticketUpload(caseId: ticket, uploadId: upload)
        default:
            return nil
        }
    }

    /// The upload id of file `index` of the delivery whose idempotency key is `key`: chosen by the client, so an
    /// upload resumes after a restart without remembering anything the server said.
    public static func uploadId(idempotencyKey key: String, fileIndex index: Int) -> String {
        "\(key)-f\(index)"
    }

    /// The upload id of an upload route; nil for an action.
    public var uploadId: String? {
        switch self {
        case .upload(_, let id), .ticketUpload(_, let id): id
        default: nil
        }
    }

    /// Whether the route carries upload chunks (and their status) rather than an action.
    public var isUpload: Bool {
        switch self {
        case .upload, .ticketUpload: true
        default: false
        }
    }
}
