import ListContract
import SellerCore

/// What storing one record did.
public enum UpsertOutcome: Sendable, Equatable {
    case added, changed, unchanged
}

extension LocalStore {
    /// Inserts or replaces `record` and its children, keeping its search text current. A record whose
    /// `updatedAt` equals the stored one is left alone, so re-syncing the same data writes nothing.
    /// Call inside `write { }` so a page lands in one transaction.
    @discardableResult
    public func upsert(_ record: SellerRecord) throws -> UpsertOutcome {
        let kind = record.kind
        let table = StoreTables.table(kind)
        let derived = StoreTables.derivedFromCalls(kind) ? "from_journal" : "0"
        let existing = try db.cachedStatement(
            "SELECT rowid, updated_at, pending_action, \(derived) FROM \(table) WHERE \(StoreTables.key(kind)) = ?"
        ).first([.text(record.id)]) { row in (row.int64(0), row.int64(1), row.pendingMark(2), row.bool(3)) }
        // Never replace a record with an older copy: an action's replayed answer can be older than a later sync.
        // A record the journal derived from calls is thinner than any copy from elsewhere: that copy replaces it.
        if let existing, existing.1 >= record.updatedAt.millis, !existing.3 { return .unchanged }
        if existing != nil {
            try db.cachedStatement("DELETE FROM \(table) WHERE \(StoreTables.key(kind)) = ?").execute([.text(record.id)])
            if let rowid = existing?.0 {
                try db.cachedStatement("DELETE FROM \(StoreTables.search(kind)) WHERE rowid = ?").execute([.integer(rowid)])
            }
        }
        let searchText: String
        switch record {
        case .order(let order): searchText = try insert(order)
        case .instance(let instance): searchText = try insert(instance)
        case .exception(let message): searchText = try insert(message)
        case .supervision(let task): searchText = try insert(task)
        case .ticket(let ticket): searchText = try insert(ticket)
        case .call(let call): searchText = try insert(call)
        }
        try db.cachedStatement("INSERT INTO \(StoreTables.search(kind))(rowid, text) VALUES (last_insert_rowid(), ?)")
            .execute([.text(searchText)])
        // The outbox's badge belongs to the local record, not to the server's copy: keep it.
        if let pending = existing?.2 { try setPendingMark(pending, kind: kind, id: record.id) }
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

    /// Joins the fields a seller searches by, capped so a megabyte field does not bloat the index.
    static func searchText(_ parts: [String?]) -> String {
        parts.compactMap { $0 }.map { $0.count > 512 ? String($0.prefix(512)) : $0 }.joined(separator: " ")
    }
}
