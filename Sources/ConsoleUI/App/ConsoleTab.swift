import SellerCore

/// The console's tabs, in the order `1`–`6` and Tab walk them. Five list a kind of record from the store; the
/// sixth lists the outbox of actions waiting to be sent.
public enum ConsoleTab: Int, CaseIterable, Hashable, Sendable {
    case orders, instances, exceptions, supervision, tickets, outbox

    /// The records this tab lists; nil for the outbox.
    public var entityKind: EntityKind? {
        switch self {
        case .orders: .orders
        case .instances: .instances
        case .exceptions: .exceptions
        case .supervision: .supervision
        case .tickets: .tickets
        case .outbox: nil
        }
    }

    public init(kind: EntityKind) {
        switch kind {
        case .orders: self = .orders
        case .instances: self = .instances
        case .exceptions: self = .exceptions
        case .supervision: self = .supervision
        case .tickets: self = .tickets
        }
    }

    public var title: String { entityKind?.label ?? "队列" }
    public var englishTitle: String { entityKind?.englishLabel ?? "Outbox" }

    /// The word `:` accepts to switch here (`:orders`, `:outbox`).
    public var commandName: String { entityKind?.commandName ?? "outbox" }

    /// The digit that selects the tab.
    public var hotkey: String { String(rawValue + 1) }
}
