import Foundation
import ListContract
import SellerCore

/// What asking for an action did.
public enum EnqueueOutcome: Equatable, Sendable {
    /// Written to the outbox, its target marked pending, in one transaction.
    case queued(OutboxItem)
    /// Not written: the reason says why (not in the store, another action in flight, the state machine).
    case refused(reason: String)
}

// The outbox of seller actions (ARCHITECTURE §7): writing actions and reading them back for the 队列 tab and the CLI.
extension LocalStore {
    /// Actions in the outbox that are not yet finished (waiting, in flight or failed), for the 队列 tab's count.
    /// Named states, not "neither done nor discarded": a seek per state on `outbox_by_state` reads only the
    /// unfinished actions, however many finished ones the outbox has kept.
    public func outboxCount() throws -> Int {
        let sql = "SELECT count(*) FROM outbox WHERE state IN (\(Self.unfinishedStates))"
        return try db.cachedStatement(sql).scalar([]).flatMap(\.int64Value).map { Int($0) } ?? 0
    }

    /// The states of an unfinished action, as SQL literals (the enum's own raw values).
    private static let unfinishedStates = OutboxState.allCases.filter { $0 != .done && $0 != .discarded }
        .map { "'\($0.rawValue)'" }.joined(separator: ", ")

    /// A fresh idempotency key: random, so two consoles on two machines never collide.
    public static func newIdempotencyKey() -> String {
        "act-" + UUID().uuidString.lowercased()
    }

    /// Writes `action` to the outbox and marks its target pending, in one transaction, after checking it against
    /// the target as stored: a missing target, another action still in flight on it, or a state the state
    /// machine does not allow refuses it at once with the reason.
    public func enqueue(_ action: SellerAction, at now: Timestamp,
                        idempotencyKey: String = LocalStore.newIdempotencyKey()) throws -> EnqueueOutcome {
        try write { try enqueueInTransaction(action, at: now, idempotencyKey: idempotencyKey) }
    }

    /// Enqueues several actions in one transaction (a bulk 重新启动): each is checked and queued or refused on
    /// its own, and the outcomes come back in the same order.
    public func enqueue(_ actions: [SellerAction], at now: Timestamp) throws -> [EnqueueOutcome] {
        try write {
            try actions.map { try enqueueInTransaction($0, at: now, idempotencyKey: LocalStore.newIdempotencyKey()) }
        }
    }

    /// The ids of the rows `query` matches, in its order, at most `limit` (marking "all that match the filter").
    public func ids(matching query: StoreListQuery, limit: Int) throws -> [String] {
        var ids: [String] = []
        var paged = query
        paged.limit = min(1000, max(1, limit))
        var key: ListRowKey?
        repeat {
            let page = try self.page(paged, after: key)
            ids.append(contentsOf: page.rows.prefix(limit - ids.count).map(\.id))
            key = page.nextKey
        } while key != nil && ids.count < limit
        return ids
    }

    private func enqueueInTransaction(_ action: SellerAction, at now: Timestamp,
                                      idempotencyKey: String) throws -> EnqueueOutcome {
        guard let record = try record(action.targetKind, id: action.targetId) else {
            return .refused(reason: "\(action.targetId) is not in the local store; sync first")
        }
        if let busy = try inFlightItem(on: action.targetKind, id: action.targetId) {
            return .refused(reason: "\(busy.action.kind.englishLabel) on \(action.targetId) is still "
                + "\(busy.state.englishLabel.lowercased()) "
                + "(outbox #\(busy.id)); wait for it or discard it first")
        }
        if let refusal = ActionRules.refusal(of: action, on: record, at: now) {
            // English only (the log, `--json`, the English screens): the flow's Chinese labels stay out of it.
            return .refused(reason: "\(action.kind.englishLabel) is not allowed now: \(refusal.reason)")
        }
        let label = ActionTarget.label(of: record)
        try db.cachedStatement("""
            INSERT INTO outbox(action, target_kind, target_id, payload, idempotency_key, state, attempts, created_at,
                updated_at, next_attempt_at, target_label, progress_total)
            VALUES (?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?, ?, ?)
            """).execute([
                .text(action.kind.rawValue), .text(action.targetKind.rawValue), .text(action.targetId),
                .text(action.payloadJSON), .text(idempotencyKey), now.sqlValue, now.sqlValue, now.sqlValue,
                .text(label), action.uploadBytes > 0 ? .integer(action.uploadBytes) : .null,
            ])
        let id = db.lastInsertRowID
        try setPendingMark(PendingMark(action.kind), kind: action.targetKind, id: action.targetId)
        guard let item = try outboxItem(id: id) else {
            return .refused(reason: "the outbox row vanished while it was being written")
        }
        return .queued(item)
    }

    /// The newest action on a target that has not finished, if any.
    func inFlightItem(on kind: EntityKind, id: String) throws -> OutboxItem? {
        try db.cachedStatement("""
            SELECT \(outboxColumns()) FROM outbox WHERE target_kind = ? AND target_id = ?
                AND state IN ('queued', 'sending', 'waiting') ORDER BY id DESC LIMIT 1
            """).first([.text(kind.rawValue), .text(id)], Self.outboxItem)
    }

    /// Sets the target's `pending_action` (the list badge; `PendingMark+Column.swift` spells it), nil when nothing
    /// is left.
    func setPendingMark(_ mark: PendingMark?, kind: EntityKind, id: String) throws {
        try db.cachedStatement("""
            UPDATE \(StoreTables.table(kind)) SET pending_action = ? WHERE \(StoreTables.key(kind)) = ?
            """).execute([SQLiteValue(mark?.columnText), .text(id)])
    }

    // MARK: Reading

    public func outboxItem(id: Int64) throws -> OutboxItem? {
        try db.cachedStatement("SELECT \(outboxColumns()) FROM outbox WHERE id = ?")
            .first([.integer(id)], Self.outboxItem)
    }

    /// The actions on one record, newest first (the detail pane's "actions" section and the CLI's wait).
    public func outboxItems(target kind: EntityKind, id: String, limit: Int = 50) throws -> [OutboxItem] {
        try db.cachedStatement("""
            SELECT \(outboxColumns()) FROM outbox WHERE target_kind = ? AND target_id = ? ORDER BY id DESC LIMIT ?
            """).rows([.text(kind.rawValue), .text(id), .integer(Int64(limit))], Self.outboxItem)
    }

    /// A page of the outbox, newest first: the `limit` items with an id below `beforeId` (all when nil), in the
    /// given states (all when empty). Keyset paging on the primary key, so any page is one index range; with
    /// states, one ordered seek of `outbox_by_state_id` per state, merged newest first, so no page sorts.
    public func outboxPage(states: [OutboxState] = [], beforeId: Int64? = nil, limit: Int) throws -> [OutboxItem] {
        let select = "SELECT \(try outboxColumns()) FROM outbox"
        let below: [SQLiteValue] = beforeId.map { [.integer($0)] } ?? []
        var seen = Set<OutboxState>()
        let distinct = states.filter { seen.insert($0).inserted }
        var arms: [String] = []
        var values: [SQLiteValue] = []
        if distinct.isEmpty {
            arms.append(select + (below.isEmpty ? "" : " WHERE id < ?"))
            values = below
        }
        for state in distinct {
            arms.append(select + " WHERE state = ?" + (below.isEmpty ? "" : " AND id < ?"))
            values += [.text(state.rawValue)] + below
        }
        values.append(.integer(Int64(max(1, min(limit, 1000)))))
        return try db.rows(arms.joined(separator: " UNION ALL ") + " ORDER BY id DESC LIMIT ?", values,
                           Self.outboxItem)
    }

    /// How many actions are in each state.
    public func outboxCounts() throws -> [OutboxState: Int] {
        var counts: [OutboxState: Int] = [:]
        for (state, count) in try db.rows("SELECT state, count(*) FROM outbox GROUP BY state", [], {
            ($0.text(0), $0.int(1))
        }) {
            if let known = OutboxState(rawValue: state) { counts[known] = count }
        }
        return counts
    }

    /// The columns `outboxItem(_:)` reads, qualified by a table name or alias. A store an older build wrote and
    /// that is opened read-only (so not migrated) has no failure columns yet: NULLs stand in, and its failures
    /// read as not known rather than failing the read.
    func outboxColumns(of table: String = "outbox") throws -> String {
        let detail = try hasFailureDetail() ? Self.failureColumns.map { table + "." + $0 }
            : Self.failureColumns.map { _ in "NULL" }
        return (Self.itemColumns.map { table + "." + $0 } + detail).joined(separator: ", ")
    }

    static let itemColumns = ["id", "payload", "idempotency_key", "state", "attempts", "last_error", "target_label",
                              "created_at", "updated_at", "next_attempt_at", "progress_sent", "progress_total"]
    static let failureColumns = ["failure", "failure_status", "failure_code", "failure_message"]

    private func hasFailureDetail() throws -> Bool {
        try db.cachedStatement("SELECT count(*) FROM pragma_table_info('outbox') WHERE name = 'failure_message'")
            .scalar([])?.int64Value == 1
    }

    static func outboxItem(_ row: Row) -> OutboxItem {
        let action: SellerAction
        var payloadError: String?
        do {
            action = try SellerAction(payloadJSON: row.text(1))
        } catch {
            // A payload this build cannot read stays visible (and discardable) instead of vanishing; the
            // placeholder action is never sent (`payloadError` is checked first).
            action = .restart(messageId: "")
            payloadError = "unreadable payload: \(error.description)"
        }
        let total = row.optionalInt64(11)
        return OutboxItem(
            id: row.int64(0), action: action, idempotencyKey: row.text(2),
            state: row.enumValue(3, OutboxState.failed), attempts: row.int(4), lastError: row.optionalText(5),
            targetLabel: row.text(6), createdAt: row.timestamp(7), updatedAt: row.timestamp(8),
            nextAttemptAt: row.optionalTimestamp(9),
            progress: total.map { UploadProgress(sentBytes: row.optionalInt64(10) ?? 0, totalBytes: $0) },
            payloadError: payloadError, failure: failure(row, from: 12))
    }

    /// The failure columns from `index` on (class, HTTP status, code, message); nil without a class. A class this
    /// build does not know reads as a plain refusal, so the item still counts as failed by the marketplace.
    static func failure(_ row: Row, from index: Int) -> ActionFailure? {
        guard let kind = row.optionalText(index) else { return nil }
        return ActionFailure(OutboxFailure(rawValue: kind) ?? .refused,
                             httpStatus: row.optionalInt64(index + 1).map { Int($0) },
                             errorCode: row.optionalText(index + 2), message: row.optionalText(index + 3))
    }
}
