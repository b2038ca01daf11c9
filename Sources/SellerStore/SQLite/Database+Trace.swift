import CSQLite

extension Database {
    /// Calls `body` with the SQL text of each statement as it starts to run, or stops tracing when `body` is
    /// nil. Meant for tests (asserting `BEGIN IMMEDIATE` … `ROLLBACK` sequences) and debugging.
    ///
    /// The text is the unexpanded SQL, with `?` placeholders, so bound seller data never reaches the trace.
    /// > SQLITE_TRACE_STMT … The X argument is a pointer to a string which is the unexpanded SQL text of the
    /// > prepared statement or an SQL comment that indicates the invocation of a trigger.
    public func trace(_ body: ((String) -> Void)?) {
        let handle = handle
        guard let body else {
            sqlite3_trace_v2(handle, 0, nil, nil)
            connection.traceHook = nil
            return
        }
        let hook = TraceHook(body)
        // The connection keeps the hook alive for as long as SQLite may call back with its address.
        connection.traceHook = hook
        let context = Unmanaged.passUnretained(hook).toOpaque()
        sqlite3_trace_v2(handle, UInt32(SQLITE_TRACE_STMT), { _, context, _, text in
            guard let context, let text else { return 0 }
            let hook = Unmanaged<TraceHook>.fromOpaque(context).takeUnretainedValue()
            hook.body(String(cString: text.assumingMemoryBound(to: CChar.self)))
            return 0
        }, context)
    }
}
