/// Column readers on the statement itself, for code that drives `step()` by hand. They read the current row
/// and share `Row`'s conversions and checks.
extension Statement {
    /// The current row; valid until the next `step()`, `reset()` or `bind`.
    public var row: Row { Row(handle: handle) }

    /// Number of result columns (0 for statements that return no rows).
    public var columnCount: Int { row.count }
    /// The name of result column `index`.
    public func columnName(_ index: Int) -> String { row.name(index) }

    /// Readers of the current row; see `Row` for the conversions (NULL reads as 0, 0.0, "" or []).
    public func isNull(_ index: Int) -> Bool { row.isNull(index) }
    public func int64(_ index: Int) -> Int64 { row.int64(index) }
    public func int(_ index: Int) -> Int { row.int(index) }
    public func bool(_ index: Int) -> Bool { row.bool(index) }
    public func double(_ index: Int) -> Double { row.double(index) }
    public func text(_ index: Int) -> String { row.text(index) }
    public func blob(_ index: Int) -> [UInt8] { row.blob(index) }
    public func value(_ index: Int) -> SQLiteValue { row.value(index) }

    /// NULL-aware readers of the current row: nil for SQL NULL.
    public func optionalInt64(_ index: Int) -> Int64? { row.optionalInt64(index) }
    public func optionalInt(_ index: Int) -> Int? { row.optionalInt(index) }
    public func optionalDouble(_ index: Int) -> Double? { row.optionalDouble(index) }
    public func optionalText(_ index: Int) -> String? { row.optionalText(index) }
    public func optionalBlob(_ index: Int) -> [UInt8]? { row.optionalBlob(index) }
}
