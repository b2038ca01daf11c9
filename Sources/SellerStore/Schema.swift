/// The store's append-only migrations (docs/ARCHITECTURE.md §6). Never edit one that has shipped: append a new one.
enum Schema {
    static let migrations: [Migration] = [
        Migration(id: "2026-11-23-entities", sql: """
            CREATE TABLE orders (
                order_id TEXT PRIMARY KEY, order_type TEXT NOT NULL, status TEXT NOT NULL, create_time INTEGER NOT NULL,
                customer_id TEXT NOT NULL, customer_name TEXT NOT NULL, user_id TEXT, user_name TEXT,
                mobile_phone_enc TEXT, email_enc TEXT, currency_unit TEXT NOT NULL, product_name TEXT NOT NULL,
                amount TEXT, extend_params TEXT NOT NULL, updated_at INTEGER NOT NULL, pending_action TEXT);
            CREATE TABLE order_lines (
                order_id TEXT NOT NULL REFERENCES orders(order_id) ON DELETE CASCADE, position INTEGER NOT NULL,
                order_line_id TEXT NOT NULL, charging_mode TEXT NOT NULL, period_type TEXT, period_number INTEGER,
                expire_time INTEGER, currency TEXT, currency_after_discount TEXT, product_id TEXT NOT NULL,
                sku_code TEXT NOT NULL, linear_value INTEGER, product_name TEXT NOT NULL,
                PRIMARY KEY (order_id, position)) WITHOUT ROWID;
            CREATE TABLE instances (
                instance_id TEXT PRIMARY KEY, order_id TEXT NOT NULL, order_line_id TEXT NOT NULL,
                product_id TEXT NOT NULL, sku_code TEXT NOT NULL, product_name TEXT NOT NULL, customer_id TEXT NOT NULL,
                customer_name TEXT NOT NULL, status TEXT NOT NULL, charging_mode TEXT NOT NULL, expire_time INTEGER,
                actual_start_time INTEGER, trial INTEGER NOT NULL, has_app_info INTEGER NOT NULL, front_end_url TEXT,
                admin_url TEXT, app_user_name TEXT, app_password TEXT, memo TEXT, updated_at INTEGER NOT NULL,
                pending_action TEXT);
            CREATE TABLE produce_messages (
                message_id TEXT PRIMARY KEY, activity TEXT NOT NULL, interface_version TEXT NOT NULL,
                order_id TEXT NOT NULL, order_line_id TEXT, instance_id TEXT, product_name TEXT NOT NULL,
                customer_name TEXT NOT NULL, state TEXT NOT NULL, retry_policy TEXT NOT NULL,
                first_failure_at INTEGER NOT NULL, window_ends_at INTEGER NOT NULL, exception_info TEXT NOT NULL,
                result_code TEXT, request_body TEXT NOT NULL, response_body TEXT NOT NULL,
                attempt_count INTEGER NOT NULL, last_attempt_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
                pending_action TEXT);
            CREATE TABLE message_attempts (
                message_id TEXT NOT NULL REFERENCES produce_messages(message_id) ON DELETE CASCADE,
                position INTEGER NOT NULL, number INTEGER NOT NULL, at INTEGER NOT NULL, trigger TEXT NOT NULL,
                outcome TEXT NOT NULL, http_status INTEGER, result_code TEXT, latency_ms INTEGER,
                exception_info TEXT NOT NULL, PRIMARY KEY (message_id, position)) WITHOUT ROWID;
            CREATE TABLE supervision_tasks (
                task_id TEXT PRIMARY KEY, order_id TEXT NOT NULL, product_name TEXT NOT NULL,
                customer_name TEXT NOT NULL, flow_kind TEXT NOT NULL, scenario TEXT NOT NULL, node TEXT NOT NULL,
                node_since INTEGER NOT NULL, reject_count INTEGER NOT NULL, requirement_text TEXT NOT NULL,
                actual_service_start_time INTEGER, updated_at INTEGER NOT NULL, pending_action TEXT);
            CREATE TABLE supervision_files (
                task_id TEXT NOT NULL REFERENCES supervision_tasks(task_id) ON DELETE CASCADE,
                role TEXT NOT NULL, position INTEGER NOT NULL, file_name TEXT NOT NULL, size INTEGER NOT NULL,
                sha256 TEXT, kind TEXT, uploaded_at INTEGER NOT NULL,
                PRIMARY KEY (task_id, role, position)) WITHOUT ROWID;
            CREATE TABLE supervision_history (
                task_id TEXT NOT NULL REFERENCES supervision_tasks(task_id) ON DELETE CASCADE,
                position INTEGER NOT NULL, at INTEGER NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
                note TEXT NOT NULL, PRIMARY KEY (task_id, position)) WITHOUT ROWID;
            CREATE TABLE tickets (
                case_id TEXT PRIMARY KEY, order_id TEXT, product_id TEXT NOT NULL, product_name TEXT NOT NULL,
                customer_id TEXT NOT NULL, customer_name TEXT NOT NULL, assignee TEXT NOT NULL, title TEXT NOT NULL,
                status TEXT NOT NULL, create_time INTEGER NOT NULL, cause TEXT, solution TEXT,
                message_count INTEGER NOT NULL, last_message_at INTEGER, updated_at INTEGER NOT NULL,
                pending_action TEXT);
            CREATE TABLE ticket_messages (
                case_id TEXT NOT NULL REFERENCES tickets(case_id) ON DELETE CASCADE, position INTEGER NOT NULL,
                message_id TEXT NOT NULL, author TEXT NOT NULL, content TEXT NOT NULL, create_time INTEGER NOT NULL,
                PRIMARY KEY (case_id, position)) WITHOUT ROWID;
            CREATE INDEX orders_by_create_time ON orders(create_time, order_id);
            CREATE INDEX orders_by_updated ON orders(updated_at, order_id);
            CREATE INDEX orders_by_status ON orders(status, create_time);
            CREATE INDEX instances_by_updated ON instances(updated_at, instance_id);
            CREATE INDEX instances_by_order ON instances(order_id);
            CREATE INDEX instances_by_status ON instances(status, updated_at);
            CREATE INDEX messages_by_last_attempt ON produce_messages(last_attempt_at, message_id);
            CREATE INDEX messages_by_state ON produce_messages(state, last_attempt_at);
            CREATE INDEX messages_by_order ON produce_messages(order_id);
            CREATE INDEX tasks_by_node_since ON supervision_tasks(node_since, task_id);
            CREATE INDEX tasks_by_node ON supervision_tasks(node, node_since);
            CREATE INDEX tasks_by_order ON supervision_tasks(order_id);
            CREATE INDEX tickets_by_updated ON tickets(updated_at, case_id);
            CREATE INDEX tickets_by_status ON tickets(status, updated_at);
            CREATE INDEX tickets_by_order ON tickets(order_id);
            """),
        Migration(id: "2026-11-23-search", sql: """
            CREATE VIRTUAL TABLE orders_search USING fts5(text, tokenize = 'trigram');
            CREATE VIRTUAL TABLE instances_search USING fts5(text, tokenize = 'trigram');
            CREATE VIRTUAL TABLE produce_messages_search USING fts5(text, tokenize = 'trigram');
            CREATE VIRTUAL TABLE supervision_tasks_search USING fts5(text, tokenize = 'trigram');
            CREATE VIRTUAL TABLE tickets_search USING fts5(text, tokenize = 'trigram');
            """),
        Migration(id: "2026-11-23-sync-and-outbox", sql: """
            CREATE TABLE sync_state (
                kind TEXT PRIMARY KEY, cursor TEXT, last_success_at INTEGER, last_error TEXT);
            CREATE TABLE sync_rejects (
                kind TEXT NOT NULL, record_id TEXT NOT NULL, path TEXT NOT NULL, reason TEXT NOT NULL,
                seen_at INTEGER NOT NULL, PRIMARY KEY (kind, record_id)) WITHOUT ROWID;
            CREATE TABLE outbox (
                id INTEGER PRIMARY KEY AUTOINCREMENT, action TEXT NOT NULL, target_kind TEXT NOT NULL,
                target_id TEXT NOT NULL, payload TEXT NOT NULL, idempotency_key TEXT NOT NULL UNIQUE,
                state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT,
                created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, next_attempt_at INTEGER);
            CREATE INDEX outbox_by_state ON outbox(state, next_attempt_at);
            """),
        // One `(column, id)` index per list sort column that had none, so every sort of every list pages by
        // index seeks (Sources/SellerStore/Queries). The NULLs of expire_time are paged as their own range.
        Migration(id: "2026-11-24-list-sort-indexes", sql: """
            CREATE INDEX orders_by_customer ON orders(customer_name, order_id);
            CREATE INDEX orders_by_status_id ON orders(status, order_id);
            CREATE INDEX instances_by_expire ON instances(expire_time, instance_id);
            CREATE INDEX instances_by_customer ON instances(customer_name, instance_id);
            CREATE INDEX instances_by_status_id ON instances(status, instance_id);
            CREATE INDEX messages_by_window_end ON produce_messages(window_ends_at, message_id);
            CREATE INDEX messages_by_attempt_count ON produce_messages(attempt_count, message_id);
            CREATE INDEX messages_by_activity ON produce_messages(activity, message_id);
            CREATE INDEX messages_by_state_id ON produce_messages(state, message_id);
            CREATE INDEX tasks_by_reject_count ON supervision_tasks(reject_count, task_id);
            CREATE INDEX tasks_by_customer ON supervision_tasks(customer_name, task_id);
            CREATE INDEX tasks_by_node_id ON supervision_tasks(node, task_id);
            CREATE INDEX tickets_by_create_time ON tickets(create_time, case_id);
            CREATE INDEX tickets_by_status_id ON tickets(status, case_id);
            CREATE INDEX tickets_by_customer ON tickets(customer_name, case_id);
            """),
        // The outbox as issue 4 uses it: a lease so a killed sender's action is taken up again, what the seller
        // sees as the target, upload progress, and an index to find a target's actions.
        Migration(id: "2026-11-25-outbox-sender", sql: """
            ALTER TABLE outbox ADD COLUMN lease_until INTEGER;
            ALTER TABLE outbox ADD COLUMN target_label TEXT NOT NULL DEFAULT '';
            ALTER TABLE outbox ADD COLUMN progress_sent INTEGER;
            ALTER TABLE outbox ADD COLUMN progress_total INTEGER;
            CREATE INDEX outbox_by_target ON outbox(target_kind, target_id, id);
            """),
        outboxOutcome,
        outboxFailureDetail,
        callJournal,
        journalProjection,
        seen,
        searchIdentifiers,
        filterIndexes,
        attachmentDownloads,
        ticketAttachments,
        externalSearch,
        planIndexes,
        bulkLoads,
        listCounts,
        countIndexes,
        rowidIndexes,
        compactOrderLines,
        searchColumns,
        compactIDs,
        numberedLines,
        countTriggers,
        searchIdPrefixes,
        sharedTexts,
        sharedNames,
        lineCurrencies,
    ]
}
