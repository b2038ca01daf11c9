import SellerCore

/// The console's tabs, in the order `1`–`7` and Tab walk them. Five list a kind of record from the store; the
/// sixth lists the outbox of actions waiting to be sent; the seventh the relay's journal of marketplace calls
/// (kept last so the digits of the older tabs stay what sellers learned).
public enum ConsoleTab: Int, CaseIterable, Hashable, Sendable {
    case orders, instances, exceptions, supervision, tickets, outbox, calls

    /// The records this tab lists; nil for the outbox.
    public var entityKind: EntityKind? {
        switch self {
        case .orders: .orders
        case .instances: .instances
        case .exceptions: .exceptions
        case .supervision: .supervision
        case .tickets: .tickets
        case .outbox: nil
        case .calls: .calls
        }
    }

    public init(kind: EntityKind) {
        switch kind {
        case .orders: self = .orders
        case .instances: self = .instances
        case .exceptions: self = .exceptions
        case .supervision: self = .supervision
        case .tickets: self = .tickets
        case .calls: self = .calls
        }
    }

    public var title: String { entityKind?.label ?? "队列" }
    public var englishTitle: String { entityKind?.englishLabel ?? "Outbox" }
    /// The tab bar's title when the full ones do not fit: 调用 keeps the seven tabs on one 80-column line.
    public var shortTitle: String { self == .calls ? "调用" : title }

    /// The word `:` accepts to switch here (`:orders`, `:outbox`).
    public var commandName: String { entityKind?.commandName ?? "outbox" }

    /// The digit that selects the tab.
    public var hotkey: String { String(rawValue + 1) }
}
