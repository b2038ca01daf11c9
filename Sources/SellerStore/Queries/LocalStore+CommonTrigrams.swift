import SellerCore

/// Issue 15: a trigram that most rows hold narrows nothing, yet the search index reads its whole list of rows to
/// AND it with the others. Every order id starts `CS2`, so a typed order id asked for `cs2`, `s26` and `260`
/// (a million rows each at a million orders): 30 ms of a 35 ms probe, measured in the `sqlite3` shell.
extension LocalStore {
    /// A trigram held by at least this share of the sampled rows is not asked of the search index.
    static let commonTrigramShare = 0.5

    /// How many rows (the first stored) are sampled for a trigram's share: a bounded read of each trigram's list.
    static let trigramSampleRows = 1_000

    /// `filter` without the trigrams held by `commonTrigramShare` or more of the first `trigramSampleRows` rows
    /// of `kind`. The rows found are the same (`ListFilter.keepingTrigrams`); only the index's work changes.
    func withoutCommonTrigrams(_ filter: ListFilter, _ kind: EntityKind) throws -> ListFilter {
        guard !filter.trigrams.isEmpty else { return filter }
        let table = StoreTables.table(kind), search = StoreTables.search(kind)
        let sample = try db.cachedStatement(
            "SELECT count(*), max(rid) FROM (SELECT rowid AS rid FROM \(table) ORDER BY rowid LIMIT ?)"
        ).first([.integer(Int64(Self.trigramSampleRows))]) { row in (rows: row.int64(0), lastRowid: row.int64(1)) }
        guard let sample, sample.rows > 0 else { return filter }
        let holders = try db.cachedStatement(
            "SELECT count(*) FROM \(search) WHERE \(search) MATCH ? AND rowid <= ?")
        return try filter.keepingTrigrams { trigram in
            let held = try holders.scalar([.text(ListFilter.quoteFTS(trigram)), .integer(sample.lastRowid)])
            return Double(held?.int64Value ?? 0) < Self.commonTrigramShare * Double(sample.rows)
        }
    }
}
