import CSQLite

/// The current row of a running statement, read by 0-based column index.
///
/// A `Row` is only a view of the statement's current position: it is valid inside the closure it is passed to
/// and must not be kept. Readers follow SQLite's conversions (`sqlite3_column_*`): NULL reads as 0, 0.0, "" or
/// []; use `isNull` or the `optional…` readers to tell NULL apart.
public struct Row {
    let handle: OpaquePointer

    init(handle: OpaquePointer) {
        self.handle = handle
    }

    /// Number of columns in the result.
    public var count: Int { Int(sqlite3_column_count(handle)) }

    /// The name of column `index` (its `AS` alias when there is one).
    public func name(_ index: Int) -> String {
        sqlite3_column_name(handle, column(index)).map { String(cString: $0) } ?? ""
    }

    /// The column index as SQLite takes it, checked against the result width.
    ///
    /// > If the SQL statement does not currently point to a valid row, or if the column index is out of range,
    /// > the result is undefined.
    @inline(__always)
    private func column(_ index: Int) -> Int32 {
        precondition(index >= 0 && index < Int(sqlite3_column_count(handle)),
                     "column \(index) out of range")
        return Int32(truncatingIfNeeded: index)
    }

    // MARK: - Typed readers

    /// Whether the column holds SQL NULL (the typed readers cannot tell NULL from 0 or "").
    public func isNull(_ index: Int) -> Bool {
        sqlite3_column_type(handle, column(index)) == SQLITE_NULL
    }

    /// The column as an integer; REAL is truncated, TEXT parsed as a number prefix, NULL is 0.
    public func int64(_ index: Int) -> Int64 {
        sqlite3_column_int64(handle, column(index))
    }

    /// `Int` is 64 bits on every platform the console supports, so this is `int64` without loss.
    public func int(_ index: Int) -> Int {
        Int(truncatingIfNeeded: sqlite3_column_int64(handle, column(index)))
    }

    /// True for any non-zero integer (SQLite stores booleans as 0 and 1).
    public func bool(_ index: Int) -> Bool {
        sqlite3_column_int64(handle, column(index)) != 0
    }

    /// The column as a floating-point number; NULL is 0.0.
    public func double(_ index: Int) -> Double {
        sqlite3_column_double(handle, column(index))
    }

    /// The column as text. Bytes that are not valid UTF-8 (SQLite does not validate what it stores) are
    /// replaced with U+FFFD rather than failing, so damaged data shows up as `�` instead of crashing.
    public func text(_ index: Int) -> String {
        Self.text(handle, column(index))
    }

    /// The column's bytes (text columns give their UTF-8 bytes).
    public func blob(_ index: Int) -> [UInt8] {
        Self.blob(handle, column(index))
    }

    // MARK: - NULL-aware readers

    /// The readers above, with NULL read as nil: for nullable columns mapped to Swift optionals.
    public func optionalInt64(_ index: Int) -> Int64? { isNull(index) ? nil : int64(index) }
    public func optionalInt(_ index: Int) -> Int? { isNull(index) ? nil : int(index) }
    public func optionalBool(_ index: Int) -> Bool? { isNull(index) ? nil : bool(index) }
    public func optionalDouble(_ index: Int) -> Double? { isNull(index) ? nil : double(index) }
    public func optionalText(_ index: Int) -> String? { isNull(index) ? nil : text(index) }
    public func optionalBlob(_ index: Int) -> [UInt8]? { isNull(index) ? nil : blob(index) }

    /// The column as stored, in its own storage class (no conversion).
    public func value(_ index: Int) -> SQLiteValue {
        let column = column(index)
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, column))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, column))
        case SQLITE_TEXT: return .text(Self.text(handle, column))
        case SQLITE_BLOB: return .blob(Self.blob(handle, column))
        default: return .null
        }
    }

    /// All columns of the row as values.
    public var values: [SQLiteValue] { (0..<count).map { value($0) } }

    // MARK: - Raw reads

    private static func text(_ handle: OpaquePointer, _ column: Int32) -> String {
        // > The safest policy is to invoke these routines in one of the following ways: sqlite3_column_text()
        // > followed by sqlite3_column_bytes() …
        // A NULL pointer means an SQL NULL (or out of memory); both read as "".
        guard let bytes = sqlite3_column_text(handle, column) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    private static func blob(_ handle: OpaquePointer, _ column: Int32) -> [UInt8] {
        // > The return value from sqlite3_column_blob() for a zero-length BLOB is a NULL pointer.
        guard let bytes = sqlite3_column_blob(handle, column) else { return [] }
        let count = Int(sqlite3_column_bytes(handle, column))
        return Array(UnsafeRawBufferPointer(start: bytes, count: count))
    }
}

@available(*, unavailable)
extension Row: Sendable {}
