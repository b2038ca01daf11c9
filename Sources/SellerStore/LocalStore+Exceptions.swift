import SellerCore

extension LocalStore {
    /// `rowid` nil: a new record gets the next rowid; a replaced one passes its old rowid (`upsert`).
    func insert(_ message: ProduceMessage, rowid: Int64? = nil) throws {
        let productName = try sharedTextID(message.productName)
        let customerName = try sharedTextID(message.customerName)
        try db.cachedStatement("""
            INSERT OR FAIL INTO produce_messages(rowid, message_id, activity, interface_version, order_id,
                order_line_id, instance_id, product_name_ref, customer_name_ref, state, retry_policy, first_failure_at,
                window_ends_at, exception_info, result_code, request_body, response_body, attempt_count,
                last_attempt_at, updated_at, source)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute([
                SQLiteValue(rowid),
                .text(message.messageId), .text(message.activity.rawValue), .text(message.interfaceVersion.rawValue),
                .text(message.orderId), SQLiteValue(message.orderLineId), SQLiteValue(message.instanceId),
                productName, customerName, .text(message.state.rawValue),
                .text(message.retryPolicy.rawValue), message.firstFailureAt.sqlValue, message.windowEndsAt.sqlValue,
                .text(message.exceptionInfo), SQLiteValue(message.resultCode), .text(message.requestBody),
                .text(message.responseBody), .integer(Int64(message.attemptCount)), message.lastAttemptAt.sqlValue,
                message.updatedAt.sqlValue, .text(message.source.rawValue),
            ])
        for (position, item) in message.attempts.enumerated() {
            try insertAttempt(item, messageId: message.messageId, position: position)
        }
    }

    /// One attempt of a message, at `position` (the key, not the server's number: a hostile server may repeat
    /// numbers). Its exception text is shared (`SharedTexts`): a seller's failures repeat a few messages.
    func insertAttempt(_ attempt: CallAttempt, messageId: String, position: Int) throws {
        let exceptionInfo = try sharedTextID(attempt.exceptionInfo)
        try db.cachedStatement("""
            INSERT INTO message_attempts(message_id, position, number, at, trigger, outcome, http_status,
                result_code, latency_ms, exception_info_ref, call_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute([
                .text(messageId), .integer(Int64(position)), .integer(Int64(attempt.number)), attempt.at.sqlValue,
                .text(attempt.trigger.rawValue), .text(attempt.outcome.rawValue), SQLiteValue(attempt.httpStatus),
                SQLiteValue(attempt.resultCode), SQLiteValue(attempt.latencyMs), exceptionInfo,
                SQLiteValue(attempt.callId),
            ])
    }


    public func exception(id: String) throws -> ProduceMessage? {
        guard var message = try db.cachedStatement("""
            SELECT message_id, activity, interface_version, order_id, order_line_id, instance_id,
                \(SharedTexts.text("product_name_ref")), \(SharedTexts.text("customer_name_ref")), state, retry_policy,
                first_failure_at, window_ends_at, exception_info, result_code,
                request_body, response_body, updated_at, source FROM produce_messages WHERE message_id = ?
            """).first([.text(id)], { row in
                ProduceMessage(
                    messageId: row.text(0), activity: row.enumValue(1, Activity.newInstance),
                    interfaceVersion: row.enumValue(2, InterfaceVersion.v2), orderId: row.text(3),
                    orderLineId: row.optionalText(4), instanceId: row.optionalText(5), productName: row.text(6),
                    customerName: row.text(7), state: row.enumValue(8, ExceptionState.exhausted),
                    retryPolicy: row.enumValue(9, RetryPolicy.once), firstFailureAt: row.timestamp(10),
                    windowEndsAt: row.timestamp(11), exceptionInfo: row.text(12), resultCode: row.optionalText(13),
                    requestBody: row.text(14), responseBody: row.text(15), attempts: [], updatedAt: row.timestamp(16),
                    source: row.enumValue(17, MessageSource.gateway))
            }) else { return nil }
        message.attempts = try db.cachedStatement("""
            SELECT number, at, trigger, outcome, http_status, result_code, latency_ms,
                \(SharedTexts.text("exception_info_ref")), call_id
            FROM message_attempts WHERE message_id = ? ORDER BY position
            """).rows([.text(id)]) { row in
                CallAttempt(number: row.int(0), at: row.timestamp(1), trigger: row.enumValue(2, AttemptTrigger.automatic),
                            outcome: row.enumValue(3, AttemptOutcome.failure), httpStatus: row.optionalInt(4),
                            resultCode: row.optionalText(5), latencyMs: row.optionalInt(6), exceptionInfo: row.text(7),
                            callId: row.optionalText(8))
            }
        return message
    }
}
