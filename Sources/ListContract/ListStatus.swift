import Localization
import SellerCore

/// A status a list can be filtered by, typed per kind: an order's or instance's status, an exception's state, a
/// supervision task's node, a ticket's status. The store filters by its raw value and refuses one of another
/// kind (`ListQueryError.statusNotOfKind`).
public enum ListStatus: Hashable, Sendable, CustomStringConvertible {
    case order(OrderStatus)
    case instance(InstanceStatus)
    case exception(ExceptionState)
    case supervision(SupervisionNode)
    case ticket(TicketStatus)
    /// A journalled call's outcome.
    case call(CallOutcome)

    /// Every status of `kind`, in the enum's order, for quick filters and `--status`.
    public static func all(for kind: EntityKind) -> [ListStatus] {
        switch kind {
        case .orders: OrderStatus.allCases.map(ListStatus.order)
        case .instances: InstanceStatus.allCases.map(ListStatus.instance)
        case .exceptions: ExceptionState.allCases.map(ListStatus.exception)
        case .supervision: SupervisionNode.allCases.map(ListStatus.supervision)
        case .tickets: TicketStatus.allCases.map(ListStatus.ticket)
        case .calls: CallOutcome.allCases.map(ListStatus.call)
        }
    }

    /// The exception states that still need the seller (the Exceptions tab's default quick filter).
    public static let openExceptionStates: [ListStatus] =
        ExceptionState.allCases.filter(\.isOpen).map(ListStatus.exception)

    /// The list the status belongs to.
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

    /// The wire spelling, as the store holds it.
    public var rawValue: String {
        switch self {
        case .order(let status): status.rawValue
        case .instance(let status): status.rawValue
        case .exception(let state): state.rawValue
        case .supervision(let node): node.rawValue
        case .ticket(let status): status.rawValue
        case .call(let outcome): outcome.rawValue
        }
    }

    /// The wire spelling, so a logged query reads as the store filters it.
    public var description: String { rawValue }

    /// The label in both languages.
    public var phrase: Phrase {
        switch self {
        case .order(let status): status.phrase
        case .instance(let status): status.phrase
        case .exception(let state): state.phrase
        case .supervision(let node): node.phrase
        case .ticket(let status): status.phrase
        case .call(let outcome): outcome.phrase
        }
    }

    /// The Chinese label.
    public var label: String {
        switch self {
        case .order(let status): status.label
        case .instance(let status): status.label
        case .exception(let state): state.label
        case .supervision(let node): node.label
        case .ticket(let status): status.label
        case .call(let outcome): outcome.label
        }
    }
}
