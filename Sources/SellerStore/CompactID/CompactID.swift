import Crypto

/// The marketplace's customer and user ids are 32 lowercase hexadecimal digits ("68cbc86abc2018ab880d92f36422fa0e").
/// The store keeps such an id as the 16 bytes it spells, half the bytes in the row and in each index on it, and any
/// other id as the text it is, so nothing is lost on an id of another shape. Reads turn the bytes back into the
/// same text, in Swift (`Row.compactID`) and in SQL (`CompactID.text(of:)`, for the search text).
enum CompactID {
    /// Bytes an encoded id takes.
    static let byteCount = 16

    /// What to store for `id`: its 16 bytes when it is 32 lowercase hex digits, else the text unchanged.
    static func value(_ id: String) -> SQLiteValue {
        bytes(id).map(SQLiteValue.blob) ?? .text(id)
    }

    /// `value`, with nil stored as NULL.
    static func value(_ id: String?) -> SQLiteValue {
        id.map { value($0) } ?? .null
    }

    /// The 16 bytes `id` spells, or nil unless it is exactly 32 lowercase hex digits. Upper case is left as
    /// text: it would read back in lower case, and the store gives back what it was given.
    static func bytes(_ id: String) -> [UInt8]? {
        guard id.utf8.count == byteCount * 2, let bytes = Hex.decode(id), Hex.encode(bytes) == id else { return nil }
        return bytes
    }

    /// The SQL expression giving `column`'s id as text, whichever way it is stored: the search text and its
    /// `LIKE` checks read ids through it, so they see the same text as before the encoding.
    static func text(of column: String) -> String {
        "CASE WHEN typeof(\(column)) = 'blob' THEN lower(hex(\(column))) ELSE \(column) END"
    }
}

extension Row {
    /// An id column written with `CompactID.value`, as the text it was given.
    func compactID(_ index: Int) -> String {
        switch value(index) {
        case .blob(let bytes) where bytes.count == CompactID.byteCount: Hex.encode(bytes)
        case .text(let id): id
        default: text(index)
        }
    }

    /// `compactID`, with NULL read as nil.
    func optionalCompactID(_ index: Int) -> String? {
        isNull(index) ? nil : compactID(index)
    }
}
