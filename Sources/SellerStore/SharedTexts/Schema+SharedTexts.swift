import SellerCore

extension Schema {
    /// Issue 15: the product names of orders, order lines and instances, the product ids of lines and instances,
    /// the exception texts of call attempts, the actions of supervision events and the origins of instances' app
    /// URLs move into `shared_texts`, one row per distinct text, and the records keep the row's id (`SharedTexts`).
    /// The search views read the texts back through those ids, so the trigram indexes see the same text and need
    /// no rebuild; the views go first because SQLite will not drop a column a view reads.
    static let sharedTexts = Migration(id: "2026-12-17-shared-texts", sql: """
        CREATE TABLE shared_texts (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);
        INSERT INTO shared_texts(text)
            SELECT product_name FROM orders UNION SELECT product_name FROM order_lines WHERE product_name IS NOT NULL
            UNION SELECT product_id FROM order_lines UNION SELECT product_name FROM instances
            UNION SELECT product_id FROM instances UNION SELECT exception_info FROM message_attempts
            UNION SELECT action FROM supervision_history;
        DROP VIEW orders_search_source;
        DROP VIEW instances_search_source;
        \(sharedColumn("orders", "product_name"))
        \(sharedColumn("order_lines", "product_name"))
        \(sharedColumn("order_lines", "product_id"))
        \(sharedColumn("instances", "product_name"))
        \(sharedColumn("instances", "product_id"))
        \(sharedColumn("message_attempts", "exception_info"))
        \(sharedColumn("supervision_history", "action"))
        \(sharedOrigin("front_end"))
        \(sharedOrigin("admin"))
        \(SearchSource.createViewSQL(.orders, layout: .sharedProducts))
        \(SearchSource.createViewSQL(.instances, layout: .sharedProducts))
        """)

    /// The last migration a read-only connection cannot read around, so a reader refuses a store without it
    /// (`StoreOpenError.olderStore`): the shared texts and customer names replace columns the queries no longer
    /// name, and the line prices change what a stored NULL means (`LineCurrency`). Migrations a reader can read
    /// around (the outbox's failure detail, the list counts) leave an older store readable.
    static var readersNeed: Migration { lineCurrencies }

    /// Moves the origin of the instances' `<name>_url` into `shared_texts` (`URLOrigin`), its id into
    /// `<name>_origin_ref`, and keeps the rest of the URL in the column.
    private static func sharedOrigin(_ name: String) -> String {
        let url = "\(name)_url", origin = URLOrigin.sql(of: "\(name)_url")
        return """
            ALTER TABLE instances ADD COLUMN \(name)_origin_ref INTEGER;
            INSERT OR IGNORE INTO shared_texts(text)
                SELECT DISTINCT \(origin) FROM instances WHERE \(origin) IS NOT NULL;
            UPDATE instances SET \(name)_origin_ref = (SELECT id FROM shared_texts WHERE text = \(origin)),
                \(url) = substr(\(url), length(\(origin)) + 1)
            WHERE \(origin) IS NOT NULL;
            """
    }

    /// Replaces `table.column` by `column_ref`, the id of its text in `shared_texts` (NULL stays NULL).
    static func sharedColumn(_ table: String, _ column: String) -> String {
        """
        ALTER TABLE \(table) ADD COLUMN \(column)_ref INTEGER;
        UPDATE \(table) SET \(column)_ref = (SELECT id FROM shared_texts WHERE text = \(table).\(column));
        ALTER TABLE \(table) DROP COLUMN \(column);
        """
    }
}
