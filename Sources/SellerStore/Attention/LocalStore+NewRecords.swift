import ListContract
import SellerCore

/// "New" records (issue 13 item 2): counting them and remembering what the seller saw. See `AttentionSQL`.
extension LocalStore {
    /// New records per kind that can need the seller. Each count walks only the actionable rows (a status
    /// index) and probes `seen` by key, and stops at `cap`, so a huge backlog costs a bounded read.
    public func newRecordCounts(cap: Int = 10_000) throws -> NewRecordCounts {
        var counts = NewRecordCounts()
        for kind in AttentionSQL.kinds {
            guard let actionable = AttentionSQL.actionable(kind) else { continue }
            let sql = "SELECT count(*) FROM (SELECT 1 FROM \(StoreTables.table(kind)) AS o WHERE (\(actionable)) AND "
                + "\(AttentionSQL.isNew(kind)) LIMIT ?)"
            let value = try db.cachedStatement(sql).scalar([.integer(Int64(max(0, cap)))])
            counts.newByKind[kind] = value?.int64Value.map { Int($0) } ?? 0
        }
        return counts
    }

    /// Remembers that the seller saw the record as it is now; false when it is not in the store (or its kind is
    /// never new).
    @discardableResult
    public func markSeen(_ kind: EntityKind, id: String, at now: Timestamp) throws -> Bool {
        guard let signature = AttentionSQL.signature(kind) else { return false }
        let key = StoreTables.key(kind)
        try db.cachedStatement("""
            INSERT INTO seen(kind, id, mark, seen_at)
            SELECT ?, o.\(key), \(signature), ? FROM \(StoreTables.table(kind)) AS o WHERE o.\(key) = ?
            ON CONFLICT(kind, id) DO UPDATE SET mark = excluded.mark, seen_at = excluded.seen_at
            """).execute([.text(kind.rawValue), now.sqlValue, .text(id)])
        return db.changes > 0
    }

    /// Whether the record is new now (the detail pane says so in words).
    public func isNew(_ kind: EntityKind, id: String) throws -> Bool {
        guard AttentionSQL.actionable(kind) != nil else { return false }
        let key = StoreTables.key(kind)
        let sql = "SELECT \(AttentionSQL.isNew(kind)) FROM \(StoreTables.table(kind)) AS o WHERE o.\(key) = ?"
        return try db.cachedStatement(sql).first([.text(id)]) { $0.bool(0) } ?? false
    }
}
