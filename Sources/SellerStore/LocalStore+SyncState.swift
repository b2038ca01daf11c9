import SellerCore

extension LocalStore {
    /// The page token after the last page stored for `kind`, or nil before the first sync.
    public func syncCursor(_ kind: EntityKind) throws -> String? {
        try db.cachedStatement("SELECT cursor FROM sync_state WHERE kind = ?").first([.text(kind.rawValue)]) { row in
            row.optionalText(0)
        } ?? nil
    }

    /// Records where the next sync of `kind` continues; called in the page's own transaction.
    public func setSyncCursor(_ kind: EntityKind, token: String?, at now: Timestamp) throws {
        try db.cachedStatement("""
            INSERT INTO sync_state(kind, cursor, last_success_at) VALUES (?, ?, ?)
            ON CONFLICT(kind) DO UPDATE SET cursor = excluded.cursor, last_success_at = excluded.last_success_at,
                last_error = NULL
            """).execute([.text(kind.rawValue), SQLiteValue(token), now.sqlValue])
    }

    /// When `kind` last synced completely, for the status bar.
    public func lastSyncTime(_ kind: EntityKind) throws -> Timestamp? {
        try db.cachedStatement("SELECT last_success_at FROM sync_state WHERE kind = ?")
            .first([.text(kind.rawValue)]) { row in row.optionalTimestamp(0) } ?? nil
    }
}
