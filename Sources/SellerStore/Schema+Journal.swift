extension Schema {
    /// Issue 12: the relay's journal of the marketplace's calls (one row per call, written on arrival and again
    /// with its answer), the source of an interface-exception message, the call behind each of a journal message's
    /// attempts, the relays writing to this store, and the orders waiting for the open API's `order/query`.
    /// `calls` keeps a rowid (its search rows share it); `(column, call_id)` indexes back every sort.
    static let callJournal = Migration(id: "2026-12-04-call-journal", sql: """
        CREATE TABLE calls (
            call_id TEXT PRIMARY KEY, origin TEXT NOT NULL, replay_of TEXT, received_at INTEGER NOT NULL,
            method TEXT NOT NULL, path TEXT NOT NULL, query TEXT NOT NULL, request_headers TEXT NOT NULL,
            request_body TEXT NOT NULL, peer TEXT NOT NULL, activity TEXT NOT NULL, interface_version TEXT,
            order_id TEXT, order_line_id TEXT, instance_id TEXT, license TEXT, event_id TEXT,
            test_flag INTEGER NOT NULL, signature TEXT NOT NULL, signature_work TEXT NOT NULL,
            outcome TEXT NOT NULL, answered_at INTEGER, latency_ms INTEGER, status INTEGER, response_headers TEXT,
            response_body TEXT, response_truncated INTEGER NOT NULL DEFAULT 0, transport_error TEXT,
            failure_kind TEXT, failure_detail TEXT NOT NULL DEFAULT '', result_code TEXT,
            answered_instance_id TEXT, idempotency_break TEXT, message_id TEXT, updated_at INTEGER NOT NULL,
            pending_action TEXT);
        CREATE INDEX calls_by_received ON calls(received_at, call_id);
        CREATE INDEX calls_by_latency ON calls(latency_ms, call_id);
        CREATE INDEX calls_by_activity ON calls(activity, call_id);
        CREATE INDEX calls_by_outcome_id ON calls(outcome, call_id);
        CREATE INDEX calls_by_outcome ON calls(outcome, received_at);
        CREATE INDEX calls_by_order ON calls(order_id);
        CREATE INDEX calls_by_message ON calls(message_id);
        CREATE INDEX calls_by_event ON calls(event_id);
        CREATE VIRTUAL TABLE calls_search USING fts5(text, tokenize = 'trigram');
        ALTER TABLE produce_messages ADD COLUMN source TEXT NOT NULL DEFAULT 'gateway';
        ALTER TABLE message_attempts ADD COLUMN call_id TEXT;
        CREATE TABLE relay_status (
            relay_id TEXT PRIMARY KEY, pid INTEGER NOT NULL, listen TEXT NOT NULL, upstream TEXT NOT NULL,
            started_at INTEGER NOT NULL, heartbeat_at INTEGER NOT NULL, stopped_at INTEGER,
            calls INTEGER NOT NULL DEFAULT 0, lost_writes INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE order_fetches (
            order_id TEXT PRIMARY KEY, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at INTEGER NOT NULL, last_error TEXT, fetched_at INTEGER);
        CREATE INDEX order_fetches_due ON order_fetches(state, next_attempt_at);
        """)
}
