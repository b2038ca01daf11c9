/// Ticket status with OSM's numeric codes (§8.2, §13.a).
public enum TicketStatus: String, LabeledEnum {
    case pendingAccept = "PENDING_ACCEPT", inProgress = "IN_PROGRESS", waitingCustomer = "WAITING_CUSTOMER"
    case waitingConfirm = "WAITING_CONFIRM", done = "DONE", withdrawn = "WITHDRAWN", invalid = "INVALID"

    public var label: String {
        switch self {
        case .pendingAccept: "待受理"
        case .inProgress: "处理中"
        case .waitingCustomer: "待客户反馈"
        case .waitingConfirm: "待确认结果"
        case .done: "已完成"
        case .withdrawn: "已撤销"
        case .invalid: "无效"
        }
    }

    /// OSM's status code.
    public var code: Int {
        switch self {
        case .pendingAccept: 0
        case .inProgress: 1
        case .waitingConfirm: 2
        case .done: 3
        case .withdrawn: 4
        case .invalid: 12
        case .waitingCustomer: 17
        }
    }

    public var isClosed: Bool { self == .done || self == .withdrawn || self == .invalid }
}

/// Who wrote a ticket message: OSM's `type` 0 = customer, 1 = support (here: the seller).
public enum TicketAuthor: String, LabeledEnum {
    case customer = "CUSTOMER", seller = "SELLER", system = "SYSTEM"

    public var label: String {
        switch self {
        case .customer: "客户"
        case .seller: "商家"
        case .system: "系统"
        }
    }
}
