import ListContract
import SellerCore

/// What storing one record did.
public enum UpsertOutcome: Sendable, Equatable {
    case added, changed, unchanged
}

extension LocalStore {
    /// Inserts or replaces `record` and its children, keeping its search index entry current. A record whose
    /// `updatedAt` equals the stored one is left alone, so re-syncing the same data writes nothing. A replaced
    /// record keeps its rowid: lists break ties by it (`ListRowKey.rowid`) and the search index is keyed by it.
    /// Call inside `write { }` so a page lands in one transaction.
    @discardableResult
    public func upsert(_ record: SellerRecord) throws -> UpsertOutcome {
        let kind = record.kind
        let table = StoreTables.table(kind)
        let derived = StoreTables.derivedFromCalls(kind) ? "from_journal" : "0"
        let existing = try db.cachedStatement(
            "SELECT updated_at, pending_action, \(derived), rowid FROM \(table) WHERE \(StoreTables.key(kind)) = ?"
        ).first([.text(record.id)]) { row in
            (updatedAt: row.int64(0), pending: row.pendingMark(1), derived: row.bool(2), rowid: row.int64(3))
        }
        // Never replace a record with an older copy: an action's replayed answer can be older than a later sync.
        // A record the journal derived from calls is thinner than any copy from elsewhere: that copy replaces it.
        if let existing, existing.updatedAt >= record.updatedAt.millis, !existing.derived { return .unchanged }
        try reindexingSearch(kind, id: record.id, present: existing != nil) {
            if existing != nil {
                try db.cachedStatement("DELETE FROM \(table) WHERE \(StoreTables.key(kind)) = ?").execute([.text(record.id)])
            }
            switch record {
            case .order(let order): try insert(order, rowid: existing?.rowid)
            case .instance(let instance): try insert(instance, rowid: existing?.rowid)
            case .exception(let message): try insert(message, rowid: existing?.rowid)
            case .supervision(let task): try insert(task, rowid: existing?.rowid)
            case .ticket(let ticket): try insert(ticket, rowid: existing?.rowid)
            case .call(let call): try insert(call, rowid: existing?.rowid)
            }
        }
        // The outbox's badge belongs to the local record, not to the server's copy: keep it.
        if let pending = existing?.pending { try setPendingMark(pending, kind: kind, id: record.id) }
        return existing == nil ? .added : .changed
    }

    /// Remembers a record the server sent that could not be decoded, so the console can show what was skipped.
    public func recordReject(kind: EntityKind, id: String, path: String, reason: String, at now: Timestamp) throws {
        try db.cachedStatement("""
            INSERT INTO sync_rejects(kind, record_id, path, reason, seen_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(kind, record_id) DO UPDATE SET path = excluded.path, reason = excluded.reason,
                seen_at = excluded.seen_at
            """).execute([.text(kind.rawValue), .text(id), .text(path), .text(reason), now.sqlValue])
    }

    /// The rejected records of `kind` (id, path, reason).
    public func rejects(_ kind: EntityKind) throws -> [(id: String, path: String, reason: String)] {
        try db.rows("SELECT record_id, path, reason FROM sync_rejects WHERE kind = ? ORDER BY record_id",
                    [.text(kind.rawValue)]) { row in (row.text(0), row.text(1), row.text(2)) }
    }
}
