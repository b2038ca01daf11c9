import SellerCore

/// The journal's interface-exception messages (issue 12 §4), projected from each answered call.
///
/// Projection rules:
/// 1. Only the marketplace's calls and the seller's replays count; `testFlag` calls (Seller Center's 调测 cases,
///    with mock ids) are journalled and never projected. A call without a scenario key (`JournalMessageKey`:
///    unknown activity, no ids) is not projected either.
/// 2. The message key is the activity plus what the marketplace retries on (`JournalMessageKey`); the message id
///    is `J-` + 12 hex digits of the key's FNV-1a hash, `-2`, `-3`… for later episodes (a `.N` suffix in the
///    unlikely case the id is taken). `journal_messages` maps key and episode to the id.
/// 3. A failure with no open message for its key opens one: source `journal`, policy `Activity.retryPolicy`,
///    window from the call's `receivedAt`, names from the order (else the instance) when known. Every later call
///    for the key, failed or not, appends an attempt (`initial` for the first, `automatic` after, `replay` for
///    replays; `callId` set), so the attempt count is the number of marketplace calls plus replays for the key.
///    State: retrying while the call arrived inside the window, else exhausted (`refreshJournalWindows` moves
///    retrying messages on when their window ends); a success (marketplace retry or replay) → recovered. A
///    failure after recovered opens the next episode. A success with no open message projects nothing.
extension LocalStore {
    /// How much of a request or answer body a message keeps (the call keeps all of what the relay kept).
    static let journalMessageBodyLimit = 8192

    /// Projects `call` (answered) into its message; returns the message id it counted toward.
    func projectMessage(_ call: JournalCall) throws -> String? {
        let arrival = call.arrival
        guard let answer = call.answer, !arrival.testFlag, answer.outcome != .pending,
              let activity = arrival.activity.flatMap(Activity.init(rawValue:)),
              let key = JournalMessageKey(arrival) else { return nil }
        let latest = try latestJournalMessage(key)
        if let latest, let message = latest.message, message.state.isOpen {
            return try append(call, answer, to: message)
        }
        guard answer.outcome == .failure else { return nil }
        return try openMessage(call, answer, activity, key, episode: (latest?.episode ?? 0) + 1)
    }

    /// Journal messages whose retry window has ended move from 自动重试中 (retrying) to 重试已停止 (exhausted).
    /// Visits only the journal's retrying messages: `INDEXED BY` the partial index, which the planner would pass
    /// over for the state index and every gateway message retrying. Returns how many moved.
    public func refreshJournalWindows(at now: Timestamp) throws -> Int {
        try write {
            let ids = try db.cachedStatement("""
                SELECT message_id FROM produce_messages INDEXED BY messages_journal_retrying
                WHERE source = 'journal' AND state = 'RETRYING' AND window_ends_at <= ?
                """).rows([now.sqlValue]) { row in row.text(0) }
            for id in ids {
                guard var message = try exception(id: id) else { continue }
                message.state = .exhausted
                message.updatedAt = max(message.updatedAt, now)
                try saveMessageHeader(message)
            }
            return ids.count
        }
    }

    // MARK: - Steps

    /// The newest episode of `key`, with its message (nil when the message row is gone: the next failure opens
    /// a new episode).
    private func latestJournalMessage(_ key: JournalMessageKey) throws -> (episode: Int, message: ProduceMessage?)? {
        guard let (episode, id) = try db.cachedStatement("""
            SELECT episode, message_id FROM journal_messages WHERE message_key = ? ORDER BY episode DESC LIMIT 1
            """).first([.text(key.text)], { row in (row.int(0), row.text(1)) }) else { return nil }
        return (episode, try exception(id: id))
    }

    private func append(_ call: JournalCall, _ answer: JournalAnswer, to message: ProduceMessage) throws -> String {
        var message = message
        let arrival = call.arrival
        let attempt = Self.attempt(call, answer, number: message.attempts.count + 1,
                                   trigger: arrival.origin == .replay ? .replay : .automatic)
        try insertAttempt(attempt, messageId: message.messageId, position: message.attempts.count)
        message.attempts.append(attempt)
        if answer.outcome == .success {
            message.state = .recovered
        } else {
            message.state = arrival.receivedAt < message.windowEndsAt ? .retrying : .exhausted
            message.exceptionInfo = answer.failureDetail
            message.resultCode = answer.resultCode
            message.requestBody = Self.bounded(Self.requestText(arrival), Self.journalMessageBodyLimit)
            message.responseBody = Self.bounded(answer.body, Self.journalMessageBodyLimit)
        }
        message.updatedAt = max(message.updatedAt, answer.answeredAt)
        try saveMessageHeader(message, lastAttemptAt: arrival.receivedAt)
        return message.messageId
    }

    private func openMessage(_ call: JournalCall, _ answer: JournalAnswer, _ activity: Activity,
                             _ key: JournalMessageKey, episode: Int) throws -> String {
        let arrival = call.arrival
        var id = key.messageId(episode: episode), salt = 1
        while try messageExists(id) {
            salt += 1
            id = key.messageId(episode: episode) + ".\(salt)"
        }
        let names = try journalNames(orderId: arrival.orderId, instanceId: arrival.instanceId ?? arrival.license)
        let policy = activity.retryPolicy
        let windowEnds = arrival.receivedAt.adding(seconds: policy.windowSeconds)
        let message = ProduceMessage(
            messageId: id, activity: activity, interfaceVersion: arrival.interfaceVersion ?? .v2,
            orderId: arrival.orderId ?? "", orderLineId: arrival.orderLineId,
            instanceId: arrival.instanceId ?? arrival.license, productName: names.product,
            customerName: names.customer, state: arrival.receivedAt < windowEnds ? .retrying : .exhausted,
            retryPolicy: policy, firstFailureAt: arrival.receivedAt, windowEndsAt: windowEnds,
            exceptionInfo: answer.failureDetail, resultCode: answer.resultCode,
            requestBody: Self.bounded(Self.requestText(arrival), Self.journalMessageBodyLimit),
            responseBody: Self.bounded(answer.body, Self.journalMessageBodyLimit),
            attempts: [Self.attempt(call, answer, number: 1, trigger: arrival.origin == .replay ? .replay : .initial)],
            updatedAt: answer.answeredAt, source: .journal)
        try upsert(.exception(message))
        try db.cachedStatement("INSERT INTO journal_messages(message_key, episode, message_id) VALUES (?, ?, ?)")
            .execute([.text(key.text), .integer(Int64(episode)), .text(id)])
        return id
    }

    private static func attempt(_ call: JournalCall, _ answer: JournalAnswer, number: Int,
                                trigger: AttemptTrigger) -> CallAttempt {
        CallAttempt(number: number, at: call.arrival.receivedAt, trigger: trigger,
                    outcome: answer.outcome == .success ? .success : .failure, httpStatus: answer.status,
                    resultCode: answer.resultCode, latencyMs: answer.latencyMs,
                    exceptionInfo: answer.outcome == .success ? "" : answer.failureDetail, callId: call.callId)
    }

    /// Writes a message's own columns and its search index entry; its attempts are written one by one.
    private func saveMessageHeader(_ message: ProduceMessage, lastAttemptAt: Timestamp? = nil) throws {
        try reindexingSearch(.exceptions, id: message.messageId) {
            try db.cachedStatement("""
                UPDATE OR FAIL produce_messages SET state = ?, exception_info = ?, result_code = ?, request_body = ?,
                    response_body = ?, attempt_count = ?, last_attempt_at = max(last_attempt_at, ?), updated_at = ?
                WHERE message_id = ?
                """).execute([
                    .text(message.state.rawValue), .text(message.exceptionInfo), SQLiteValue(message.resultCode),
                    .text(message.requestBody), .text(message.responseBody), .integer(Int64(message.attempts.count)),
                    (lastAttemptAt ?? message.firstFailureAt).sqlValue, message.updatedAt.sqlValue,
                    .text(message.messageId),
                ])
        }
    }

    private func messageExists(_ id: String) throws -> Bool {
        try db.cachedStatement("SELECT 1 FROM produce_messages WHERE message_id = ?").first([.text(id)]) { _ in true }
            ?? false
    }

    /// The customer and product names the store knows for a call: the order's, else the instance's, else "".
    func journalNames(orderId: String?, instanceId: String?) throws -> (customer: String, product: String) {
        if let orderId, let found = try db.cachedStatement("""
            SELECT \(SharedTexts.text("customer_name_ref")), \(SharedTexts.text("product_name_ref"))
            FROM orders WHERE order_id = ?
            """).first([.text(orderId)], { row in (row.text(0), row.text(1)) }) {
            return found
        }
        if let instanceId, let found = try db.cachedStatement("""
            SELECT \(SharedTexts.text("customer_name_ref")), \(SharedTexts.text("product_name_ref"))
            FROM instances WHERE instance_id = ?
            """).first([.text(instanceId)], { row in (row.text(0), row.text(1)) }) {
            return found
        }
        return ("", "")
    }

    /// The request as a message shows it: the JSON body (V2, license), else the query (V1 sends everything there).
    static func requestText(_ arrival: JournalArrival) -> String {
        arrival.body.isEmpty ? arrival.query : arrival.body
    }

    /// At most `limit` UTF-8 bytes of `text`, cut on a character boundary.
    static func bounded(_ text: String, _ limit: Int) -> String {
        guard text.utf8.count > limit else { return text }
        var count = 0
        var out = ""
        for char in text {
            count += char.utf8.count
            guard count <= limit else { break }
            out.append(char)
        }
        return out
    }
}
