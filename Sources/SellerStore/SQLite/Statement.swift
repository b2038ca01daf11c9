import CSQLite

/// A compiled SQL statement (`sqlite3_prepare_v3`), finalized when released.
///
/// The usual cycle is `bind` (or the `execute`/`rows`/`first`/`scalar` helpers that bind for you), `step` until
/// it returns false, and a reset, which the helpers do on the way out so that no read transaction stays open.
/// Not `Sendable`: it belongs to its connection's owner.
public final class Statement {
    /// Nil once finalized by `Database.close()` or `clearStatementCache()`; using the statement then is a
    /// programming error.
    private var rawHandle: OpaquePointer?
    /// Keeps the connection open for as long as this statement exists.
    private let connection: Connection

    /// The SQL as written, with its `?`/`:name` placeholders. Errors quote it; it never holds bound values.
    public let sql: String

    /// How many parameters the statement takes (`?`, `?NNN`, `:name`; a name used twice counts once).
    public let parameterCount: Int

    init(handle: OpaquePointer, connection: Connection, sql: String) {
        rawHandle = handle
        self.connection = connection
        self.sql = sql
        parameterCount = Int(sqlite3_bind_parameter_count(handle))
    }

    deinit {
        // > The sqlite3_finalize() function is called to delete a prepared statement. … Invoking
        // > sqlite3_finalize() on a NULL pointer is a harmless no-op.
        sqlite3_finalize(rawHandle)
    }

    /// Finalizes now (used by `Database.close()` so the close can succeed even if someone kept a reference).
    func finalize() {
        sqlite3_finalize(rawHandle)
        rawHandle = nil
    }

    /// The live `sqlite3_stmt*`.
    var handle: OpaquePointer {
        guard let rawHandle else { preconditionFailure("Statement used after its Database was closed: \(sql)") }
        return rawHandle
    }

    /// > The sqlite3_stmt_busy(S) interface returns true (non-zero) if the prepared statement S has been
    /// > stepped at least once using sqlite3_step(S) but has neither run to completion (returned SQLITE_DONE
    /// > from sqlite3_step(S)) nor been reset using sqlite3_reset(S).
    var isBusy: Bool { rawHandle.map { sqlite3_stmt_busy($0) != 0 } ?? false }

    /// Whether the statement leaves the database unchanged (a SELECT, most PRAGMAs).
    public var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    // MARK: - Stepping

    /// Runs the statement to its next row: true when a row is available (read it with the column readers),
    /// false when the statement has finished.
    public func step() throws(SQLiteError) -> Bool {
        let handle = handle
        // > With the "v2" interface, any of the other result codes or extended result codes might be returned
        // > as well.
        let rc = sqlite3_step(handle)
        if rc == SQLITE_ROW { return true }
        if rc == SQLITE_DONE { return false }
        throw SQLiteError(code: rc, connection: sqlite3_db_handle(handle), sql: sql)
    }

    /// Rewinds the statement, keeping its bindings, so the next `step()` starts over. This also ends the
    /// implicit read transaction of a SELECT that was not read to the end.
    public func reset() {
        // > If the most recent call to sqlite3_step(S) for the prepared statement S indicated an error, then
        // > sqlite3_reset(S) returns an appropriate error code. That error was already thrown by `step()`.
        sqlite3_reset(handle)
    }

    /// Binds `values` and runs the statement to completion (an INSERT, UPDATE, DELETE or DDL), then resets it.
    public func execute(_ values: [SQLiteValue] = []) throws(SQLiteError) {
        try bind(values)
        defer { sqlite3_reset(handle) }
        while try step() {}
    }

    /// Binds named `values` (`[":id": 1]`) and runs the statement to completion, then resets it.
    public func execute(_ values: [String: SQLiteValue]) throws(SQLiteError) {
        try bind(values)
        defer { sqlite3_reset(handle) }
        while try step() {}
    }

    // MARK: - Reading rows

    /// Binds `values`, runs the statement and decodes every row. The `Row` is valid only inside `decode`.
    public func rows<T>(_ values: [SQLiteValue] = [], _ decode: (Row) throws -> T) throws -> [T] {
        var result: [T] = []
        try forEach(values) { result.append(try decode($0)) }
        return result
    }

    /// Binds `values` and calls `body` for each row without collecting them; for large scans.
    public func forEach(_ values: [SQLiteValue] = [], _ body: (Row) throws -> Void) throws {
        try bind(values)
        let handle = handle
        defer { sqlite3_reset(handle) }
        let row = Row(handle: handle)
        while try step() { try body(row) }
    }

    /// Binds `values` and decodes the first row, or returns nil when there is none. The statement is reset
    /// right after, so it does not hold the read transaction open.
    public func first<T>(_ values: [SQLiteValue] = [], _ decode: (Row) throws -> T) throws -> T? {
        try bind(values)
        let handle = handle
        defer { sqlite3_reset(handle) }
        guard try step() else { return nil }
        return try decode(Row(handle: handle))
    }

    /// The first column of the first row (`SELECT count(*) …`), or nil when there is no row.
    public func scalar(_ values: [SQLiteValue] = []) throws(SQLiteError) -> SQLiteValue? {
        try bind(values)
        let handle = handle
        defer { sqlite3_reset(handle) }
        guard try step() else { return nil }
        return Row(handle: handle).value(0)
    }
}

@available(*, unavailable)
extension Statement: Sendable {}
