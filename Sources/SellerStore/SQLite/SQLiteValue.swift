/// One SQLite value, as bound to a parameter or read from a column: the five storage classes of SQLite.
///
/// > Each value stored in an SQLite database (or manipulated by the database engine) has one of the following
/// > storage classes: NULL, INTEGER, REAL, TEXT, BLOB.
public enum SQLiteValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])
}

// MARK: - Building values from Swift optionals

extension SQLiteValue {
    /// `nil` becomes NULL, so optional model fields bind without a switch at every call site.
    public init(_ value: String?) { self = value.map { .text($0) } ?? .null }
    /// `nil` becomes NULL; the number is stored as an INTEGER.
    public init(_ value: Int64?) { self = value.map { .integer($0) } ?? .null }
    public init(_ value: Int?) { self = value.map { .integer(Int64($0)) } ?? .null }
    public init(_ value: Int32?) { self = value.map { .integer(Int64($0)) } ?? .null }
    public init(_ value: Double?) { self = value.map { .real($0) } ?? .null }
    /// SQLite has no boolean type: `true` is stored as 1 and `false` as 0.
    public init(_ value: Bool?) { self = value.map { .integer($0 ? 1 : 0) } ?? .null }
    public init(_ value: [UInt8]?) { self = value.map { .blob($0) } ?? .null }
}

// MARK: - Reading values back

extension SQLiteValue {
    /// Whether this is SQL NULL.
    public var isNull: Bool { self == .null }

    /// The integer, if this is an INTEGER (no conversion from other classes).
    public var int64Value: Int64? { if case .integer(let v) = self { v } else { nil } }

    /// The number as a Double, for INTEGER and REAL values.
    public var doubleValue: Double? {
        switch self {
        case .integer(let v): Double(v)
        case .real(let v): v
        default: nil
        }
    }

    /// The text, if this is TEXT.
    public var textValue: String? { if case .text(let v) = self { v } else { nil } }

    /// The bytes, for BLOB values.
    public var blobValue: [UInt8]? { if case .blob(let v) = self { v } else { nil } }
}

// MARK: - Literals (tests and fixed SQL arguments read naturally: `[1, "a", nil]`)

extension SQLiteValue: ExpressibleByNilLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByStringLiteral, ExpressibleByBooleanLiteral {
    public init(nilLiteral: ()) { self = .null }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .real(value) }
    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .integer(value ? 1 : 0) }
}
