import SellerCore

/// The relay's journal of the marketplace's calls (issue 12): each call is written twice, on arrival (before it is
/// forwarded, so a relay killed mid-call still leaves its trace) and with its answer, which is projected into
/// interface-exception messages, orders and instances in the same transaction (`LocalStore+JournalMessages.swift`,
/// `LocalStore+JournalRecords.swift`).
extension LocalStore {
    /// What `closeUnansweredCalls` records for a call the relay never answered.
    public static let relayStoppedDetail = "no answer (relay stopped)"

    /// Writes a call on arrival (outcome PENDING), with its search row. A second arrival with the same callId is
    /// ignored (the relay may retry a write whose commit it did not see).
    public func recordArrival(_ arrival: JournalArrival) throws {
        try write {
            try db.cachedStatement("""
                INSERT OR FAIL INTO calls(call_id, origin, replay_of, received_at, method, path, query,
                    request_headers, request_body, peer, activity, interface_version, order_id, order_line_id,
                    instance_id, license, event_id, test_flag, signature, signature_work, outcome, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(call_id) DO NOTHING
                """).execute(Self.arrivalValues(arrival) + [.text(CallOutcome.pending.rawValue),
                                                            arrival.receivedAt.sqlValue])
            guard db.changes == 1 else { return }
            try indexSearch(.calls, id: arrival.callId)
        }
    }

    /// Writes the answer (outcome, status, headers, body, latency, failure) and the search text, and projects it,
    /// all in one IMMEDIATE transaction. Flags an idempotency break (§3.9): a create for an order line answered
    /// with another `instanceId` than an earlier successful create gets `idempotency_break` = the earlier id; its
    /// outcome stays. Returns the message id the call counted toward (nil when none). An answer for an unknown
    /// callId or one already answered is ignored (returns nil).
    @discardableResult
    public func recordAnswer(callId: String, _ answer: JournalAnswer) throws -> String? {
        try write {
            guard let (rowid, pending) = try pendingCall(callId) else { return nil }
            var answer = answer
            if answer.idempotencyBreak == nil {
                answer.idempotencyBreak = try idempotencyBreak(pending.arrival, answer)
            }
            var call = JournalCall(arrival: pending.arrival, answer: answer, messageId: nil)
            // Records first, so a message opened for a new order takes the names the call gave it.
            try deriveRecords(call)
            call.messageId = try projectMessage(call)
            try saveAnswer(call, rowid: rowid)
            return call.messageId
        }
    }

    /// Every call still PENDING becomes a failure of kind `relayStopped`, detail "no answer (relay stopped)",
    /// projected like any failure; returns how many. The relay calls it when it starts, before it listens.
    public func closeUnansweredCalls(at now: Timestamp) throws -> Int {
        try write {
            let pending = try db.cachedStatement("""
                SELECT call_id, received_at FROM calls WHERE outcome = 'PENDING' ORDER BY received_at, rowid
                """).rows { row in (row.text(0), row.timestamp(1)) }
            for (callId, receivedAt) in pending {
                let waited = max(0, min(now.millis - receivedAt.millis, Int64(Int32.max)))
                try recordAnswer(callId: callId, JournalAnswer(
                    answeredAt: now, latencyMs: Int(waited), status: nil, headers: [], body: "", bodyTruncated: false,
                    transportError: nil, outcome: .failure, failureKind: .relayStopped,
                    failureDetail: Self.relayStoppedDetail, resultCode: nil, answeredInstanceId: nil))
            }
            return pending.count
        }
    }

    /// The journalled calls of a message, newest first (detail pane, replay).
    public func calls(ofMessage messageId: String) throws -> [JournalCall] {
        try db.cachedStatement("""
            SELECT \(Self.callColumns) FROM calls WHERE message_id = ? ORDER BY received_at DESC, rowid DESC
            """).rows([.text(messageId)]) { row in Self.decodeCall(row) }
    }

    /// The newest marketplace call of a journal message (what `replayMessage` re-sends).
    public func latestMarketplaceCall(ofMessage messageId: String) throws -> JournalCall? {
        try db.cachedStatement("""
            SELECT \(Self.callColumns) FROM calls WHERE message_id = ? AND origin = 'MARKETPLACE'
            ORDER BY received_at DESC, rowid DESC LIMIT 1
            """).first([.text(messageId)]) { row in Self.decodeCall(row) }
    }

    // MARK: - Steps of recordAnswer

    /// The call with its rowid (for its search row) when it is still waiting for its answer.
    private func pendingCall(_ callId: String) throws -> (Int64, JournalCall)? {
        let found = try db.cachedStatement("SELECT \(Self.callColumns), rowid FROM calls WHERE call_id = ?")
            .first([.text(callId)]) { row in (row.int64(34), Self.decodeCall(row)) }
        guard let found, found.1.outcome == .pending else { return nil }
        return found
    }

    /// The `instanceId` an earlier successful create of the same order line (V1: order) got, when this successful
    /// create got another. Test calls (mock ids) never count. Reads only the order's calls: `INDEXED BY`, because
    /// without statistics the planner would pick the outcome index and walk every successful call.
    private func idempotencyBreak(_ arrival: JournalArrival, _ answer: JournalAnswer) throws -> String? {
        guard arrival.activity == Activity.newInstance.rawValue, !arrival.testFlag, answer.outcome == .success,
              let instanceId = answer.answeredInstanceId, !instanceId.isEmpty,
              let orderId = arrival.orderId, !orderId.isEmpty else { return nil }
        return try db.cachedStatement("""
            SELECT answered_instance_id FROM calls INDEXED BY calls_by_order
            WHERE order_id = ? AND coalesce(order_line_id, '') = ? AND activity = 'newInstance'
                AND outcome = 'SUCCESS' AND test_flag = 0 AND answered_instance_id IS NOT NULL
                AND answered_instance_id <> '' AND answered_instance_id <> ? AND call_id <> ?
            ORDER BY received_at, rowid LIMIT 1
            """).first([.text(orderId), .text(arrival.orderLineId ?? ""), .text(instanceId),
                        .text(arrival.callId)]) { row in row.text(0) }
    }

    private func saveAnswer(_ call: JournalCall, rowid: Int64) throws {
        guard let answer = call.answer else { return }
        try reindexingSearch(.calls, id: call.arrival.callId) {
            try db.cachedStatement("""
                UPDATE OR FAIL calls SET outcome = ?, answered_at = ?, latency_ms = ?, status = ?,
                    response_headers = ?, response_body = ?, response_truncated = ?, transport_error = ?,
                    failure_kind = ?, failure_detail = ?, result_code = ?, answered_instance_id = ?,
                    idempotency_break = ?, message_id = ?, updated_at = ?
                WHERE rowid = ?
                """).execute([
                    .text(answer.outcome.rawValue), answer.answeredAt.sqlValue, SQLiteValue(answer.latencyMs),
                    SQLiteValue(answer.status), .text(Self.headersJSON(answer.headers)), .text(answer.body),
                    .integer(answer.bodyTruncated ? 1 : 0), SQLiteValue(answer.transportError),
                    SQLiteValue(answer.failureKind?.rawValue), .text(answer.failureDetail), SQLiteValue(answer.resultCode),
                    SQLiteValue(answer.answeredInstanceId), SQLiteValue(answer.idempotencyBreak),
                    SQLiteValue(call.messageId), call.updatedAt.sqlValue, .integer(rowid),
                ])
        }
    }
}
