import ListContract
import SellerCore

// The sender's side of the outbox (ARCHITECTURE §7): claiming due actions under a lease and recording what happened,
// each step one transaction, so a process killed at any point leaves every action either finished or due again
// with the same idempotency key.
extension LocalStore {
    /// Claims the oldest due action: queued or waiting with its time come, or sending with an expired lease (its
    /// sender died). An action waits while an older one on the same target is unfinished, so actions on one
    /// record go out in the order they were asked for. The claim adds an attempt and a lease of `leaseSeconds`,
    /// except when it takes over from a sender that died: that sender's attempt is the one now made (a killed
    /// sender uses none of the budget), but it may have reached the marketplace, so the outcome is in doubt.
    public func claimNextDue(at now: Timestamp, leaseSeconds: Int64, excluding busy: Set<Int64> = [])
        throws -> OutboxItem? {
        try write {
            let exclusion = busy.isEmpty ? "" : "AND o.id NOT IN (" + busy.map(String.init).joined(separator: ",") + ")"
            guard let item = try db.first("""
                SELECT \(outboxColumns(of: "o")) FROM outbox o
                WHERE ((o.state IN ('queued', 'waiting') AND coalesce(o.next_attempt_at, 0) <= ?1)
                       OR (o.state = 'sending' AND coalesce(o.lease_until, 0) <= ?1)) \(exclusion)
                  AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.target_kind = o.target_kind
                       AND e.target_id = o.target_id AND e.id < o.id AND e.state IN ('queued', 'sending', 'waiting'))
                ORDER BY o.id LIMIT 1
                """, [now.sqlValue], Self.outboxItem) else { return nil }
            if let problem = item.payloadError {
                try finish(item, state: .failed, error: problem, failure: ActionFailure(.unreadable, message: problem),
                           evidence: nil, at: now)
                return nil
            }
            try db.cachedStatement("""
                UPDATE outbox SET state = 'sending', attempts = attempts + (state <> 'sending'),
                    in_doubt = in_doubt OR state = 'sending', lease_until = ?, updated_at = ?
                WHERE id = ?
                """).execute([now.adding(seconds: leaseSeconds).sqlValue, now.sqlValue, .integer(item.id)])
            return try outboxItem(id: item.id)
        }
    }

    /// When the next waiting or queued action falls due (nil when none), so a sender can sleep until then.
    public func nextOutboxDueTime() throws -> Timestamp? {
        try db.scalar("""
            SELECT min(CASE WHEN state = 'sending' THEN coalesce(lease_until, 0) ELSE coalesce(next_attempt_at, 0) END)
            FROM outbox WHERE state IN ('queued', 'waiting', 'sending')
            """).flatMap(\.int64Value).map { Timestamp(millis: $0) }
    }

    /// The marketplace applied the action: the item is done and the record it returned is stored, together.
    public func completeOutboxItem(id: Int64, result record: SellerRecord?, at now: Timestamp) throws {
        try write {
            guard let item = try outboxItem(id: id), !item.state.isFinished else { return }
            if let record { try upsert(record) }
            try finish(item, state: .done, error: nil, at: now)
        }
    }

    /// An attempt failed in a way another may fix; the next falls due at `next`. `evidence` says whether the
    /// attempt may have been applied (the default assumes the worst).
    public func scheduleOutboxRetry(id: Int64, error: String, next: Timestamp, evidence: AttemptEvidence = .unanswered,
                                    at now: Timestamp) throws {
        try db.cachedStatement("""
            UPDATE outbox SET state = 'waiting', last_error = ?, next_attempt_at = ?, lease_until = NULL, updated_at = ?,
                in_doubt = \(Self.doubtAfter(evidence))
            WHERE id = ? AND state = 'sending'
            """).execute([.text(error), next.sqlValue, now.sqlValue, .integer(id)])
    }

    /// The marketplace refused the action, or it ran out of attempts: it waits for the seller. `error` is the
    /// sentence a person reads, `failure` the same as data.
    public func failOutboxItem(id: Int64, error: String, failure: ActionFailure = ActionFailure(.refused),
                               evidence: AttemptEvidence = .notProcessed, at now: Timestamp) throws {
        try write {
            guard let item = try outboxItem(id: id), !item.state.isFinished else { return }
            try finish(item, state: .failed, error: error, failure: failure, evidence: evidence, at: now)
        }
    }

    /// The marketplace applied the action but what it set off failed (a 重新启动 whose re-call failed again):
    /// the record it returned is stored and the action is failed, together. The key is spent on a run that
    /// happened, so the action gets a fresh one: the seller's 重试 then restarts again instead of being answered
    /// with the same failure from the marketplace's idempotency ledger.
    public func failAppliedOutboxItem(id: Int64, error: String, failure: ActionFailure, result record: SellerRecord?,
                                      at now: Timestamp) throws {
        try write {
            guard let item = try outboxItem(id: id), !item.state.isFinished else { return }
            if let record { try upsert(record) }
            try finish(item, state: .failed, error: error, failure: failure, evidence: .settled, at: now)
            try db.cachedStatement("UPDATE outbox SET idempotency_key = ? WHERE id = ?")
                .execute([.text(LocalStore.newIdempotencyKey()), .integer(id)])
        }
    }

    /// A sender stopped (the console quit, Ctrl-C) before its attempt ended: the attempt is given back, since
    /// it is not known to have counted, and the action is due again at once, in doubt, as it may have gone out.
    public func releaseOutboxClaim(id: Int64, reason: String, at now: Timestamp) throws {
        try db.cachedStatement("""
            UPDATE outbox SET state = 'waiting', attempts = max(0, attempts - 1), in_doubt = 1, last_error = ?,
                next_attempt_at = ?, lease_until = NULL, updated_at = ?
            WHERE id = ? AND state = 'sending'
            """).execute([.text(reason), now.sqlValue, now.sqlValue, .integer(id)])
    }

    /// Upload progress of a delivery; it also extends the sender's lease, since a large upload outlives one.
    public func recordOutboxProgress(id: Int64, sentBytes: Int64, leaseUntil: Timestamp, at now: Timestamp) throws {
        try db.cachedStatement("""
            UPDATE outbox SET progress_sent = ?, lease_until = ?, updated_at = ? WHERE id = ? AND state = 'sending'
            """).execute([.integer(sentBytes), leaseUntil.sqlValue, now.sqlValue, .integer(id)])
    }

    /// The seller's 重试 on a failed or waiting action: due now, with the same idempotency key and a fresh budget
    /// of attempts (the count starts again; a doubt about earlier attempts stays until it is settled).
    @discardableResult
    public func retryOutboxItem(id: Int64, at now: Timestamp) throws -> Bool {
        try write {
            guard let item = try outboxItem(id: id), item.state == .failed || item.state == .waiting,
                  item.payloadError == nil else { return false }
            try db.cachedStatement("""
                UPDATE outbox SET state = 'queued', attempts = 0, failure = NULL, failure_status = NULL,
                    failure_code = NULL, failure_message = NULL, next_attempt_at = ?, updated_at = ?
                WHERE id = ?
                """).execute([now.sqlValue, now.sqlValue, .integer(id)])
            try refreshPendingMark(kind: item.action.targetKind, id: item.action.targetId)
            return true
        }
    }

    /// The seller's 放弃: an action not on the wire (queued, waiting, failed, or sending under an expired lease)
    /// is discarded and its target's badge updated. An action being sent right now cannot be discarded. This is
    /// the bare step: whether the action may have been applied is `OutcomeReconciler`'s question (Sync), which
    /// the CLI and the console ask first.
    @discardableResult
    public func discardOutboxItem(id: Int64, at now: Timestamp) throws -> Bool {
        try write {
            guard let item = try outboxItem(id: id), !item.state.isFinished else { return false }
            if item.state == .sending {
                let lease = try db.scalar("SELECT lease_until FROM outbox WHERE id = ?", [.integer(id)])
                    .flatMap(\.int64Value) ?? 0
                guard lease <= now.millis else { return false }
            }
            try finish(item, state: .discarded, error: item.lastError, failure: nil, evidence: nil, at: now)
            return true
        }
    }

    /// Ends an action's run: `failure` is stored as given, `evidence` updates the doubt (nil keeps it).
    private func finish(_ item: OutboxItem, state: OutboxState, error: String?, failure: ActionFailure? = nil,
                evidence: AttemptEvidence? = .settled, at now: Timestamp) throws {
        let doubt = evidence.map(Self.doubtAfter) ?? "in_doubt"
        try db.cachedStatement("""
            UPDATE outbox SET state = ?, last_error = ?, failure = ?, failure_status = ?, failure_code = ?,
                failure_message = ?, in_doubt = \(doubt), lease_until = NULL, next_attempt_at = NULL, updated_at = ?
            WHERE id = ?
            """).execute([.text(state.rawValue), SQLiteValue(error), SQLiteValue(failure?.kind.rawValue),
                          SQLiteValue(failure?.httpStatus), SQLiteValue(failure?.errorCode),
                          SQLiteValue(failure?.message), now.sqlValue, .integer(item.id)])
        guard item.payloadError == nil else { return }
        try refreshPendingMark(kind: item.action.targetKind, id: item.action.targetId)
    }

    /// The SQL value of `in_doubt` after an attempt that ended with `evidence`.
    static func doubtAfter(_ evidence: AttemptEvidence) -> String {
        switch evidence {
        case .unanswered: "1"
        case .notProcessed: "in_doubt"
        case .settled: "0"
        }
    }

    /// The target's badge follows its newest action: in flight → pending, failed → failed, finished → none.
    func refreshPendingMark(kind: EntityKind, id: String) throws {
        let newest = try db.cachedStatement("""
            SELECT action, state, failure FROM outbox WHERE target_kind = ? AND target_id = ? ORDER BY id DESC LIMIT 1
            """).first([.text(kind.rawValue), .text(id)]) {
                (action: StoredValue<ActionKind>(rawValue: $0.text(0)), state: OutboxState(rawValue: $0.text(1)),
                 failure: $0.optionalText(2).map { StoredValue<OutboxFailure>(rawValue: $0) })
            }
        let state: PendingMark.State? = switch newest?.state {
        case .queued?, .sending?, .waiting?: .pending
        case .failed?: .failed
        default: nil
        }
        let mark = newest.flatMap { newest in
            state.map { PendingMark(action: newest.action, state: $0, failure: newest.failure) }
        }
        try setPendingMark(mark, kind: kind, id: id)
    }
}
