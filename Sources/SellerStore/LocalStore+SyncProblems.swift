import ListContract
import SellerCore

// Records a sync could not decode (issue 13, `sync_rejects`): counted for the status bar and the overview,
// listed by `:problems`, asked for again on every sync, and gone once a copy decodes (`upsert` removes the
// row) or the marketplace no longer has the record.
extension LocalStore {
    /// How many records are rejected now, counted by SQL.
    public func syncProblemCount() throws -> Int {
        try db.scalar("SELECT count(*) FROM sync_rejects").flatMap(\.int64Value).map(Int.init) ?? 0
    }

    /// One page of the rejected records in (kind, id) order, after `key` when given: the table's own key, so a
    /// page is an index seek whatever the table holds.
    public func syncProblems(after key: (kind: EntityKind, id: String)? = nil, limit: Int) throws -> [SyncProblem] {
        let bounded = max(0, min(limit, 1000))
        let decode: (Row) -> SyncProblem? = { row in
            EntityKind(rawValue: row.text(0)).map {
                SyncProblem(kind: $0, recordId: row.text(1), path: row.text(2), reason: row.text(3),
                            seenAt: row.timestamp(4))
            }
        }
        if let key {
            return try db.cachedStatement("""
                SELECT kind, record_id, path, reason, seen_at FROM sync_rejects
                WHERE (kind, record_id) > (?, ?) ORDER BY kind, record_id LIMIT ?
                """).rows([.text(key.kind.rawValue), .text(key.id), .integer(Int64(bounded))], decode)
                .compactMap { $0 }
        }
        return try db.cachedStatement("""
            SELECT kind, record_id, path, reason, seen_at FROM sync_rejects ORDER BY kind, record_id LIMIT ?
            """).rows([.integer(Int64(bounded))], decode).compactMap { $0 }
    }

    /// The ids of `kind`'s rejected records a sync asks for again, oldest sighting first, at most `limit`.
    public func rejectedIDs(_ kind: EntityKind, limit: Int) throws -> [String] {
        try db.cachedStatement("""
            SELECT record_id FROM sync_rejects WHERE kind = ? AND record_id NOT LIKE '#%'
            ORDER BY seen_at, record_id LIMIT ?
            """).rows([.text(kind.rawValue), .integer(Int64(max(0, limit)))]) { $0.text(0) }
    }

    /// The record is no longer rejected: a copy decoded, or the marketplace has no such record any more.
    public func clearReject(kind: EntityKind, id: String) throws {
        try db.cachedStatement("DELETE FROM sync_rejects WHERE kind = ? AND record_id = ?")
            .execute([.text(kind.rawValue), .text(id)])
    }

    /// Takes the records of a page that decoded off the rejected list (in the page's transaction). Usually there
    /// is nothing rejected of the kind, which one index probe says, so a sync pays nothing per record.
    public func clearRejects(kind: EntityKind, ids: [String]) throws {
        guard !ids.isEmpty, try db.cachedStatement("SELECT 1 FROM sync_rejects WHERE kind = ? LIMIT 1")
            .scalar([.text(kind.rawValue)]) != nil else { return }
        for id in ids { try clearReject(kind: kind, id: id) }
    }
}
