extension Schema {
    /// Issue 15: what a bulk load (`LocalStore+BulkLoad.swift`) owes the store when it ends: one statement per
    /// index it dropped (the index's own `CREATE INDEX` text) and one for the search index it left to build.
    /// A row here also tells every reader that the kind is being loaded.
    static let bulkLoads = Migration(id: "2026-12-09-bulk-loads", sql: """
        CREATE TABLE bulk_loads (
            kind TEXT NOT NULL, name TEXT NOT NULL, sql TEXT NOT NULL, PRIMARY KEY (kind, name)) WITHOUT ROWID;
        """)
}
