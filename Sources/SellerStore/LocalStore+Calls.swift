import SellerCore

/// The `calls` table: reading a journalled call back, and inserting a whole one (fixtures, imports). The relay
/// writes calls in two steps, on arrival and with the answer (`LocalStore+Journal.swift`).
extension LocalStore {
    /// `rowid` nil: a new record gets the next rowid; a replaced one passes its old rowid (`upsert`).
    func insert(_ call: JournalCall, rowid: Int64? = nil) throws {
        let a = call.arrival, answer = call.answer
        try db.cachedStatement("""
            INSERT OR FAIL INTO calls(rowid, call_id, origin, replay_of, received_at, method, path, query,
                request_headers, request_body, peer, activity, interface_version, order_id, order_line_id,
                instance_id, license, event_id, test_flag, signature, signature_work, outcome, answered_at,
                latency_ms, status, response_headers, response_body, response_truncated, transport_error, failure_kind,
                failure_detail, result_code, answered_instance_id, idempotency_break, message_id, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                ?, ?, ?)
            """).execute([SQLiteValue(rowid)] + Self.arrivalValues(a) + [
                .text(call.outcome.rawValue), SQLiteValue(answer?.answeredAt.millis), SQLiteValue(answer?.latencyMs),
                SQLiteValue(answer?.status), SQLiteValue(answer.map { Self.headersJSON($0.headers) }),
                SQLiteValue(answer?.body), .integer(answer?.bodyTruncated == true ? 1 : 0),
                SQLiteValue(answer?.transportError), SQLiteValue(answer?.failureKind?.rawValue),
                .text(answer?.failureDetail ?? ""), SQLiteValue(answer?.resultCode),
                SQLiteValue(answer?.answeredInstanceId), SQLiteValue(answer?.idempotencyBreak),
                SQLiteValue(call.messageId), call.updatedAt.sqlValue,
            ])
    }

    /// The arrival's columns, `call_id` through `signature_work`, in table order.
    static func arrivalValues(_ a: JournalArrival) -> [SQLiteValue] {
        [
            .text(a.callId), .text(a.origin.rawValue), SQLiteValue(a.replayOf), a.receivedAt.sqlValue, .text(a.method),
            .text(a.path), .text(a.query), .text(headersJSON(a.headers)), .text(a.body), .text(a.peer),
            .text(a.activity ?? ""), SQLiteValue(a.interfaceVersion?.rawValue), SQLiteValue(a.orderId),
            SQLiteValue(a.orderLineId), SQLiteValue(a.instanceId), SQLiteValue(a.license), SQLiteValue(a.eventId),
            .integer(a.testFlag ? 1 : 0), .text(a.signature.rawValue), .text(a.signatureWork),
        ]
    }

    /// Headers as the store keeps them (`JournalHeader.write`).
    static func headersJSON(_ headers: [JournalHeader]) -> String {
        var writer = JSONWriter()
        JournalHeader.write(headers, into: &writer)
        return writer.text
    }

    /// Reads `headersJSON` back; anything unreadable reads as no headers.
    static func headers(fromJSON text: String?) -> [JournalHeader] {
        JournalHeader.read(text.flatMap { try? JSONParser.parse($0) })
    }

    /// One journalled call with its answer, for the detail pane and `replay`.
    public func call(id: String) throws -> JournalCall? {
        try db.cachedStatement("SELECT \(Self.callColumns) FROM calls WHERE call_id = ?").first([.text(id)]) { row in
            Self.decodeCall(row)
        }
    }

    /// The columns `decodeCall` reads, in its order.
    static let callColumns = """
        call_id, origin, replay_of, received_at, method, path, query, request_headers, request_body, peer, activity,
        interface_version, order_id, order_line_id, instance_id, license, event_id, test_flag, signature,
        signature_work, outcome, answered_at, latency_ms, status, response_headers, response_body, response_truncated,
        transport_error, failure_kind, failure_detail, result_code, answered_instance_id, idempotency_break, message_id
        """

    /// Decodes the columns of `callColumns`.
    static func decodeCall(_ row: Row) -> JournalCall {
        let activity = row.text(10)
        let arrival = JournalArrival(
            callId: row.text(0), origin: row.enumValue(1, CallOrigin.marketplace), replayOf: row.optionalText(2),
            receivedAt: row.timestamp(3), method: row.text(4), path: row.text(5), query: row.text(6),
            headers: headers(fromJSON: row.text(7)), body: row.text(8), peer: row.text(9),
            activity: activity.isEmpty ? nil : activity,
            interfaceVersion: row.optionalText(11).flatMap(InterfaceVersion.init(rawValue:)),
            orderId: row.optionalText(12), orderLineId: row.optionalText(13), instanceId: row.optionalText(14),
            license: row.optionalText(15), eventId: row.optionalText(16), testFlag: row.bool(17),
            signature: row.enumValue(18, SignatureVerdict.unchecked), signatureWork: row.text(19))
        let outcome: CallOutcome = row.enumValue(20, CallOutcome.pending)
        var answer: JournalAnswer?
        if outcome != .pending {
            answer = JournalAnswer(
                answeredAt: row.isNull(21) ? arrival.receivedAt : row.timestamp(21), latencyMs: row.optionalInt(22) ?? 0,
                status: row.optionalInt(23), headers: headers(fromJSON: row.optionalText(24)),
                body: row.optionalText(25) ?? "", bodyTruncated: row.bool(26), transportError: row.optionalText(27),
                outcome: outcome, failureKind: row.optionalText(28).flatMap(CallFailureKind.init(rawValue:)),
                failureDetail: row.text(29), resultCode: row.optionalText(30),
                answeredInstanceId: row.optionalText(31), idempotencyBreak: row.optionalText(32))
        }
        return JournalCall(arrival: arrival, answer: answer, messageId: row.optionalText(33))
    }
}
