import SellerCore

extension Schema {
    /// Issue 15: every kind's customer names, the product names and ids the first shared texts left in the rows
    /// (exceptions, supervision tasks, tickets) and instances' app memos move into `shared_texts` (`SharedTexts`).
    /// A buyer's name was written into each of its orders, each of their instances, tasks, tickets and messages,
    /// and indexed for the sort by customer: four copies an order. The rows keep the text's id (`…_ref`), and the
    /// customer indexes (same names, same purpose) index that id; the sort by customer walks `shared_texts` in text
    /// order and each text's rows on the index (`ListPlanner`). The search views read the names back through their
    /// ids, so the trigram indexes see the same text and need no rebuild. Views and indexes that read an old column
    /// go first, because SQLite will not drop a column they name.
    static let sharedNames = Migration(id: "2026-12-18-shared-names", sql: """
        INSERT OR IGNORE INTO shared_texts(text)
            SELECT customer_name FROM orders UNION SELECT customer_name FROM instances
            UNION SELECT memo FROM instances WHERE memo IS NOT NULL
            UNION SELECT customer_name FROM produce_messages UNION SELECT product_name FROM produce_messages
            UNION SELECT customer_name FROM supervision_tasks UNION SELECT product_name FROM supervision_tasks
            UNION SELECT customer_name FROM tickets UNION SELECT product_name FROM tickets
            UNION SELECT product_id FROM tickets;
        \(sharedNamesViews.map { "DROP VIEW \(SearchSource.viewName($0));" }.joined(separator: "\n"))
        DROP INDEX orders_by_customer;
        DROP INDEX instances_by_customer;
        DROP INDEX tasks_by_customer;
        DROP INDEX tickets_by_customer;
        \(sharedColumn("orders", "customer_name"))
        \(sharedColumn("instances", "customer_name"))
        \(sharedColumn("instances", "memo"))
        \(sharedColumn("produce_messages", "customer_name"))
        \(sharedColumn("produce_messages", "product_name"))
        \(sharedColumn("supervision_tasks", "customer_name"))
        \(sharedColumn("supervision_tasks", "product_name"))
        \(sharedColumn("tickets", "customer_name"))
        \(sharedColumn("tickets", "product_name"))
        \(sharedColumn("tickets", "product_id"))
        CREATE INDEX orders_by_customer ON orders(customer_name_ref);
        CREATE INDEX instances_by_customer ON instances(customer_name_ref);
        CREATE INDEX tasks_by_customer ON supervision_tasks(customer_name_ref);
        CREATE INDEX tickets_by_customer ON tickets(customer_name_ref);
        \(sharedNamesViews.map { SearchSource.createViewSQL($0, layout: .sharedNames) }.joined(separator: "\n"))
        """)

    /// The kinds whose search views read a column `sharedNames` moves.
    private static let sharedNamesViews: [EntityKind] = [.orders, .instances, .exceptions, .supervision, .tickets]
}
