/// Any one record of the kinds the console lists, so that paging, syncing and storing can be written once.
public enum SellerRecord: Equatable, Sendable {
    case order(Order)
    case instance(Instance)
    case exception(ProduceMessage)
    case supervision(SupervisionTask)
    case ticket(Ticket)
    /// A journalled marketplace call (never synced; the relay writes it).
    case call(JournalCall)

    public var kind: EntityKind {
        switch self {
        case .order: .orders
        case .instance: .instances
        case .exception: .exceptions
        case .supervision: .supervision
        case .ticket: .tickets
        case .call: .calls
        }
    }

    public var id: String {
        switch self {
        case .order(let order): order.orderId
        case .instance(let instance): instance.instanceId
        case .exception(let message): message.messageId
        case .supervision(let task): task.taskId
        case .ticket(let ticket): ticket.caseId
        case .call(let call): call.callId
        }
    }

    public var updatedAt: Timestamp {
        switch self {
        case .order(let order): order.updatedAt
        case .instance(let instance): instance.updatedAt
        case .exception(let message): message.updatedAt
        case .supervision(let task): task.updatedAt
        case .ticket(let ticket): ticket.updatedAt
        case .call(let call): call.updatedAt
        }
    }
}
