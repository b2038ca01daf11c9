import CSQLite

/// Owns the `sqlite3*` handle. The `Database` and every `Statement` prepared on it hold this object, so the handle
/// outlives all its statements (a statement can never be finalized on a closed connection), and the statement
/// cache inside `Database` does not form a retain cycle with the statements' back-reference.
final class Connection {
    /// Nil once `Database.close()` succeeded.
    var handle: OpaquePointer?

    /// Keeps the trace closure alive while SQLite holds a raw pointer to it (see `Database.trace(_:)`).
    var traceHook: TraceHook?
    /// Lets other threads interrupt this connection while it is open.
    let interrupter: Interrupter

    init(handle: OpaquePointer) {
        self.handle = handle
        interrupter = Interrupter(handle)
    }

    deinit {
        // > If sqlite3_close_v2() is called with unfinalized prepared statements … then the database connection
        // > becomes an unusable "zombie" which will automatically be deallocated when the last prepared statement
        // > is finalized.
        // No statement can outlive this object (they retain it), so in practice this closes at once; close_v2 is
        // the safe call from a deinit all the same.
        interrupter.set(nil)
        if let handle { sqlite3_close_v2(handle) }
    }
}

@available(*, unavailable)
extension Connection: Sendable {}
