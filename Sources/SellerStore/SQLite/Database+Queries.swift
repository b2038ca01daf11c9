/// One-off statements with values: compiled for the call and finalized after it. Hot paths use
/// `cachedStatement(_:)` and the same methods on `Statement` instead.
extension Database {
    /// Runs a single statement with positional values to completion.
    public func execute(_ sql: String, _ values: [SQLiteValue]) throws(SQLiteError) {
        try prepare(sql).execute(values)
    }

    /// Runs a single statement with named values (`[":id": 1]`) to completion.
    public func execute(_ sql: String, _ values: [String: SQLiteValue]) throws(SQLiteError) {
        try prepare(sql).execute(values)
    }

    /// Decodes every row of a query. The `Row` is valid only inside `decode`.
    public func rows<T>(_ sql: String, _ values: [SQLiteValue] = [],
                        _ decode: (Row) throws -> T) throws -> [T] {
        try prepare(sql).rows(values, decode)
    }

    /// Decodes the first row of a query, or nil when it returns none.
    public func first<T>(_ sql: String, _ values: [SQLiteValue] = [],
                         _ decode: (Row) throws -> T) throws -> T? {
        try prepare(sql).first(values, decode)
    }

    /// The first column of the first row, or nil when the query returns no row.
    public func scalar(_ sql: String, _ values: [SQLiteValue] = []) throws(SQLiteError) -> SQLiteValue? {
        try prepare(sql).scalar(values)
    }
}

extension Database {
    /// Whether the schema has a table or index of that name: a store opened read-only before a migration lacks
    /// what the migration adds, and a query naming it would fail.
    func hasSchemaObject(_ type: String, named name: String) throws(SQLiteError) -> Bool {
        try cachedStatement("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?)")
            .scalar([.text(type), .text(name)])?.int64Value == 1
    }
}
