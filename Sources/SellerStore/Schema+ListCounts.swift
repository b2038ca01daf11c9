extension Schema {
    /// Issue 15: a list's total and its per-status totals without walking an index. `count(*)` of a table is
    /// O(rows) in SQLite (about 6 ms per 100,000 orders here), and the overview, the tab bar and every `G` asked
    /// for one. `list_counts` holds one row per (table, status value), kept exact by row triggers in the same
    /// transaction as the write, so a reader's snapshot of it always agrees with the table.
    /// - Every status column is NOT NULL, so the key never holds a NULL.
    /// - The record writers delete and insert (never `INSERT OR REPLACE`, whose implicit delete fires no trigger
    ///   unless `recursive_triggers` is on), and `ON CONFLICT DO NOTHING` inserts nothing, so nothing is missed.
    /// - Rows that fall to zero stay; readers sum them, so a zero changes nothing.
    /// The SQL is written out from the fixed list below, never from app types, so it means the same forever.
    static let listCounts = Migration(id: "2026-12-09-list-counts", sql: listCountsSQL)

    /// Each record table and its status column (the one a status preset filters on). `countTriggers` re-creates
    /// the triggers of these same tables, so the list must never change: a new counted table needs migrations of
    /// its own.
    static let countedTables: [(table: String, status: String)] = [
        ("orders", "status"), ("instances", "status"), ("produce_messages", "state"),
        ("supervision_tasks", "node"), ("tickets", "status"), ("calls", "outcome"),
    ]

    private static var listCountsSQL: String {
        var sql = """
            CREATE TABLE list_counts (
                tbl TEXT NOT NULL, status TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (tbl, status)) WITHOUT ROWID;

            """
        for (table, status) in countedTables {
            let add = { (row: String) in
                "INSERT INTO list_counts(tbl, status, n) VALUES ('\(table)', \(row).\(status), 1) "
                    + "ON CONFLICT(tbl, status) DO UPDATE SET n = n + 1;"
            }
            let remove = { (row: String) in
                "UPDATE list_counts SET n = n - 1 WHERE tbl = '\(table)' AND status = \(row).\(status);"
            }
            sql += """
                INSERT INTO list_counts(tbl, status, n) SELECT '\(table)', \(status), count(*) FROM \(table) GROUP BY \(status);
                CREATE TRIGGER \(table)_counted_insert AFTER INSERT ON \(table) BEGIN \(add("NEW")) END;
                CREATE TRIGGER \(table)_counted_delete AFTER DELETE ON \(table) BEGIN \(remove("OLD")) END;
                CREATE TRIGGER \(table)_counted_status AFTER UPDATE OF \(status) ON \(table)
                    WHEN OLD.\(status) IS NOT NEW.\(status) BEGIN \(remove("OLD")) \(add("NEW")) END;

                """
        }
        return sql
    }
}
