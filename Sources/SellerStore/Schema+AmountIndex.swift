extension Schema {
    /// Issue 14: `amount:>N` on orders. The amount is KooGallery's decimal text, compared as REAL; without an
    /// index a rare amount (`amount:>1000000`) walks the whole creation-time index to fill a page (176 ms at
    /// 100,000 orders, seconds at a million). The expression must stay exactly `CAST(amount AS REAL)`, the form
    /// `ListFieldConditions.amountExpression` writes, or SQLite will not match it to this index.
    static let ordersByAmount = Migration(id: "2026-12-07-orders-by-amount", sql: """
        CREATE INDEX orders_by_amount ON orders(CAST(amount AS REAL), order_id);
        """)
}
