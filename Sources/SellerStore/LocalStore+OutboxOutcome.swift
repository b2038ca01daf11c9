import SellerCore

// What the outbox knows about whether an action may have been applied, and how an outcome lookup's answer is
// recorded (Assets/api/seller-gateway.md, "Outcome lookup"). The lookup itself is Sync's `OutcomeReconciler`.
extension LocalStore {
    /// Whether giving up action `id` needs an outcome lookup first: an attempt of it may have reached the
    /// marketplace without an answer, or it is claimed right now (a sender that died mid-attempt included).
    public func outboxOutcomeInDoubt(id: Int64) throws -> Bool {
        try db.scalar("SELECT in_doubt OR state = 'sending' FROM outbox WHERE id = ?", [.integer(id)])
            .flatMap(\.int64Value).map { $0 != 0 } ?? false
    }

    /// The failed actions on a target whose outcome is in doubt, oldest first: what must be settled before a new
    /// action on the target is accepted (one still in flight refuses it anyway).
    public func inDoubtOutboxItems(target kind: EntityKind, id: String) throws -> [OutboxItem] {
        try db.cachedStatement("""
            SELECT \(outboxColumns()) FROM outbox WHERE target_kind = ? AND target_id = ? AND state = 'failed'
                AND in_doubt = 1 ORDER BY id LIMIT 20
            """).rows([.text(kind.rawValue), .text(id)], Self.outboxItem)
    }

    /// A lookup says the marketplace can never apply action `id` (its key was refused for good or abandoned by
    /// the lookup). The doubt is gone, and the action gets a fresh key, so a later 重试 is applied afresh
    /// instead of meeting the spent one (its upload ids derive from the key, so its files upload again).
    /// Returns false when the action is not there or already finished.
    @discardableResult
    public func settleOutboxItemNeverApplied(id: Int64, at now: Timestamp) throws -> Bool {
        try write {
            guard let item = try outboxItem(id: id), !item.state.isFinished else { return false }
            try db.cachedStatement("""
                UPDATE outbox SET in_doubt = 0, idempotency_key = ?, progress_sent = NULL, updated_at = ?
                WHERE id = ?
                """).execute([.text(LocalStore.newIdempotencyKey()), now.sqlValue, .integer(id)])
            return true
        }
    }
}

extension LocalStore {
    /// Whether a sender holds action `id` right now (claimed, lease not run out): it must not be discarded or
    /// looked up, since the request may be about to go out.
    public func isOutboxItemOnWire(id: Int64, at now: Timestamp) throws -> Bool {
        try db.scalar("SELECT state = 'sending' AND coalesce(lease_until, 0) > ? FROM outbox WHERE id = ?",
                      [now.sqlValue, .integer(id)]).flatMap(\.int64Value).map { $0 != 0 } ?? false
    }
}

extension LocalStore {
    /// The target's newest outbox action when it failed (nil when the newest is unfinished, done or discarded):
    /// what the record's detail reports as the outcome of the seller's last action on it.
    public func failedOutboxItem(target kind: EntityKind, id: String) throws -> OutboxItem? {
        try db.cachedStatement("""
            SELECT \(outboxColumns()) FROM outbox WHERE target_kind = ? AND target_id = ? ORDER BY id DESC LIMIT 1
            """).first([.text(kind.rawValue), .text(id)], Self.outboxItem).flatMap { $0.state == .failed ? $0 : nil }
    }
}
