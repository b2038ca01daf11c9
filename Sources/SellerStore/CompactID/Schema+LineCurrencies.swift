extension Schema {
    /// Issue 15: order lines' prices that repeat the order's amount or the line's own price are no longer stored
    /// (`LineCurrency`). The price after discount goes first, compared with the price as stored; then the first
    /// lines' prices that are their order's amount. Nothing lists, sorts or searches a line's prices, so no index
    /// changes.
    static let lineCurrencies = Migration(id: "2026-12-19-line-currencies", sql: """
        UPDATE order_lines SET currency_after_discount = CASE
            WHEN currency_after_discount IS NULL THEN (CASE WHEN currency IS NULL THEN NULL ELSE x'' END)
            WHEN currency_after_discount = currency THEN NULL
            ELSE currency_after_discount END;
        UPDATE order_lines SET currency = NULL
        WHERE position = 0 AND currency = (SELECT amount FROM orders WHERE orders.rowid = order_lines.order_rowid);
        """)
}
