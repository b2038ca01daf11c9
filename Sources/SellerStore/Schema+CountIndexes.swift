extension Schema {
    /// Issue 15: the field terms whose capped count had no index to seek (the plan tests found them reading the
    /// table): `updated:` on interface exceptions and supervision tasks, `customer:` on tickets. These tables hold
    /// a tenth of the orders' rows or fewer, so the indexes cost little.
    static let countIndexes = Migration(id: "2026-12-09-count-indexes", sql: """
        CREATE INDEX messages_by_updated ON produce_messages(updated_at);
        CREATE INDEX tasks_by_updated ON supervision_tasks(updated_at);
        CREATE INDEX tickets_by_customer_id ON tickets(customer_id);
        """)
}
