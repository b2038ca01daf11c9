/// One row of `PRAGMA foreign_key_check`: a row of `table` whose reference into `parent` matches nothing.
public struct ForeignKeyViolation: Sendable, Equatable {
    public let table: String
    /// Nil for a WITHOUT ROWID table.
    public let rowID: Int64?
    public let parent: String

    public init(table: String, rowID: Int64?, parent: String) {
        self.table = table
        self.rowID = rowID
        self.parent = parent
    }
}
