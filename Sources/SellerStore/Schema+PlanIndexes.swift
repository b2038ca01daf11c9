extension Schema {
    /// Issue 15: the indexes the plan tests (`Tests/SellerStoreTests/*Plan*Tests.swift`) found missing. Each
    /// query below sought its rows by an index and then sorted them in a temporary B-tree; these indexes end with
    /// the query's order, so the seek reads its rows already sorted and stops at the LIMIT.
    /// - An order's, a message's or an event's calls newest first (ties in arrival order, the rowid every index
    ///   ends with): the calls indexes gain `received_at`, keeping their names (the journal's `INDEXED BY
    ///   calls_by_order` still holds). An order's links (the detail pane) need nothing: they come in arrival
    ///   order, the rowid every `(order_id)` index already ends with.
    /// - The due order fetches and the rejected ids a sync asks for again, oldest first.
    /// - An outbox page of some states, newest first: `(state, id)`, one ordered seek per state.
    static let planIndexes = Migration(id: "2026-12-09-plan-indexes", sql: """
        DROP INDEX IF EXISTS calls_by_order;
        CREATE INDEX calls_by_order ON calls(order_id, received_at);
        DROP INDEX IF EXISTS calls_by_message;
        CREATE INDEX calls_by_message ON calls(message_id, received_at);
        DROP INDEX IF EXISTS calls_by_event;
        CREATE INDEX calls_by_event ON calls(event_id, received_at);
        DROP INDEX IF EXISTS order_fetches_due;
        CREATE INDEX order_fetches_due ON order_fetches(state, next_attempt_at, order_id);
        CREATE INDEX sync_rejects_by_seen ON sync_rejects(kind, seen_at, record_id);
        CREATE INDEX outbox_by_state_id ON outbox(state, id);
        """)
}
