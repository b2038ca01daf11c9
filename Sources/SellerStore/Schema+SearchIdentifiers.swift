extension Schema {
    /// Issue 13: the `/` filter finds orders and instances by the buyer's customer id and SKU code, and tickets by
    /// the customer id. New rows get them from `searchText`; rows written before this are given them here, in
    /// SQL, by appending the ids to the text they have (a search matches anywhere in the text, so order is moot).
    static let searchIdentifiers = Migration(id: "2026-12-06-search-identifiers", sql: """
        UPDATE orders_search SET text = text || ' ' || (
            SELECT o.customer_id || COALESCE(' ' || (
                SELECT group_concat(l.sku_code, ' ') FROM order_lines l WHERE l.order_id = o.order_id), '')
            FROM orders o WHERE o.rowid = orders_search.rowid)
        WHERE rowid IN (SELECT rowid FROM orders);
        UPDATE instances_search SET text = text || ' ' || (
            SELECT i.customer_id || ' ' || i.sku_code FROM instances i WHERE i.rowid = instances_search.rowid)
        WHERE rowid IN (SELECT rowid FROM instances);
        UPDATE tickets_search SET text = text || ' ' || (
            SELECT t.customer_id FROM tickets t WHERE t.rowid = tickets_search.rowid)
        WHERE rowid IN (SELECT rowid FROM tickets);
        """)
}
