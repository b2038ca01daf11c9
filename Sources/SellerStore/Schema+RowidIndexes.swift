extension Schema {
    /// Issue 15: every list sort index without its id column. SQLite ends every index entry with the rowid, and
    /// lists break ties by the rowid (`ListRowKey.rowid`), so `(column)` orders a list as `(column, id)` did, minus
    /// the id's bytes in every entry (17 to 36 bytes each; about half of a big store's index pages). The filter
    /// indexes keep their default-sort columns and drop the id the same way. Names stay, so a store keeps one index
    /// per purpose and the bulk first sync (which re-creates indexes from `sqlite_master`) follows these forms.
    static let rowidIndexes = Migration(id: "2026-12-10-rowid-indexes", sql: """
        DROP INDEX IF EXISTS orders_by_create_time;
        CREATE INDEX orders_by_create_time ON orders(create_time);
        DROP INDEX IF EXISTS orders_by_updated;
        CREATE INDEX orders_by_updated ON orders(updated_at);
        DROP INDEX IF EXISTS orders_by_customer;
        CREATE INDEX orders_by_customer ON orders(customer_name);
        DROP INDEX IF EXISTS orders_by_status_id;
        CREATE INDEX orders_by_status_id ON orders(status);
        DROP INDEX IF EXISTS orders_by_amount;
        CREATE INDEX orders_by_amount ON orders(CAST(amount AS REAL));
        DROP INDEX IF EXISTS orders_by_customer_id;
        CREATE INDEX orders_by_customer_id ON orders(customer_id, create_time);
        DROP INDEX IF EXISTS instances_by_updated;
        CREATE INDEX instances_by_updated ON instances(updated_at);
        DROP INDEX IF EXISTS instances_by_expire;
        CREATE INDEX instances_by_expire ON instances(expire_time);
        DROP INDEX IF EXISTS instances_by_customer;
        CREATE INDEX instances_by_customer ON instances(customer_name);
        DROP INDEX IF EXISTS instances_by_status_id;
        CREATE INDEX instances_by_status_id ON instances(status);
        DROP INDEX IF EXISTS instances_by_customer_id;
        CREATE INDEX instances_by_customer_id ON instances(customer_id, updated_at);
        DROP INDEX IF EXISTS instances_by_sku;
        CREATE INDEX instances_by_sku ON instances(sku_code, updated_at);
        DROP INDEX IF EXISTS messages_by_last_attempt;
        CREATE INDEX messages_by_last_attempt ON produce_messages(last_attempt_at);
        DROP INDEX IF EXISTS messages_by_window_end;
        CREATE INDEX messages_by_window_end ON produce_messages(window_ends_at);
        DROP INDEX IF EXISTS messages_by_attempt_count;
        CREATE INDEX messages_by_attempt_count ON produce_messages(attempt_count);
        DROP INDEX IF EXISTS messages_by_activity;
        CREATE INDEX messages_by_activity ON produce_messages(activity);
        DROP INDEX IF EXISTS messages_by_state_id;
        CREATE INDEX messages_by_state_id ON produce_messages(state);
        DROP INDEX IF EXISTS tasks_by_node_since;
        CREATE INDEX tasks_by_node_since ON supervision_tasks(node_since);
        DROP INDEX IF EXISTS tasks_by_reject_count;
        CREATE INDEX tasks_by_reject_count ON supervision_tasks(reject_count);
        DROP INDEX IF EXISTS tasks_by_customer;
        CREATE INDEX tasks_by_customer ON supervision_tasks(customer_name);
        DROP INDEX IF EXISTS tasks_by_node_id;
        CREATE INDEX tasks_by_node_id ON supervision_tasks(node);
        DROP INDEX IF EXISTS tickets_by_updated;
        CREATE INDEX tickets_by_updated ON tickets(updated_at);
        DROP INDEX IF EXISTS tickets_by_create_time;
        CREATE INDEX tickets_by_create_time ON tickets(create_time);
        DROP INDEX IF EXISTS tickets_by_status_id;
        CREATE INDEX tickets_by_status_id ON tickets(status);
        DROP INDEX IF EXISTS tickets_by_customer;
        CREATE INDEX tickets_by_customer ON tickets(customer_name);
        DROP INDEX IF EXISTS calls_by_received;
        CREATE INDEX calls_by_received ON calls(received_at);
        DROP INDEX IF EXISTS calls_by_latency;
        CREATE INDEX calls_by_latency ON calls(latency_ms);
        DROP INDEX IF EXISTS calls_by_activity;
        CREATE INDEX calls_by_activity ON calls(activity);
        DROP INDEX IF EXISTS calls_by_outcome_id;
        CREATE INDEX calls_by_outcome_id ON calls(outcome);
        """)
}
