import CSQLite

// MARK: - Scripts and prepared statements

extension Database {
    /// Runs a script of one or more `;`-separated statements (schema, migrations, pragmas), each to completion.
    /// Rows the statements return are ignored. Stops at the first failure; the error names that statement only.
    ///
    /// Use a `Statement` instead whenever values are involved: this takes no parameters on purpose.
    public func execute(_ sql: String) throws(SQLiteError) {
        let db = try openHandle()
        let failure: SQLiteError? = sql.withCString { start in
            var tail = start
            while tail.pointee != 0 {
                var statement: OpaquePointer?
                var next: UnsafePointer<CChar>?
                // > If pzTail is not NULL then *pzTail is made to point to the first byte past the end of the
                // > first SQL statement in zSql. … these routines only compile the first statement in zSql.
                let rc = sqlite3_prepare_v3(db, tail, -1, 0, &statement, &next)
                guard rc == SQLITE_OK else {
                    // The rest of the script, starting at the statement that failed to compile.
                    let rest = String(cString: tail).drop { $0.isWhitespace || $0 == ";" }
                    return SQLiteError(code: rc, connection: db, sql: String(rest))
                }
                // > If the input text contains no SQL (if the input is an empty string or a comment) then
                // > *ppStmt is set to NULL.
                if let statement {
                    var step = sqlite3_step(statement)
                    while step == SQLITE_ROW { step = sqlite3_step(statement) }
                    let error = step == SQLITE_DONE ? nil : SQLiteError(code: step, connection: db,
                                                                        sql: statementSQL(statement))
                    sqlite3_finalize(statement)
                    if let error { return error }
                }
                guard let next, next > tail else { break }
                tail = next
            }
            return nil
        }
        if let failure { throw failure }
    }

    /// Compiles one statement. For SQL that runs many times (upserts, page queries), prefer
    /// `cachedStatement(_:)`, which compiles once per connection.
    ///
    /// Throws for invalid SQL, and (`.misuse`) for text holding no statement or more than one.
    public func prepare(_ sql: String) throws(SQLiteError) -> Statement {
        try makeStatement(sql, persistent: false)
    }

    /// Returns the connection's compiled statement for `sql`, compiling it on first use.
    ///
    /// The cache is keyed by the exact text, so pass fixed SQL with `?` parameters, never SQL with values
    /// interpolated (that would grow the cache and defeat it). If the cached statement is in the middle of a
    /// run (a re-entrant use, e.g. from inside a `rows` decode closure), a fresh uncached statement is returned
    /// rather than resetting the outer run.
    public func cachedStatement(_ sql: String) throws(SQLiteError) -> Statement {
        if let cached = statementCache[sql] {
            if !cached.isBusy { return cached }
            return try makeStatement(sql, persistent: false)
        }
        let statement = try makeStatement(sql, persistent: true)
        statementCache[sql] = statement
        return statement
    }

    /// How many statements the cache holds (for tests and diagnostics).
    public var cachedStatementCount: Int { statementCache.count }

    /// Finalizes and forgets every cached statement, e.g. after a schema change made them all stale.
    public func clearStatementCache() {
        for statement in statementCache.values { statement.finalize() }
        statementCache.removeAll()
    }

    private func makeStatement(_ sql: String, persistent: Bool) throws(SQLiteError) -> Statement {
        let db = try openHandle()
        // > The SQLITE_PREPARE_PERSISTENT flag is a hint to the query planner that the prepared statement will
        // > be retained for a long time and probably reused many times.
        let flags = persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
        let outcome: Result<OpaquePointer, SQLiteError> = sql.withCString { start in
            var statement: OpaquePointer?
            var tail: UnsafePointer<CChar>?
            let rc = sqlite3_prepare_v3(db, start, -1, flags, &statement, &tail)
            guard rc == SQLITE_OK else { return .failure(SQLiteError(code: rc, connection: db, sql: sql)) }
            guard let statement else {
                return .failure(SQLiteError(code: .misuse, message: "no SQL statement to prepare", sql: sql))
            }
            if let tail, Self.holdsAnotherStatement(db, tail) {
                sqlite3_finalize(statement)
                return .failure(SQLiteError(code: .misuse,
                                            message: "prepare takes a single statement; use execute(_:) for scripts",
                                            sql: sql))
            }
            return .success(statement)
        }
        switch outcome {
        case .success(let statement): return Statement(handle: statement, connection: connection, sql: sql)
        case .failure(let error): throw error
        }
    }

    /// Whether the text after a prepared statement holds more SQL (anything but blanks, `;` and comments).
    private static func holdsAnotherStatement(_ db: OpaquePointer, _ tail: UnsafePointer<CChar>) -> Bool {
        var cursor = tail
        while cursor.pointee != 0 {
            switch UInt8(bitPattern: cursor.pointee) {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: ";"):
                cursor += 1
            default:
                // Comments or more SQL: let SQLite tell them apart.
                var extra: OpaquePointer?
                let rc = sqlite3_prepare_v3(db, cursor, -1, 0, &extra, nil)
                sqlite3_finalize(extra)
                return rc != SQLITE_OK || extra != nil
            }
        }
        return false
    }

    /// The SQL text of a raw statement, as written (no bound values).
    private func statementSQL(_ statement: OpaquePointer) -> String? {
        sqlite3_sql(statement).map { String(cString: $0) }
    }
}
