/// Which shared texts a filter term matches, kept by the reading connection (issue 15).
///
/// A term is checked on a row's shared parts (customer and product names) by comparing the row's ids with the ids
/// of the texts the term matches. Asking SQL for those ids in each statement scanned every shared text once per
/// part and term: at a million orders (4,322 texts) that tripled a filter key's time to its first page, and it
/// grows with the store's names. Texts are never changed or deleted and a new one gets a higher id, so the ids a
/// term matched stay right and only texts past the last one scanned need a look: each term is scanned once, then
/// in steps as texts arrive. The ids reach SQL as one JSON array per term (`json_each`), built once per query.
/// Not thread-safe: it belongs to its `LocalStore`.
struct SharedTextMatches {
    /// Terms kept at most; past it the cache starts over.
    static let capacity = 64

    private struct Entry {
        var scannedThrough: Int64
        var ids: [Int64]
    }

    private var entries = SharedTextCache<Entry>(capacity: capacity)

    /// The ids of the shared texts whose first `limit` characters match `pattern` (`LIKE … ESCAPE '\'`), as a
    /// JSON array. Call it inside the query's read transaction, so the scan and the query see the same texts.
    mutating func idsJSON(matching pattern: String, limit: Int, in db: Database) throws -> String {
        // Forgotten after a rollback: a rolled-back transaction of this connection may have taken back texts a
        // scan saw.
        let key = "\(limit) " + pattern
        var entry = entries.value(for: key, in: db) ?? Entry(scannedThrough: 0, ids: [])
        let last = try db.cachedStatement("SELECT max(id) FROM shared_texts").scalar([])?.int64Value ?? 0
        if last > entry.scannedThrough {
            entry.ids += try db.cachedStatement("""
                SELECT id FROM shared_texts WHERE id > ? AND id <= ? AND substr(text, 1, ?) LIKE ? ESCAPE '\\'
                ORDER BY id
                """).rows([.integer(entry.scannedThrough), .integer(last), .integer(Int64(limit)), .text(pattern)]) {
                    $0.int64(0)
                }
            entry.scannedThrough = last
            entries.keep(entry, for: key)
        }
        return "[" + entry.ids.map(String.init).joined(separator: ",") + "]"
    }
}
