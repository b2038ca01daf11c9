import Localization
import SellerCore

/// The instant and zone a filter's dates are read in: the seller's local days (the console's display offset, the
/// CLI's local offset) and "the last 7 days" counted back from `now`. A value, so the parser stays pure and a
/// query means the same thing on every page.
public struct FilterClock: Hashable, Sendable {
    public var now: Timestamp
    public var utcOffsetSeconds: Int

    public init(now: Timestamp, utcOffsetSeconds: Int) {
        self.now = now
        self.utcOffsetSeconds = utcOffsetSeconds
    }
}

/// A `name:value` term the filter reads as a column condition instead of search text. The names are reserved on
/// every kind: `created:` on a kind without a creation time is an error, never free text.
public enum FilterField: String, CaseIterable, Hashable, Sendable {
    case created, updated, expire, last, received, amount, customer, sku, product, activity

    public enum ValueKind: Sendable { case time, amount, text }

    public var valueKind: ValueKind {
        switch self {
        case .created, .updated, .expire, .last, .received: .time
        case .amount: .amount
        case .customer, .sku, .product, .activity: .text
        }
    }

    /// The kinds with a column (or child table) for this field.
    public func applies(to kind: EntityKind) -> Bool {
        switch self {
        case .created: kind == .orders || kind == .tickets
        case .updated: kind != .calls
        case .expire: kind == .instances
        case .last: kind == .exceptions
        case .received: kind == .calls
        case .amount: kind == .orders
        case .customer: kind == .orders || kind == .instances || kind == .tickets
        case .sku: kind == .orders || kind == .instances
        case .product: kind != .calls
        case .activity: kind == .exceptions || kind == .calls
        }
    }

    /// The field names `kind` accepts, for error messages and help.
    public static func names(for kind: EntityKind) -> [String] {
        allCases.filter { $0.applies(to: kind) }.map(\.rawValue)
    }
}

/// One parsed field term's condition. Times are half-open `[from, until)`; a nil end is open.
public enum FilterCondition: Hashable, Sendable {
    case time(from: Timestamp?, until: Timestamp?)
    /// Amount bounds in yuan, each with whether it is inclusive.
    case amount(lower: AmountBound?, upper: AmountBound?)
    case text(String)
    /// Activity wire names (a Chinese label can name several).
    case activities([String])
}

public struct AmountBound: Hashable, Sendable {
    public var value: Double
    public var inclusive: Bool

    public init(_ value: Double, inclusive: Bool) {
        self.value = value
        self.inclusive = inclusive
    }
}

/// A filter split into its free-text terms and its field terms.
public struct ParsedFilter: Hashable, Sendable {
    public var freeTerms: [String] = []
    public var fields: [FieldTerm] = []

    public struct FieldTerm: Hashable, Sendable {
        public var field: FilterField
        public var condition: FilterCondition
    }
}

/// A field term the parser refuses: why, and where (1-based character position in the filter text). The
/// reason is English (the command line and the logs); `chineseReason` says the same as a whole Chinese sentence
/// for the console.
public struct FilterSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    public var position: Int
    public var reason: String
    public var chineseReason: String

    public init(position: Int, reason: String, chineseReason: String) {
        self.position = position
        self.reason = reason
        self.chineseReason = chineseReason
    }

    public var description: String { "at \(position): \(reason)" }

    /// `第 3 个字符处：…` / `at 3: …`.
    public var phrase: Phrase {
        Phrase(zh: "第 \(position) 个字符处：\(chineseReason)", en: description)
    }
}
