extension Schema {
    /// Issue 9: what the store must know before an action is given up. `in_doubt` is 1 once an attempt may have
    /// reached the marketplace without an answer, until an answer or an outcome lookup settles it; `failure` is the
    /// class of a failure. Unfinished actions that were already attempted start in doubt, since older builds did
    /// not record why their attempts ended.
    static let outboxOutcome = Migration(id: "2026-12-02-outbox-outcome", sql: """
        ALTER TABLE outbox ADD COLUMN in_doubt INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE outbox ADD COLUMN failure TEXT;
        UPDATE outbox SET in_doubt = 1 WHERE attempts > 0 AND state IN ('queued', 'sending', 'waiting', 'failed');
        """)

    /// Issue 10: why an action failed, as data beside its class: the marketplace's HTTP status, error code and
    /// message. Rows from before keep their class and have none of these (NULL), which reads as "not known".
    static let outboxFailureDetail = Migration(id: "2026-12-03-outbox-failure-detail", sql: """
        ALTER TABLE outbox ADD COLUMN failure_status INTEGER;
        ALTER TABLE outbox ADD COLUMN failure_code TEXT;
        ALTER TABLE outbox ADD COLUMN failure_message TEXT;
        """)
}
