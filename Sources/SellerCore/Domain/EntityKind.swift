/// The kinds of record the console lists. The first five are synced from the seller gateway, whose list endpoint
/// the raw value names; `calls` is the relay's journal of the marketplace's calls, written locally, never synced.
public enum EntityKind: String, CaseIterable, Hashable, Sendable {
    case orders
    case instances
    case exceptions = "produce-messages"
    case supervision = "supervision-tasks"
    case tickets
    case calls

    /// The kinds the seller gateway serves, in sync order.
    public static let synced: [EntityKind] = [.orders, .instances, .exceptions, .supervision, .tickets]

    /// Whether sync pulls this kind from the gateway.
    public var isSynced: Bool { self != .calls }

    public var label: String {
        switch self {
        case .orders: "订单"
        case .instances: "实例"
        case .exceptions: "接口异常"
        case .supervision: "服务监管"
        case .tickets: "工单"
        case .calls: "调用记录"
        }
    }

    public var englishLabel: String {
        switch self {
        case .orders: "Orders"
        case .instances: "Instances"
        case .exceptions: "Exceptions"
        case .supervision: "Supervision"
        case .tickets: "Tickets"
        case .calls: "Calls"
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
        case .calls: "calls"
        }
    }
}
