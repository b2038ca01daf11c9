/// Which shared texts a filter term matches, kept by the reading connection (issue 15).
///
/// A term is checked on a row's shared parts (customer and product names) by comparing the row's ids with the ids
/// of the texts the term matches. Asking SQL for those ids in each statement scanned every shared text once per
/// part and term: at a million orders (4,322 texts) that tripled a filter key's time to its first page, and it
/// grows with the store's names. Texts are never changed or deleted and a new one gets a higher id, so the ids a
/// term matched stay right and only texts past the last one scanned need a look: each term is scanned once, then
/// in steps as texts arrive.
///
/// The ids are kept in a table of the connection's own temporary database, keyed by a number for the term, so a
/// row's check is one primary-key lookup (`SharedTexts.matched`). Handing SQL the ids as a JSON array instead
/// made SQLite build a lookup table from it in every statement: about 1 µs an id, 4.3 ms for "有限" (3,840 of the
/// 4,322 names) at a million orders, in each statement of a page and of its count.
/// Not thread-safe: it belongs to its `LocalStore`.
struct SharedTextMatches {
    /// Terms kept at most; past it the cache starts over.
    static let capacity = 64

    /// The temporary table of the ids each kept term matches (`term` is `Entry.term`).
    static let table = "temp.shared_text_matches"

    private struct Entry {
        var term: Int64
        var scannedThrough: Int64
    }

    private var entries = SharedTextCache<Entry>(capacity: capacity)
    /// The number the next new term gets; never reused, so rows a forgotten term left can never be read as
    /// another's.
    private var nextTerm: Int64 = 1
    /// The `entries.generation` whose start emptied the table; nil before the first use.
    private var emptiedFor: Int?

    /// The number under which the table holds the ids of the shared texts whose first `limit` characters match
    /// `pattern` (`LIKE … ESCAPE '\'`). Call it inside the query's read transaction, so the scan and the query
    /// see the same texts.
    mutating func term(matching pattern: String, limit: Int, in db: Database) throws -> Int64 {
        let key = "\(limit) " + pattern
        // Forgotten after a rollback: a rolled-back transaction of this connection may have taken back texts a
        // scan saw, and the rows (or the table) this connection wrote in it.
        let found = entries.value(for: key, in: db)
        var entry = found ?? Entry(term: nextTerm, scannedThrough: 0)
        if found == nil {
            nextTerm += 1
            // Kept before its rows are written: if keeping it starts the cache over, the table is emptied below
            // while the new term has no rows yet.
            entries.keep(entry, for: key)
        }
        if emptiedFor != entries.generation { try startOver(db) }
        let last = try db.cachedStatement("SELECT max(id) FROM shared_texts").scalar([])?.int64Value ?? 0
        if last > entry.scannedThrough {
            try db.cachedStatement("""
                INSERT INTO \(Self.table)(term, id) SELECT ?, id FROM shared_texts
                WHERE id > ? AND id <= ? AND substr(text, 1, ?) LIKE ? ESCAPE '\\'
                """).execute([.integer(entry.term), .integer(entry.scannedThrough), .integer(last),
                              .integer(Int64(limit)), .text(pattern)])
            entry.scannedThrough = last
        }
        entries.keep(entry, for: key)
        return entry.term
    }

    /// Makes sure the table exists (a rollback may have taken back its creation) and empties it: every term it
    /// held has been forgotten.
    private mutating func startOver(_ db: Database) throws {
        try db.execute("""
            CREATE TABLE IF NOT EXISTS \(Self.table) (
                term INTEGER NOT NULL, id INTEGER NOT NULL, PRIMARY KEY (term, id)) WITHOUT ROWID;
            DELETE FROM \(Self.table);
            """)
        emptiedFor = entries.generation
    }
}
