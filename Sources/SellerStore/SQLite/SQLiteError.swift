import CSQLite

/// A failure reported by SQLite: the (extended) result code, SQLite's message, and the SQL that failed.
///
/// Bound values are deliberately not part of the error: they hold seller data (names, e-mails, order contents),
/// and errors end up in logs and on screen. `description` names the code, the message and the SQL only.
public struct SQLiteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The extended result code; match families with `case .constraint` (see `ResultCode.~=`).
    public let code: ResultCode
    /// The English message from `sqlite3_errmsg`, or a message of this wrapper for misuse it detects.
    public let message: String
    /// The SQL text as written by the developer, with `?` placeholders, never the bound values.
    public let sql: String?

    public init(code: ResultCode, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    /// "SQLite error SQLITE_CONSTRAINT_UNIQUE (2067): UNIQUE constraint failed: t.email - while executing `…`".
    public var description: String {
        var text = "SQLite error \(code): \(message)"
        if let sql { text += " - while executing `\(sql)`" }
        return text
    }
}

extension SQLiteError {
    /// Builds the error for a failed call on `connection`, reading the message right away.
    ///
    /// > The sqlite3_errmsg() … return English-language text that describes the error … subsequent calls to
    /// > other SQLite interface functions may overwrite it.
    ///
    /// So callers build the error before any other call (`sqlite3_reset`, a ROLLBACK) on the connection.
    init(code: Int32, connection: OpaquePointer?, sql: String?) {
        let message: String
        if let connection, let text = sqlite3_errmsg(connection) {
            message = String(cString: text)
        } else if let text = sqlite3_errstr(code) {
            message = String(cString: text)
        } else {
            message = "unknown error"
        }
        self.init(code: ResultCode(rawValue: code), message: message, sql: sql)
    }
}
