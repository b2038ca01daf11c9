import Localization
import SellerCore

/// An enum field of a list row as the store holds it: a value this build knows, or the spelling of one it does
/// not (written by a newer build), kept so the row still shows it instead of failing or hiding it.
public enum StoredValue<Value: LabeledEnum>: Hashable, Sendable {
    case known(Value)
    case unrecognized(String)

    public init(_ value: Value) { self = .known(value) }

    /// The stored spelling, known or not.
    public init(rawValue: String) {
        self = Value(rawValue: rawValue).map { .known($0) } ?? .unrecognized(rawValue)
    }

    public var rawValue: String {
        switch self {
        case .known(let value): value.rawValue
        case .unrecognized(let raw): raw
        }
    }

    /// The value when this build knows it.
    public var known: Value? {
        if case .known(let value) = self { return value }
        return nil
    }

    /// The Chinese label when known, else the stored spelling as it is (the display sanitises it).
    public var label: String { known?.label ?? rawValue }

    /// The label in `language` when known, else the stored spelling as it is.
    public func label(_ language: Language) -> String { known?.label(language) ?? rawValue }
}
