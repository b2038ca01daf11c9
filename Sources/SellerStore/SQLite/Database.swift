import CSQLite

/// One SQLite connection, configured for the store: extended result codes, a busy timeout, foreign keys on,
/// double-quoted string literals off, WAL with `synchronous = NORMAL`.
///
/// Not `Sendable`: the connection is opened `SQLITE_OPEN_NOMUTEX`, so one owner (the thread or task holding its
/// `LocalStore`) must serialize every use. Statements prepared here keep the connection alive until they are released.
public final class Database {
    /// The path given at open (`":memory:"` for an in-memory database).
    public let path: String
    public let configuration: Configuration

    let connection: Connection
    /// Prepared statements reused by `cachedStatement(_:)`, keyed by their SQL text.
    var statementCache: [String: Statement] = [:]
    /// How many times a transaction or savepoint of `transaction` ended by rolling back (or finding itself rolled
    /// back): a cache of rows this connection wrote (`SharedTexts`) is stale once it changes.
    var rollbacks = 0

    /// Opens (creating if needed, unless read-only) and configures the database at `path`.
    ///
    /// Throws `SQLiteError` when the file cannot be opened, is not a database (`.notADatabase`), or will not
    /// switch to WAL. The message then ends with the path, so the error says which file was at fault.
    public init(path: String, configuration: Configuration = Configuration()) throws(SQLiteError) {
        self.path = path
        self.configuration = configuration

        // A C string ends at the first NUL: "store\0.bak" would silently open "store". Refuse it instead.
        guard !path.utf8.contains(0) else {
            throw SQLiteError(code: .cantOpen, message: "the database path contains a NUL byte")
        }
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        flags |= configuration.readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        var name = path
        if configuration.immutable && !path.isEmpty && path != ":memory:" {
            flags |= SQLITE_OPEN_URI
            name = Self.fileURI(path) + "?immutable=1"
        }
        var raw: OpaquePointer?
        _ = Database.memoryStatisticsOff
        let rc = sqlite3_open_v2(name, &raw, flags, nil)
        guard rc == SQLITE_OK, let raw else {
            let error = SQLiteError(code: rc, connection: raw, sql: nil)
            // > Whether or not an error occurs when it is opened, resources associated with the database
            // > connection handle should be released by passing it to sqlite3_close() when it is no longer
            // > required.
            sqlite3_close(raw)
            throw error.opening(path)
        }
        connection = Connection(handle: raw)

        do {
            try setUp(raw)
        } catch {
            // The Connection closes the handle when this half-made Database is released.
            throw error.opening(path)
        }
    }

    /// `path` as an SQLite URI (https://www.sqlite.org/uri.html): every byte but unreserved ones and `/`
    /// percent-encoded, so `?`, `#` and `%` in a folder name stay part of the path. An absolute path gets the
    /// empty authority (`file:///…`), so a path starting with `//` is not read as a host.
    static func fileURI(_ path: String) -> String {
        var encoded = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "~"), UInt8(ascii: "/"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return path.hasPrefix("/") ? "file://" + encoded : "file:" + encoded
    }

    /// Whether `path` names a database without a file, which therefore cannot use WAL.
    var isInMemory: Bool { path == ":memory:" || path.isEmpty }

    private func setUp(_ db: OpaquePointer) throws(SQLiteError) {
        // > The sqlite3_extended_result_codes() routine enables or disables the extended result codes feature
        // > of SQLite. (Also requested by SQLITE_OPEN_EXRESCODE; this keeps it explicit.)
        sqlite3_extended_result_codes(db, 1)
        // > This routine sets a busy handler that sleeps for a specified amount of time when a table is locked.
        sqlite3_busy_timeout(db, configuration.busyTimeoutMilliseconds)
        // > The SQLITE_DBCONFIG_DQS_DML option activates or deactivates the legacy double-quoted string literal
        // > misfeature. A misspelt column name in "double quotes" must be an error, not a string.
        _ = sq_db_config_int(db, SQLITE_DBCONFIG_DQS_DML, 0, nil)
        _ = sq_db_config_int(db, SQLITE_DBCONFIG_DQS_DDL, 0, nil)

        // Probe: opening is lazy, and only the first read of the file reveals that it is not a database.
        // > SQLITE_NOTADB: The file being opened does not appear to be an SQLite database file.
        _ = try scalar("SELECT count(*) FROM sqlite_master")

        try execute("PRAGMA foreign_keys = ON")
        if let pageSize = configuration.pageSize, !configuration.readOnly {
            // > The page_size pragma will only cause an immediate change in the page size if it is issued while
            // > the database is still empty, prior to the first CREATE TABLE statement.
            try execute("PRAGMA page_size = \(pageSize)")
        }
        if let id = configuration.applicationID, !configuration.readOnly,
           try scalar("PRAGMA application_id")?.int64Value == 0 {
            try execute("PRAGMA application_id = \(id)")
        }
        // An immutable file is read as it is, without its WAL: there is no journal mode to check.
        if configuration.walMode && !isInMemory && !configuration.immutable {
            try setUpWAL()
        }
        if !configuration.readOnly {
            // > In WAL mode when synchronous is NORMAL (1), the WAL file is synchronized before each checkpoint
            // > … A transaction committed in WAL mode with synchronous=NORMAL might roll back following a power
            // > loss or system crash. (Acceptable: the store is a cache of the marketplace.)
            try execute("PRAGMA synchronous = NORMAL")
        }
    }

    /// Switches the writer to WAL, or checks that a reader's file already is, and fails otherwise: a store that
    /// silently stayed in rollback-journal mode would block the reader during every sync.
    private func setUpWAL() throws(SQLiteError) {
        let sql = configuration.readOnly ? "PRAGMA journal_mode" : "PRAGMA journal_mode = WAL"
        // > The journal_mode pragma returns a string which is the new journal mode. If the journal mode could
        // > not be changed, the original journal mode is returned.
        let mode = try scalar(sql)?.textValue?.lowercased() ?? ""
        guard mode == "wal" else {
            throw SQLiteError(code: .error, message: "journal_mode is \"\(mode)\", expected \"wal\"", sql: sql)
        }
    }

    // MARK: - Closing

    /// Whether `close()` has succeeded.
    public var isClosed: Bool { connection.handle == nil }

    /// Finalizes the cached statements and closes the connection. Calling it again is a no-op.
    ///
    /// Throws `.busy` and leaves the connection open when some `Statement` is still alive elsewhere (a leak);
    /// the error lists their SQL. Releasing them and calling `close()` again then succeeds.
    public func close() throws(SQLiteError) {
        guard let handle = connection.handle else { return }
        for statement in statementCache.values { statement.finalize() }
        statementCache.removeAll()
        // > If the database connection is associated with unfinalized prepared statements … then sqlite3_close()
        // > will leave the database connection open and return SQLITE_BUSY.
        connection.interrupter.set(nil)
        let rc = sqlite3_close(handle)
        if rc == SQLITE_OK {
            connection.handle = nil
            return
        }
        connection.interrupter.set(handle)
        var leaked: [String] = []
        var next = sqlite3_next_stmt(handle, nil)
        while let statement = next {
            leaked.append(sqlite3_sql(statement).map { String(cString: $0) } ?? "?")
            next = sqlite3_next_stmt(handle, statement)
        }
        throw SQLiteError(code: ResultCode(rawValue: rc),
                          message: "cannot close: \(leaked.count) prepared statement(s) still alive",
                          sql: leaked.isEmpty ? nil : leaked.joined(separator: "; "))
    }

    /// What another thread may use to stop the statements this connection is running (`Interrupter`).
    public var interrupter: Interrupter { connection.interrupter }

    /// The open handle, or a `.misuse` error after `close()`.
    func openHandle() throws(SQLiteError) -> OpaquePointer {
        guard let handle = connection.handle else {
            throw SQLiteError(code: .misuse, message: "the database connection is closed")
        }
        return handle
    }

    /// The open handle for the non-throwing accessors; using them after `close()` is a programming error.
    var handle: OpaquePointer {
        guard let handle = connection.handle else { preconditionFailure("Database used after close()") }
        return handle
    }

    // MARK: - Connection state

    /// > sqlite3_last_insert_rowid … returns the rowid of the most recent successful INSERT into a rowid table
    /// > … on the database connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the most recent INSERT, UPDATE or DELETE (not counting triggers or foreign key actions).
    public var changes: Int { Int(sqlite3_changes64(handle)) }

    /// Rows changed since the connection was opened.
    public var totalChanges: Int { Int(sqlite3_total_changes64(handle)) }

    /// > The sqlite3_get_autocommit() interface returns non-zero or zero if the given database connection is
    /// > or is not in autocommit mode, respectively. Autocommit mode is on by default. Autocommit mode is
    /// > disabled by a BEGIN statement.
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }
}

@available(*, unavailable)
extension Database: Sendable {}

extension SQLiteError {
    /// The same error with the database path appended to the message, for failures while opening.
    func opening(_ path: String) -> SQLiteError {
        SQLiteError(code: code, message: "\(message) (opening \(path))", sql: sql)
    }
}

extension Database {
    /// Turns SQLite's memory statistics off once, before the first connection opens (`sq_config_memstatus_off`):
    /// the store reads none of them, and keeping them serialises every allocation of every connection.
    static let memoryStatisticsOff: Int32 = sq_config_memstatus_off()
}
