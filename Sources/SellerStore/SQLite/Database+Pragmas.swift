extension Database {
    /// The rows of `PRAGMA integrity_check`: `["ok"]` for a sound file, otherwise one line per problem.
    ///
    /// > If the integrity_check pragma finds no errors, a single row is returned with the value 'ok'.
    public func integrityCheck() throws(SQLiteError) -> [String] {
        let statement = try prepare("PRAGMA integrity_check")
        var lines: [String] = []
        while try statement.step() { lines.append(statement.text(0)) }
        statement.reset()
        return lines
    }

    /// The current journal mode in lower case (`"wal"` for a file store, `"memory"` for `":memory:"`).
    public func journalMode() throws(SQLiteError) -> String {
        try scalar("PRAGMA journal_mode")?.textValue?.lowercased() ?? ""
    }

    /// Whether foreign key enforcement is on for this connection.
    public func foreignKeysEnabled() throws(SQLiteError) -> Bool {
        try scalar("PRAGMA foreign_keys")?.int64Value == 1
    }

    /// The rows of `PRAGMA foreign_key_check`, empty when every reference resolves.
    ///
    /// > The foreign_key_check pragma checks the database, or the table called "table-name", for foreign key
    /// > constraints that are violated. … each row has four columns: table, rowid, parent, fkid.
    public func foreignKeyCheck() throws(SQLiteError) -> [ForeignKeyViolation] {
        let statement = try prepare("PRAGMA foreign_key_check")
        var violations: [ForeignKeyViolation] = []
        while try statement.step() {
            violations.append(ForeignKeyViolation(table: statement.text(0), rowID: statement.optionalInt64(1),
                                                  parent: statement.text(2)))
        }
        statement.reset()
        return violations
    }
}
