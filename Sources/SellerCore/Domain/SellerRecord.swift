/// Any one record of the five kinds, so that paging, syncing and storing can be written once.
public enum SellerRecord: Equatable, Sendable {
    case order(Order)
    case instance(Instance)
    case exception(ProduceMessage)
    case supervision(SupervisionTask)
    case ticket(Ticket)

    public var kind: EntityKind {
        switch self {
        case .order: .orders
        case .instance: .instances
        case .exception: .exceptions
        case .supervision: .supervision
        case .ticket: .tickets
        }
    }

    public var id: String {
        switch self {
        case .order(let order): order.orderId
        case .instance(let instance): instance.instanceId
        case .exception(let message): message.messageId
        case .supervision(let task): task.taskId
        case .ticket(let ticket): ticket.caseId
        }
    }

    public var updatedAt: Timestamp {
        switch self {
        case .order(let order): order.updatedAt
        case .instance(let instance): instance.updatedAt
        case .exception(let message): message.updatedAt
        case .supervision(let task): task.updatedAt
        case .ticket(let ticket): ticket.updatedAt
        }
    }
}
