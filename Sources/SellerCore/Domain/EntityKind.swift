/// The five kinds of record the console lists and syncs. The raw value names the gateway's list endpoint.
public enum EntityKind: String, CaseIterable, Hashable, Sendable {
    case orders
    case instances
    case exceptions = "produce-messages"
    case supervision = "supervision-tasks"
    case tickets

    public var label: String {
        switch self {
        case .orders: "订单"
        case .instances: "实例"
        case .exceptions: "接口异常"
        case .supervision: "服务监管"
        case .tickets: "工单"
        }
    }

    public var englishLabel: String {
        switch self {
        case .orders: "Orders"
        case .instances: "Instances"
        case .exceptions: "Exceptions"
        case .supervision: "Supervision"
        case .tickets: "Tickets"
        }
    }

    /// The name a seller types on the command line (`seller-console list exceptions`).
    public var commandName: String {
        switch self {
        case .orders: "orders"
        case .instances: "instances"
        case .exceptions: "exceptions"
        case .supervision: "supervision"
        case .tickets: "tickets"
        }
    }
}
