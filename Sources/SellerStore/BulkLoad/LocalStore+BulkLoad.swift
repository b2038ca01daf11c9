import SellerCore

/// A first sync of a kind into an empty table loads its records without the list indexes and without the
/// trigram index, and builds them once at the end (issue 15). Kept up row by row, those indexes cost most of a
/// sync's time: each page of a thousand records lands at random places in a dozen B-trees, so every commit
/// rewrites pages all over them, and the cost grows with the store. Built after the data, each is one sorted pass,
/// and its pages come out full.
///
/// What the load owes is written down before anything is dropped (`bulk_loads`: the statements that rebuild
/// it), in the transaction that drops it, so a sync killed half way leaves a store that says what it lacks; the
/// next sync of the kind carries on in the same mode and finishes it. While the row is there, lists and counts
/// check each row instead of asking the incomplete trigram index, and no connection indexes rows one by one.
extension LocalStore {
    /// Indexes a load keeps: the ones lookups by order and the relay's journal use while a sync runs, so they
    /// never fall back to reading a whole table.
    static let indexesKeptDuringBulkLoad: Set<String> = [
        "instances_by_order", "messages_by_order", "tasks_by_order", "tickets_by_order", "messages_journal_retrying",
    ]

    /// Starts a bulk load of `kind` when its table is empty, or resumes one a killed sync left; returns whether
    /// the kind is now loading in bulk. A kind with records is left alone (a re-sync changes few rows).
    public func beginBulkLoad(_ kind: EntityKind) throws -> Bool {
        try write {
            if try isBulkLoading(kind) {
                deferredSearch.insert(kind)
                return true
            }
            let table = StoreTables.table(kind)
            guard try db.scalar("SELECT EXISTS (SELECT 1 FROM \(table))")?.int64Value == 0 else { return false }
            let tables = [table] + Self.childTables(kind)
            let indexes = try db.rows("""
                SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
                AND tbl_name IN (\(tables.map { _ in "?" }.joined(separator: ", "))) ORDER BY name
                """, tables.map { .text($0) }) { row in (name: row.text(0), sql: row.text(1)) }
            let owed = indexes.filter { !Self.indexesKeptDuringBulkLoad.contains($0.name) }
            let search = StoreTables.search(kind)
            let record = try db.cachedStatement("INSERT INTO bulk_loads(kind, name, sql) VALUES (?, ?, ?)")
            for index in owed {
                try record.execute([.text(kind.rawValue), .text(index.name), .text(index.sql)])
                try db.execute("DROP INDEX \(index.name)")
            }
            try record.execute([.text(kind.rawValue), .text(search), .text("")])
            deferredSearch.insert(kind)
            return true
        }
    }

    /// Whether a bulk load of `kind` is under way (here or in another process): its list indexes may be missing
    /// and its trigram index incomplete.
    public func isBulkLoading(_ kind: EntityKind) throws -> Bool {
        guard try hasMigratedTable("bulk_loads") else { return false }
        return try db.cachedStatement("SELECT EXISTS (SELECT 1 FROM bulk_loads WHERE kind = ?)")
            .scalar([.text(kind.rawValue)])?.int64Value == 1
    }

    /// Builds what the load of `kind` owes, one index per transaction so other writers (the relay) wait for one
    /// sort at a time, then the trigram index in slices of `searchSlice` rows, and forgets the load last.
    public func finishBulkLoad(_ kind: EntityKind, searchSlice: Int = 50_000) throws {
        let owed = try db.rows("SELECT name, sql FROM bulk_loads WHERE kind = ? ORDER BY name",
                               [.text(kind.rawValue)]) { row in (name: row.text(0), sql: row.text(1)) }
        let search = StoreTables.search(kind)
        for index in owed where index.name != search {
            try write {
                // Another process may have built it already: the load's row goes with the index.
                if try !db.hasSchemaObject("index", named: index.name) {
                    try db.execute(index.sql)
                }
                try db.cachedStatement("DELETE FROM bulk_loads WHERE kind = ? AND name = ?")
                    .execute([.text(kind.rawValue), .text(index.name)])
            }
        }
        try rebuildSearch(kind, slice: searchSlice)
        try write {
            try db.cachedStatement("DELETE FROM bulk_loads WHERE kind = ?").execute([.text(kind.rawValue)])
        }
        deferredSearch.remove(kind)
    }

    /// Empties the trigram index of `kind` and indexes every record again, `slice` rowids per transaction.
    /// Rows another writer indexed meanwhile are taken out by the emptying, so none is indexed twice.
    private func rebuildSearch(_ kind: EntityKind, slice: Int) throws {
        let search = StoreTables.search(kind), view = SearchSource.viewName(kind), columns = SearchSource.columns(kind)
        try write { try db.execute("INSERT INTO \(search)(\(search)) VALUES ('delete-all')") }
        var from: Int64 = 0
        while true {
            let next = try write { () throws -> Int64? in
                let last = try db.scalar("""
                    SELECT max(rowid) FROM (SELECT rowid FROM \(StoreTables.table(kind)) WHERE rowid > ?
                    ORDER BY rowid LIMIT ?)
                    """, [.integer(from), .integer(Int64(slice))])?.int64Value
                guard let last else { return nil }
                try db.cachedStatement("""
                    INSERT INTO \(search)(rowid, \(columns)) SELECT rid, \(columns) FROM \(view)
                    WHERE rid > ? AND rid <= ?
                    """).execute([.integer(from), .integer(last)])
                return last
            }
            guard let next else { return }
            from = next
        }
    }

    /// The tables whose rows belong to a record of `kind` (deleted with it), whose indexes a load drops too.
    static func childTables(_ kind: EntityKind) -> [String] {
        switch kind {
        case .orders: ["order_lines"]
        case .exceptions: ["message_attempts"]
        case .supervision: ["supervision_files", "supervision_history"]
        case .tickets: ["ticket_messages", "ticket_message_files"]
        case .instances, .calls: []
        }
    }
}

extension LocalStore {
    /// The names of the store's own indexes (not SQLite's automatic ones), sorted: what a finished bulk load must
    /// have rebuilt (the sync tests compare them with a new store's).
    public func indexNames() throws -> [String] {
        try db.rows("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name") { row in
            row.text(0)
        }
    }
}

extension LocalStore {
    /// Whether the store has a table a migration adds. A read-write open has run every migration; only a store
    /// opened read-only before its migration can lack one, so only a reader asks SQLite, until it has seen it.
    func hasMigratedTable(_ name: String) throws -> Bool {
        guard db.configuration.readOnly, !tablesSeen.contains(name) else { return true }
        guard try db.hasSchemaObject("table", named: name) else { return false }
        tablesSeen.insert(name)
        return true
    }
}
