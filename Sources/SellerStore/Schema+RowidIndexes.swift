extension Schema {
    /// Issue 15: every list sort index without its id column. SQLite ends every index entry with the rowid, and
    /// lists break ties by the rowid (`ListRowKey.rowid`), so `(column)` orders a list as `(column, id)` did, minus
    /// the id's bytes in every entry (17 to 36 bytes each; about half of a big store's index pages). The filter
    /// indexes keep their default-sort columns and drop the id the same way. Names stay, so a store keeps one index
    /// per purpose and the bulk first sync (which re-creates indexes from `sqlite_master`) follows these forms.
    static let rowidIndexes = Migration(id: "2026-12-10-rowid-indexes", sql: rebuilt.map { name, definition in
        "DROP INDEX IF EXISTS \(name);\nCREATE INDEX \(name) ON \(definition);"
    }.joined(separator: "\n"))

    /// Each index's name and its new `table(columns)`, written out here so the migration means the same forever.
    private static let rebuilt: [(name: String, definition: String)] = [
        ("orders_by_create_time", "orders(create_time)"),
        ("orders_by_updated", "orders(updated_at)"),
        ("orders_by_customer", "orders(customer_name)"),
        ("orders_by_status_id", "orders(status)"),
        ("orders_by_amount", "orders(CAST(amount AS REAL))"),
        ("orders_by_customer_id", "orders(customer_id, create_time)"),
        ("instances_by_updated", "instances(updated_at)"),
        ("instances_by_expire", "instances(expire_time)"),
        ("instances_by_customer", "instances(customer_name)"),
        ("instances_by_status_id", "instances(status)"),
        ("instances_by_customer_id", "instances(customer_id, updated_at)"),
        ("instances_by_sku", "instances(sku_code, updated_at)"),
        ("messages_by_last_attempt", "produce_messages(last_attempt_at)"),
        ("messages_by_window_end", "produce_messages(window_ends_at)"),
        ("messages_by_attempt_count", "produce_messages(attempt_count)"),
        ("messages_by_activity", "produce_messages(activity)"),
        ("messages_by_state_id", "produce_messages(state)"),
        ("tasks_by_node_since", "supervision_tasks(node_since)"),
        ("tasks_by_reject_count", "supervision_tasks(reject_count)"),
        ("tasks_by_customer", "supervision_tasks(customer_name)"),
        ("tasks_by_node_id", "supervision_tasks(node)"),
        ("tickets_by_updated", "tickets(updated_at)"),
        ("tickets_by_create_time", "tickets(create_time)"),
        ("tickets_by_status_id", "tickets(status)"),
        ("tickets_by_customer", "tickets(customer_name)"),
        ("calls_by_received", "calls(received_at)"),
        ("calls_by_latency", "calls(latency_ms)"),
        ("calls_by_activity", "calls(activity)"),
        ("calls_by_outcome_id", "calls(outcome)"),
    ]
}
