extension Schema {
    /// Issue 15: orders' and instances' customer names move into `shared_texts` (`SharedTexts`). A buyer's name is
    /// written into each of its orders and each of their instances, and both tables indexed it for the sort by
    /// customer: four copies an order. The rows keep the text's id in `customer_name_ref`, and the customer
    /// indexes (same names, same purpose) index that id; the sort by customer walks `shared_texts` in text order
    /// and each text's rows on the index (`ListPlanner`). The search views read the names back through their ids,
    /// so the trigram indexes see the same text and need no rebuild. Views and indexes that read the old column
    /// go first, because SQLite will not drop a column they name.
    static let sharedCustomerNames = Migration(id: "2026-12-18-shared-customer-names", sql: """
        INSERT OR IGNORE INTO shared_texts(text)
            SELECT customer_name FROM orders UNION SELECT customer_name FROM instances;
        DROP VIEW orders_search_source;
        DROP VIEW instances_search_source;
        DROP INDEX orders_by_customer;
        DROP INDEX instances_by_customer;
        \(sharedColumn("orders", "customer_name"))
        \(sharedColumn("instances", "customer_name"))
        CREATE INDEX orders_by_customer ON orders(customer_name_ref);
        CREATE INDEX instances_by_customer ON instances(customer_name_ref);
        \(SearchSource.createViewSQL(.orders, layout: .sharedCustomers))
        \(SearchSource.createViewSQL(.instances, layout: .sharedCustomers))
        """)
}
