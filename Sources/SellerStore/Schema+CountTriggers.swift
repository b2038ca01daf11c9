extension Schema {
    /// Issue 15: the count triggers (`Schema.listCounts`) without an upsert, so a record insert needs no statement
    /// journal. SQLite gives a statement a journal of its own (a copy of every page it touches, 32 KiB each here) when
    /// it writes through a trigger and may abort half way; the upsert's `ON CONFLICT DO UPDATE` and a plain `INSERT`'s
    /// key check both may. Here the trigger adds its (table, status) row only when it is missing, which cannot
    /// conflict, then counts with an `UPDATE`, and the record writers insert `OR FAIL` (`LocalStore.insert`), so
    /// neither can abort half way. The trigger bodies are `OR FAIL` themselves, which a `DELETE` (it takes no conflict
    /// clause) needs: replacing a changed record deletes it first. Measured at 100,000 orders with `benchmark-sync`:
    /// see `docs/DECISIONS.md`. The SQL is written out from `listCounts`' fixed list of tables, never from app types,
    /// so it means the same forever.
    static let countTriggers = Migration(id: "2026-12-15-count-triggers", sql: countTriggersSQL)

    private static var countTriggersSQL: String {
        countedTables.map { table, status in
            let key = "tbl = '\(table)' AND status = NEW.\(status)"
            let add = """
                INSERT OR FAIL INTO list_counts(tbl, status, n) SELECT '\(table)', NEW.\(status), 0
                    WHERE NOT EXISTS (SELECT 1 FROM list_counts WHERE \(key));
                UPDATE OR FAIL list_counts SET n = n + 1 WHERE \(key);
                """
            let remove = "UPDATE OR FAIL list_counts SET n = n - 1 WHERE tbl = '\(table)' AND status = OLD.\(status);"
            return """
                DROP TRIGGER IF EXISTS \(table)_counted_insert;
                DROP TRIGGER IF EXISTS \(table)_counted_delete;
                DROP TRIGGER IF EXISTS \(table)_counted_status;
                CREATE TRIGGER \(table)_counted_insert AFTER INSERT ON \(table) BEGIN
                \(add)
                END;
                CREATE TRIGGER \(table)_counted_delete AFTER DELETE ON \(table) BEGIN
                \(remove)
                END;
                CREATE TRIGGER \(table)_counted_status AFTER UPDATE OF \(status) ON \(table)
                    WHEN OLD.\(status) IS NOT NEW.\(status) BEGIN
                \(remove)
                \(add)
                END;
                """
        }.joined(separator: "\n")
    }
}
