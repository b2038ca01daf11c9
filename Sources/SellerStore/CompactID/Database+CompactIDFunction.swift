import CSQLite

extension Database {
    /// Registers `compact_id(x)` on this connection: `x` as `CompactID.value` would store it (16 bytes for 32
    /// lowercase hex digits, anything else unchanged). SQLite 3.40 has no `unhex`, and the migration that encodes
    /// the ids already stored (`Schema.compactIDs`) runs in SQL, so the writer's connection carries this function.
    func registerCompactIDFunction() throws(SQLiteError) {
        let handle = try openHandle()
        let rc = sqlite3_create_function_v2(
            handle, "compact_id", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nil,
            { context, count, arguments in
                guard let context, count == 1, let argument = arguments?[0] else { return }
                if sqlite3_value_type(argument) == SQLITE_TEXT, let text = sqlite3_value_text(argument),
                   let bytes = CompactID.bytes(String(decoding: UnsafeBufferPointer(
                       start: text, count: Int(sqlite3_value_bytes(argument))), as: UTF8.self)) {
                    bytes.withUnsafeBytes { sq_result_blob_transient(context, $0.baseAddress, Int32($0.count)) }
                } else {
                    sqlite3_result_value(context, argument)
                }
            }, nil, nil, nil)
        guard rc == SQLITE_OK else { throw SQLiteError(code: rc, connection: handle, sql: nil) }
    }
}
