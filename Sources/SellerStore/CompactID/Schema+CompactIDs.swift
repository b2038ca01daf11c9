import SellerCore

extension Schema {
    /// Issue 15: the customer and user ids already stored become their 16 bytes (`CompactID`), and the indexes on
    /// them are rebuilt from the shorter keys. The search views read the ids back as the text they were, so the
    /// trigram indexes hold the same text and need no rebuild. Needs `compact_id` on the connection
    /// (`Database.registerCompactIDFunction`).
    static let compactIDs = Migration(id: "2026-12-13-compact-ids", sql: """
        DROP INDEX IF EXISTS orders_by_customer_id;
        DROP INDEX IF EXISTS instances_by_customer_id;
        DROP INDEX IF EXISTS tickets_by_customer_id;
        UPDATE orders SET customer_id = compact_id(customer_id), user_id = compact_id(user_id);
        UPDATE instances SET customer_id = compact_id(customer_id);
        UPDATE tickets SET customer_id = compact_id(customer_id);
        CREATE INDEX orders_by_customer_id ON orders(customer_id, create_time);
        CREATE INDEX instances_by_customer_id ON instances(customer_id, updated_at);
        CREATE INDEX tickets_by_customer_id ON tickets(customer_id);
        """ + [EntityKind.orders, .instances, .tickets].map {
            "DROP VIEW \(SearchSource.viewName($0));\n" + SearchSource.createViewSQL($0, layout: .productsInline)
        }.joined(separator: "\n"))
}
