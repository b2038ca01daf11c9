import SellerCore

extension Schema {
    /// Issue 15: an order's lines are keyed by the order's rowid, not its id, and leave out what the order already
    /// says. A line's `order_line_id` is stored only when it is not `<order id>-<position + 1, six digits>` (the
    /// marketplace's own numbering), its `product_name` only when it is not the order's (the order's product name
    /// is its first line's). The order keeps its lines' SKU codes (`sku_codes`, joined by spaces, as its search
    /// text had them), so a filter checks an order's text without reading its lines. At 100,000 orders the lines
    /// went from 20.6 MB to 11.4, their SKU index from 4.2 to 2.6. The lines of orders stored side by side sit
    /// side by side, and leave with their order by trigger (a foreign key cannot name an implicit rowid). The
    /// orders' search view is re-created over the same text, so the trigram index stays as it is.
    static let compactOrderLines = Migration(id: "2026-12-11-compact-order-lines", sql: """
        DROP VIEW orders_search_source;
        CREATE TABLE order_lines_compact (
            order_rowid INTEGER NOT NULL, position INTEGER NOT NULL, order_line_id TEXT, charging_mode TEXT NOT NULL,
            period_type TEXT, period_number INTEGER, expire_time INTEGER, currency TEXT, currency_after_discount TEXT,
            product_id TEXT NOT NULL, sku_code TEXT NOT NULL, linear_value INTEGER, product_name TEXT,
            PRIMARY KEY (order_rowid, position)) WITHOUT ROWID;
        INSERT INTO order_lines_compact
            SELECT o.rowid, l.position, nullif(l.order_line_id, l.order_id || '-' || printf('%06d', l.position + 1)),
                l.charging_mode, l.period_type, l.period_number, l.expire_time, l.currency, l.currency_after_discount,
                l.product_id, l.sku_code, l.linear_value, nullif(l.product_name, o.product_name)
            FROM order_lines AS l JOIN orders AS o ON o.order_id = l.order_id;
        DROP TABLE order_lines;
        ALTER TABLE order_lines_compact RENAME TO order_lines;
        CREATE INDEX order_lines_by_sku ON order_lines(sku_code);
        CREATE TRIGGER order_lines_leave_with_their_order AFTER DELETE ON orders BEGIN
            DELETE FROM order_lines WHERE order_rowid = OLD.rowid;
        END;
        ALTER TABLE orders ADD COLUMN sku_codes TEXT;
        UPDATE orders SET sku_codes =
            (SELECT group_concat(l.sku_code, ' ') FROM order_lines AS l WHERE l.order_rowid = orders.rowid);
        """ + SearchSource.createViewSQL(.orders, layout: .productsInline))

    /// The line id the marketplace gives a line at `position` (from 0) of `orderId`, which the store leaves out.
    static func numberedLineId(orderId: String, position: Int) -> String {
        orderId + "-" + (position + 1).zeroPadded(to: 6)
    }
}
