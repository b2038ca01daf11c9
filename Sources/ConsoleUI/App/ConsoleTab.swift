import Localization
import SellerCore

/// The console's tabs, in the order `0`–`7` and Tab walk them. The overview comes first (`0`): it opens the
/// console on what needs the seller. Five list a kind of record from the store; the sixth lists the outbox of
/// actions waiting to be sent; the seventh the relay's journal of marketplace calls (kept last so the digits of the
/// older tabs stay what sellers learned).
public enum ConsoleTab: Int, CaseIterable, Hashable, Sendable {
    case overview, orders, instances, exceptions, supervision, tickets, outbox, calls

    /// The records this tab lists; nil for the overview and the outbox.
    public var entityKind: EntityKind? {
        switch self {
        case .overview: nil
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

    /// The tab's full name (the list title, the help, `:` accepts it as a verb), in both languages.
    public var title: Phrase { ScreenTabText.title(self) }

    /// The tab bar's names from the widest to the narrowest in `language`; the bar uses the widest that fits.
    public func barTitles(_ language: Language) -> [String] {
        [ScreenTabText.title(self), ScreenTabText.middleTitle(self), ScreenTabText.shortTitle(self)]
            .map { $0(language) }
    }

    /// The word `:` accepts to switch here (`:orders`, `:outbox`, `:overview`).
    public var commandName: String {
        switch self {
        case .overview: "overview"
        case .outbox: "outbox"
        default: entityKind?.commandName ?? ""
        }
    }

    /// The digit that selects the tab: `0` for the overview, `1`–`7` as before it came.
    public var hotkey: String { String(rawValue) }
}
