import ListContract
import SellerCore

/// Read-only questions the console asks about the relay's journal: is a relay writing here and how busy is it
/// (the status bar), and which calls belong with an order or a gateway exception (the detail pane's links).
/// Every query is an index seek (`calls_by_received`, `calls_by_outcome`, `calls_by_order`), never a scan; the
/// minute's counts read the index alone (no row lookups), so they include the seller's few replays.
extension LocalStore {
    /// A relay counts as running while its heartbeat is at most this old.
    public static let relayHeartbeatWindowMillis: Int64 = 10_000

    /// The running relays' activity at `now`, or nil when no relay writes to this store.
    public func relayActivity(at now: Timestamp) throws -> RelayActivity? {
        let since = now.millis - LocalStore.relayHeartbeatWindowMillis
        return try db.transaction(.deferred) {
            let running = try db.cachedStatement("""
                SELECT count(*), coalesce(sum(lost_writes), 0), coalesce(sum(calls), 0) FROM relay_status
                WHERE stopped_at IS NULL AND heartbeat_at >= ?
                """).first([.integer(since)]) { row in (row.int(0), row.int(1), row.int(2)) }
            guard let running, running.0 > 0 else { return nil }
            let minuteAgo = SQLiteValue.integer(now.millis - 60_000)
            let calls = try db.cachedStatement("""
                SELECT count(*) FROM calls WHERE received_at >= ?
                """).first([minuteAgo]) { $0.int(0) } ?? 0
            let failures = try db.cachedStatement("""
                SELECT count(*) FROM calls WHERE outcome = 'FAILURE' AND received_at >= ?
                """).first([minuteAgo]) { $0.int(0) } ?? 0
            let last = try db.cachedStatement("SELECT max(received_at) FROM calls")
                .first([]) { $0.isNull(0) ? nil : $0.timestamp(0) } ?? nil
            return RelayActivity(relays: running.0, callsLastMinute: calls, failuresLastMinute: failures,
                                 lastCallAt: last, lostWrites: running.1, journalled: running.2)
        }
    }

    /// The journalled calls of `orderId`, newest first, at most `limit`; with `activity`, only that activity's
    /// (a gateway exception links to the calls of its order and activity).
    public func callIDs(orderId: String, activity: String? = nil, limit: Int = 50) throws -> [String] {
        let cap = SQLiteValue.integer(Int64(min(max(limit, 0), 1_000)))
        if let activity {
            return try db.cachedStatement("""
                SELECT call_id FROM calls WHERE order_id = ? AND activity = ?
                ORDER BY received_at DESC, rowid DESC LIMIT ?
                """).rows([.text(orderId), .text(activity), cap]) { $0.text(0) }
        }
        return try db.cachedStatement("""
            SELECT call_id FROM calls WHERE order_id = ? ORDER BY received_at DESC, rowid DESC LIMIT ?
            """).rows([.text(orderId), cap]) { $0.text(0) }
    }
}
