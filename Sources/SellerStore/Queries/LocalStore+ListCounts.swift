import ListContract
import SellerCore

/// Totals read from `list_counts` (Schema+ListCounts.swift) instead of counted: a list's total, or its total
/// for a few statuses, costs one or a handful of B-tree seeks at any size. Only queries with no filter text, no
/// field terms and no attention scope qualify; the others still count matching rows.
extension LocalStore {
    /// The kept total of `kind` for `statuses` (every status when empty), or nil when this store has no
    /// `list_counts` (a store opened read-only before its migration): the caller then counts rows.
    func keptCount(_ kind: EntityKind, statuses: [String]) throws -> Int? {
        guard try hasKeptCounts() else { return nil }
        let sql = "SELECT coalesce(sum(n), 0) FROM list_counts WHERE tbl = ?"
            + (statuses.isEmpty ? "" : " AND status IN (\(ListPlanner.placeholders(statuses.count)))")
        let binds: [SQLiteValue] = [.text(StoreTables.table(kind))] + statuses.map { .text($0) }
        // A handful of status sets are ever used, so their statements are worth keeping prepared.
        let statement = statuses.count <= 4 ? try db.cachedStatement(sql) : try db.prepare(sql)
        return Int(try statement.scalar(binds)?.int64Value ?? 0)
    }

    /// The exact total of `query` when the store keeps it (no filter text, no field terms, no scope), else nil:
    /// then `count(_:cap:)` counts rows. Lets a caller tell an exact total from a capped one.
    public func keptCount(_ query: StoreListQuery) throws -> Int? {
        try keptCount(query, ListFilter(query.filterText, kind: query.kind, clock: query.filterClock))
    }

    /// The same, for a query whose filter the caller has already parsed.
    func keptCount(_ query: StoreListQuery, _ filter: ListFilter) throws -> Int? {
        guard query.scope == nil, !filter.hasTerms, filter.fieldTermCount == 0 else { return nil }
        return try keptCount(query.kind, statuses: try Self.statusValues(query))
    }

    /// A scalar subquery giving `kind`'s total, for statements that read several figures in one snapshot.
    func totalSubquery(_ kind: EntityKind) throws -> String {
        let table = StoreTables.table(kind)
        return try hasKeptCounts() ? "(SELECT coalesce(sum(n), 0) FROM list_counts WHERE tbl = '\(table)')"
            : "(SELECT count(*) FROM \(table))"
    }

    private func hasKeptCounts() throws -> Bool { try hasMigratedTable("list_counts") }
}
