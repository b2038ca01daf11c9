extension Schema {
    /// Issue 14: the filter's column terms on the two big tables. Without these a rare value (`amount:>1000000`,
    /// a customer id or SKU no order has) walks the whole sort index to fill a page: 176–250 ms at 100,000
    /// orders, seconds at a million.
    /// - The amount is KooGallery's decimal text, compared as REAL. The expression must stay exactly
    ///   `CAST(amount AS REAL)`, the form `ListFieldConditions.amountExpression` writes, or SQLite will not use it.
    /// - Customer and SKU indexes end with the default sort's columns, so `customer:ID` on the default sort reads
    ///   the customer's rows already in order.
    static let filterIndexes = Migration(id: "2026-12-07-filter-indexes", sql: """
        CREATE INDEX orders_by_amount ON orders(CAST(amount AS REAL), order_id);
        CREATE INDEX orders_by_customer_id ON orders(customer_id, create_time, order_id);
        CREATE INDEX order_lines_by_sku ON order_lines(sku_code);
        CREATE INDEX instances_by_customer_id ON instances(customer_id, updated_at, instance_id);
        CREATE INDEX instances_by_sku ON instances(sku_code, updated_at, instance_id);
        """)
}
