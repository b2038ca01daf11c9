import SellerCore

/// Keeps a record's trigram index entry in step with its row. The index holds no text of its own
/// (`SearchSource`): adding a row reads its text from the view, and taking one out must name exactly the text it
/// was added with, which is the row as stored until it changes. So every write that changes a searched column
/// takes the row out before and puts it back after. A kind being bulk loaded (here or by another process) is
/// left alone: its index is built whole when the load ends (`LocalStore+BulkLoad.swift`).
extension LocalStore {
    /// Adds the record `id` of `kind`, as stored now, to the index (a record written in one statement).
    func indexSearch(_ kind: EntityKind, id: String) throws {
        guard try searchIsKept(kind) else { return }
        try addToSearch(kind, id: id)
    }

    /// Runs `change` on the record `id` of `kind` with its index entry taken out, and puts it back after;
    /// `present: false` says the record is not stored yet, so there is nothing to take out.
    func reindexingSearch(_ kind: EntityKind, id: String, present: Bool = true, _ change: () throws -> Void) throws {
        guard try searchIsKept(kind) else { return try change() }
        let search = StoreTables.search(kind)
        if present {
            let columns = SearchSource.columns(kind)
            try db.cachedStatement("""
                INSERT INTO \(search)(\(search), rowid, \(columns))
                SELECT 'delete', rid, \(columns) FROM \(SearchSource.viewName(kind)) WHERE key = ?
                """).execute([.text(id)])
        }
        try change()
        try addToSearch(kind, id: id)
    }

    private func addToSearch(_ kind: EntityKind, id: String) throws {
        let search = StoreTables.search(kind), columns = SearchSource.columns(kind)
        try db.cachedStatement("""
            INSERT INTO \(search)(rowid, \(columns)) SELECT rid, \(columns) FROM \(SearchSource.viewName(kind))
            WHERE key = ?
            """).execute([.text(id)])
    }

    /// Whether rows of `kind` are indexed one by one: not while a bulk load (here or in another process) leaves
    /// the index to be built when it ends.
    private func searchIsKept(_ kind: EntityKind) throws -> Bool {
        if deferredSearch.contains(kind) { return false }
        return try !isBulkLoading(kind)
    }
}

extension LocalStore {
    /// Checks every trigram index against the records it indexes (FTS5's `integrity-check`). Throws when an entry
    /// was added or taken out with other text than its row's, which would make filters miss rows.
    public func checkSearchIndexes() throws {
        for kind in EntityKind.allCases {
            let search = StoreTables.search(kind)
            try db.execute("INSERT INTO \(search)(\(search)) VALUES ('integrity-check')")
        }
    }
}
