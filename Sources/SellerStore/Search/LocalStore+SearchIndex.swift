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
        if present, let entry = try searchEntry(kind, id: id) {
            try db.cachedStatement("""
                INSERT INTO \(search)(\(search), rowid, \(SearchSource.columns(kind)))
                VALUES ('delete', \(SearchSource.rowPlaceholders(kind)))
                """).execute(entry)
        }
        try change()
        try addToSearch(kind, id: id)
    }

    /// Reads the entry's text from the view, then writes it with `VALUES`: SQLite gives an `INSERT … SELECT`
    /// into a virtual table a statement savepoint, and FTS5 writes its pending terms out at every savepoint, so
    /// rows indexed one by one in a page's transaction became a segment each (and a merge of them) instead of
    /// one segment at the commit.
    private func addToSearch(_ kind: EntityKind, id: String) throws {
        guard let entry = try searchEntry(kind, id: id) else { return }
        let search = StoreTables.search(kind)
        try db.cachedStatement("""
            INSERT INTO \(search)(rowid, \(SearchSource.columns(kind))) VALUES (\(SearchSource.rowPlaceholders(kind)))
            """).execute(entry)
    }

    /// The rowid and search text of the record `id` of `kind` as stored now, in `SearchSource.rowPlaceholders` order.
    private func searchEntry(_ kind: EntityKind, id: String) throws -> [SQLiteValue]? {
        try db.cachedStatement("""
            SELECT rid, \(SearchSource.columns(kind)) FROM \(SearchSource.viewName(kind)) WHERE key = ?
            """).first([.text(id)]) { $0.values }
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
