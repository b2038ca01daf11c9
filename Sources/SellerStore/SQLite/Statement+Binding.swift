import CSQLite

extension Statement {
    /// Sets the statement's parameters for its next run: reset, clear the previous bindings, then bind
    /// `values[0]` to parameter 1, and so on.
    ///
    /// A count that differs from `parameterCount` is a programming error (precondition). Data can still make
    /// a bind fail (`.tooBig` for a value over SQLite's length limit); that is thrown.
    public func bind(_ values: [SQLiteValue]) throws(SQLiteError) {
        let handle = handle
        // > If any of the sqlite3_bind_*() routines are called with a NULL pointer for the prepared statement or
        // > with a prepared statement for which sqlite3_step() has been called more recently than
        // > sqlite3_reset(), then the call will return SQLITE_MISUSE.
        sqlite3_reset(handle)
        // > Contrary to the intuition of many, sqlite3_reset() does not reset the bindings on a prepared
        // > statement. Use this routine to reset all host parameters to NULL.
        sqlite3_clear_bindings(handle)
        precondition(values.count == parameterCount,
                     "\(values.count) values for \(parameterCount) parameters in: \(sql)")
        for (offset, value) in values.enumerated() {
            // > The leftmost SQL parameter has an index of 1.
            try bind(value, at: Int32(truncatingIfNeeded: offset + 1), handle)
        }
    }

    /// Sets named parameters (`:id`, `@id` or `$id`; a bare `id` means `:id`) after a reset and clear.
    /// Every parameter of the statement must be given, and every name must exist (precondition).
    public func bind(_ values: [String: SQLiteValue]) throws(SQLiteError) {
        let handle = handle
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        precondition(values.count == parameterCount,
                     "\(values.count) named values for \(parameterCount) parameters in: \(sql)")
        for (name, value) in values {
            let key = name.first.map { ":@$".contains($0) } == true ? name : ":" + name
            // > Parameters of the form "?NNN" or ":AAA" or "@AAA" or "$AAA" … A zero is returned if no matching
            // > parameter is found.
            let index = sqlite3_bind_parameter_index(handle, key)
            precondition(index > 0, "no parameter \(key) in: \(sql)")
            try bind(value, at: index, handle)
        }
    }

    /// The 1-based names of the statement's parameters (nil for a positional `?`).
    public var parameterNames: [String?] {
        let handle = handle
        return (0..<parameterCount).map { offset in
            sqlite3_bind_parameter_name(handle, Int32(truncatingIfNeeded: offset + 1)).map { String(cString: $0) }
        }
    }

    private func bind(_ value: SQLiteValue, at index: Int32, _ handle: OpaquePointer) throws(SQLiteError) {
        let rc: Int32
        switch value {
        case .null:
            rc = sqlite3_bind_null(handle, index)
        case .integer(let number):
            rc = sqlite3_bind_int64(handle, index, number)
        case .real(let number):
            rc = sqlite3_bind_double(handle, index, number)
        case .text(let string):
            // Native Swift strings are UTF-8 in contiguous storage: `withUTF8` hands that buffer over without
            // a copy or a NUL-terminated duplicate, and SQLite copies it once (SQLITE_TRANSIENT, via the shim).
            // Passing the byte length also keeps any embedded NUL.
            var string = string
            rc = string.withUTF8 { buffer in
                sq_bind_text_transient(handle, index,
                                       UnsafeRawPointer(buffer.baseAddress)?.assumingMemoryBound(to: CChar.self),
                                       UInt64(buffer.count))
            }
        case .blob(let bytes):
            rc = bytes.withUnsafeBytes { buffer in
                sq_bind_blob_transient(handle, index, buffer.baseAddress, UInt64(buffer.count))
            }
        }
        guard rc != SQLITE_OK else { return }
        // RANGE and MISUSE can only come from this wrapper's own mistakes; anything else (TOOBIG, NOMEM) is
        // caused by the value and is reported.
        precondition(rc != SQLITE_RANGE && rc != SQLITE_MISUSE, "bind \(index) failed (\(rc)) in: \(sql)")
        throw SQLiteError(code: rc, connection: sqlite3_db_handle(handle), sql: sql)
    }
}
