import SellerCore

/// The relays writing to this store (`relay_status`), the journal's recent traffic for the status bar, and the
/// queue of orders first seen in the journal that wait for the open API's `order/query` (`order_fetches`).
extension LocalStore {
    public func relayStarted(id: String, pid: Int, listen: String, upstream: String, at now: Timestamp) throws {
        try db.cachedStatement("""
            INSERT INTO relay_status(relay_id, pid, listen, upstream, started_at, heartbeat_at, stopped_at, calls,
                lost_writes) VALUES (?, ?, ?, ?, ?, ?, NULL, 0, 0)
            ON CONFLICT(relay_id) DO UPDATE SET pid = excluded.pid, listen = excluded.listen,
                upstream = excluded.upstream, started_at = excluded.started_at, heartbeat_at = excluded.heartbeat_at,
                stopped_at = NULL, calls = 0, lost_writes = 0
            """).execute([.text(id), SQLiteValue(pid), .text(listen), .text(upstream), now.sqlValue, now.sqlValue])
    }

    public func relayHeartbeat(id: String, calls: Int, lostWrites: Int, at now: Timestamp) throws {
        try db.cachedStatement("""
            UPDATE relay_status SET calls = ?, lost_writes = ?, heartbeat_at = ? WHERE relay_id = ?
            """).execute([SQLiteValue(calls), SQLiteValue(lostWrites), now.sqlValue, .text(id)])
    }

    public func relayStopped(id: String, calls: Int, lostWrites: Int, at now: Timestamp) throws {
        try db.cachedStatement("""
            UPDATE relay_status SET calls = ?, lost_writes = ?, heartbeat_at = ?, stopped_at = ? WHERE relay_id = ?
            """).execute([SQLiteValue(calls), SQLiteValue(lostWrites), now.sqlValue, now.sqlValue, .text(id)])
    }

    // MARK: - Orders waiting for order/query

    /// Orders first seen in the journal whose fetch is due at `now`, the longest waiting first.
    public func dueOrderFetches(at now: Timestamp, limit: Int) throws -> [String] {
        try db.cachedStatement("""
            SELECT order_id FROM order_fetches WHERE state = 'due' AND next_attempt_at <= ?
            ORDER BY next_attempt_at, order_id LIMIT ?
            """).rows([now.sqlValue, .integer(Int64(max(0, limit)))]) { row in row.text(0) }
    }

    /// A fetch that failed: counted, its error kept, tried again at `retryAt` (the fetcher's backoff).
    public func orderFetchFailed(orderId: String, error: String, retryAt: Timestamp) throws {
        try db.cachedStatement("""
            UPDATE order_fetches SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?
            WHERE order_id = ? AND state = 'due'
            """).execute([.text(Self.bounded(error, 1024)), retryAt.sqlValue, .text(orderId)])
    }

    /// The order was fetched (and stored by the caller): it leaves the queue.
    public func orderFetched(orderId: String, at now: Timestamp) throws {
        try db.cachedStatement("""
            UPDATE order_fetches SET state = 'fetched', fetched_at = ?, attempts = attempts + 1, last_error = NULL
            WHERE order_id = ?
            """).execute([now.sqlValue, .text(orderId)])
    }
}
