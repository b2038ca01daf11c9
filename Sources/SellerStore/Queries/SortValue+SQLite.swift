import ListContract
import SellerCore

extension SortValue {
    /// The value to bind when seeking past a key.
    var sqlValue: SQLiteValue {
        switch self {
        case .null: .null
        case .integer(let value): .integer(value)
        case .text(let value): .text(value)
        }
    }

    /// A sort column's stored value; reals and blobs never occur in sort columns and read as null.
    init(_ value: SQLiteValue) {
        switch value {
        case .integer(let number): self = .integer(number)
        case .text(let text): self = .text(text)
        case .null, .real, .blob: self = .null
        }
    }
}
