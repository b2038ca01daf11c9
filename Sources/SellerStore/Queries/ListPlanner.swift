import ListContract
import SellerCore

/// Writes the SQL of one list query. Every value (filter terms, statuses, keys, limits) is a bound parameter;
/// the text only ever holds fixed table and column names.
///
/// The plans are chosen in the SQL itself rather than left to SQLite's estimates, which (without ANALYZE) assume
/// an equality matches ten rows and would happily sort half a million rows of a common status:
/// - `.sortIndex`: the base table `o` is the outer loop in sort-index order; a search term is checked on the
///   row's own search text (`SearchSource`, computed from its columns); a status filter is `+o.status IN (…)`
///   (the `+` keeps SQLite from trading the sort index for the status index) or, where a `(status, sort column)`
///   index exists, a `UNION ALL` of one seek per status that SQLite merges in order (`MERGE (UNION ALL)`).
///   The scan stops as soon as the page is full, so cost follows the page size, not the table size.
///   Ties are broken by the rowid, which every index ends with; a keyed page is two steps (`ListSegments.Bound`).
/// - `.searchIndex`: the FTS5 trigram match is the outer loop and the few matching rows are sorted; only their
///   keys go through the sort, and the summary columns are read for the page's rows alone.
struct ListPlanner {
    /// `.amountIndex`: the orders whose amount is in range, found on `orders_by_amount` and sorted, for an
    /// amount term so rare that the sort index would be walked to its end to fill a page.
    enum Driver { case sortIndex, searchIndex, amountIndex }

    struct SQLText {
        var sql: String
        var binds: [SQLiteValue]
        /// Whether the statement is worth keeping in the connection's cache: only shapes with few terms and
        /// statuses, so the cache stays small however much a seller types.
        var cacheable: Bool
    }

    let table: ListTable
    let sort: ListSortSpec
    let filter: ListFilter
    /// De-duplicated, in the caller's order.
    let statuses: [String]
    let ascending: Bool
    let driver: Driver
    let segments: ListSegments
    /// An attention scope's condition (`AttentionConditions`), ANDed like the filter.
    let scope: AttentionConditions.Condition?
    /// Each term's number among the reader's kept matches of shared texts (`SharedTextMatches`), for its shared parts.
    let sharedMatches: [String: Int64]

    init(table: ListTable, sort: ListSortSpec, filter: ListFilter, statuses: [String], ascending: Bool,
         driver: Driver, scope: AttentionConditions.Condition? = nil, sharedMatches: [String: Int64]) {
        self.scope = scope
        self.sharedMatches = sharedMatches
        self.table = table
        self.sort = sort
        self.filter = filter
        self.statuses = statuses
        self.ascending = ascending
        // Without a trigram term there is nothing for the search index to find rows with, nor the amount index
        // without an amount term.
        switch driver {
        case .sortIndex: self.driver = .sortIndex
        case .searchIndex: self.driver = filter.matchExpression == nil ? .sortIndex : .searchIndex
        case .amountIndex: self.driver = filter.indexedAmount == nil ? .sortIndex : .amountIndex
        }
        segments = ListSegments(sort: sort, statuses: statuses, statusColumn: table.status, ascending: ascending)
    }

    /// The same query with another driver and filter (`.searchIndex` asked for every trigram, once a walk of the
    /// sort index ran past its budget).
    func driven(by driver: Driver, filter: ListFilter) -> ListPlanner {
        ListPlanner(table: table, sort: sort, filter: filter, statuses: statuses, ascending: ascending, driver: driver,
                    scope: scope, sharedMatches: sharedMatches)
    }

    /// The query for one step of a page (`ListSegments.steps`), returning at most `limit` rows. Rows come out as
    /// `k` (the sort value), `rid` (the rowid), `id`, then the summary columns (`ListTable.decode`).
    func sql(_ step: ListSegments.Step, limit: Int) -> SQLText {
        let segment = segments.segments[step.segment]
        let keyColumn = sort.isSharedText ? "n.text" : "o.\(sort.sqlColumn)", idColumn = "o.\(table.id)"
        let direction = ascending ? "ASC" : "DESC", comparison = ascending ? ">" : "<"

        var clause = Clause()
        if let condition = segment.condition { clause.add(condition, segment.binds) }
        switch step.bound {
        case .none: break
        case .tie(let value, let rowid):
            clause.add("\(keyColumn) = ? AND o.rowid \(comparison) ?", [value.sqlValue, .integer(rowid)])
        case .past(let value): clause.add("\(keyColumn) \(comparison) ?", [value.sqlValue])
        case .rowid(let rowid): clause.add("o.rowid \(comparison) ?", [.integer(rowid)])
        case .id(let id): clause.add("\(idColumn) \(comparison) ?", [.text(id)])
        }
        if driver == .searchIndex, let match = filter.matchExpression { clause.add(table.match, [.text(match)]) }
        for term in filter.likeTerms {
            let check = table.likeCheck(term, sharedTerm: sharedMatches[term] ?? SharedTexts.noTerm)
            clause.add(check.sql, check.binds)
        }
        let conditions = filter.fieldConditions(indexedAmount: driver == .amountIndex, sharedMatches: sharedMatches)
        for (position, condition) in conditions.enumerated() {
            let drives = driver == .amountIndex && position == filter.indexedAmount?.position
            clause.add(drives ? condition.term : Self.checkedAlongTheSort(condition, sortColumn: sort.sqlColumn),
                       condition.binds)
        }
        if let scope { clause.add(Self.checkedAlongTheSort(scope, sortColumn: sort.sqlColumn), scope.binds) }

        // With the status column as sort key, the statuses are already the segments.
        let filtersStatus = !statuses.isEmpty && !sort.isStatus
        let merge = filtersStatus && driver == .sortIndex && sort.hasStatusIndex && segment.order == .columnThenRowid
        if filtersStatus && !merge {
            clause.add("+o.\(table.status) IN (\(Self.placeholders(statuses.count)))", statuses.map { .text($0) })
        }

        let order: String, outerOrder: String
        switch segment.order {
        case .columnThenRowid:
            order = "\(keyColumn) \(direction), o.rowid \(direction)"
            outerOrder = "p.k \(direction), p.rid \(direction)"
        case .rowid: (order, outerOrder) = ("o.rowid \(direction)", "p.rid \(direction)")
        case .id: (order, outerOrder) = ("\(idColumn) \(direction)", "p.id \(direction)")
        }
        // A shared text's sort walks the texts in order (`CROSS JOIN` keeps them the outer loop) and each text's
        // rows on the column's index; the other drivers only read each row's text, to sort their matches by.
        let texts = "shared_texts AS n", textOfRow = "n.id = o.\(sort.sqlColumn)"
        var from: String
        switch driver {
        case .sortIndex where sort.isSharedText:
            from = "\(texts) CROSS JOIN \(table.table) AS o ON \(textOfRow)"
        case .sortIndex, .amountIndex:
            from = driver == .amountIndex ? "\(table.table) AS o INDEXED BY orders_by_amount" : "\(table.table) AS o"
            if sort.isSharedText { from += " CROSS JOIN \(texts) ON \(textOfRow)" }
        case .searchIndex:
            from = "\(table.search) AS s CROSS JOIN \(table.table) AS o ON o.rowid = s.rowid"
            if sort.isSharedText { from += " CROSS JOIN \(texts) ON \(textOfRow)" }
        }
        let cacheable = filter.likeTerms.count + filter.fieldTermCount <= 2 && statuses.count <= 4
        let select = "\(keyColumn) AS k, o.rowid AS rid, \(idColumn) AS id, \(table.payload)"

        if merge {
            let arms = statuses.map { _ in
                "SELECT \(select) FROM \(from) WHERE " + (["o.\(table.status) = ?"] + clause.terms).joined(separator: " AND ")
            }
            let binds = statuses.flatMap { [SQLiteValue.text($0)] + clause.binds } + [.integer(Int64(limit))]
            let sql = arms.joined(separator: " UNION ALL ") + " ORDER BY 1 \(direction), 2 \(direction) LIMIT ?"
            return SQLText(sql: sql, binds: binds, cacheable: cacheable)
        }
        let binds = clause.binds + [.integer(Int64(limit))]
        switch driver {
        case .sortIndex, .amountIndex:
            let sql = "SELECT \(select) FROM \(from)\(clause.whereSQL) ORDER BY \(order) LIMIT ?"
            return SQLText(sql: sql, binds: binds, cacheable: cacheable)
        case .searchIndex:
            let inner = "SELECT o.rowid AS rid, \(keyColumn) AS k, \(idColumn) AS id FROM \(from)\(clause.whereSQL) "
                + "ORDER BY \(order) LIMIT ?"
            let sql = "SELECT p.k, p.rid, p.id, \(table.payload) FROM (\(inner)) AS p "
                + "CROSS JOIN \(table.table) AS o ON o.rowid = p.rid ORDER BY \(outerOrder)"
            return SQLText(sql: sql, binds: binds, cacheable: cacheable)
        }
    }

    /// `SELECT count(*)` with the same filter (the sort does not matter). With `cap`, counting stops there.
    static func countSQL(table: ListTable, filter: ListFilter, statuses: [String], cap: Int?,
                         scope: AttentionConditions.Condition? = nil,
                         sharedMatches: [String: Int64]) -> SQLText {
        var clause = Clause()
        if let scope { clause.add(scope.term, scope.binds) }
        if let match = filter.matchExpression { clause.add(table.match, [.text(match)]) }
        for term in filter.likeTerms {
            let check = table.likeCheck(term, sharedTerm: sharedMatches[term] ?? SharedTexts.noTerm)
            clause.add(check.sql, check.binds)
        }
        // The amount on its index: a capped count of a common amount reads `cap` index entries, a rare one a few.
        for condition in filter.fieldConditions(indexedAmount: true, sharedMatches: sharedMatches) {
            clause.add(condition.term, condition.binds)
        }
        // Terms too short for the trigram index, and `product:`, are checked row by row. A capped count asks for
        // no order, so it walks the table in rowid order (or a status's entries of its `(status)` index, in rowid
        // order too), stopping at `cap` matches: rows stored together are read together (and a `product:` check's
        // order lines, keyed by the order's rowid). A walk in a sort's order reads each row from a page of its own
        // once the store outgrows the page cache (issue 15: 17 ms of page reads for "1,000+" at a million orders).
        if !statuses.isEmpty {
            clause.add("o.\(table.status) IN (\(placeholders(statuses.count)))", statuses.map { .text($0) })
        }
        // Without a trigram term (none, or all shorter than three characters) the terms are checked on each row.
        let from = filter.matchExpression == nil
            ? "\(table.table) AS o" : "\(table.search) AS s CROSS JOIN \(table.table) AS o ON o.rowid = s.rowid"
        let cacheable = filter.likeTerms.count + filter.fieldTermCount <= 2 && statuses.count <= 4
        guard let cap else {
            return SQLText(sql: "SELECT count(*) FROM \(from)\(clause.whereSQL)", binds: clause.binds,
                           cacheable: cacheable)
        }
        return SQLText(sql: "SELECT count(*) FROM (SELECT 1 FROM \(from)\(clause.whereSQL) LIMIT ?)",
                       binds: clause.binds + [.integer(Int64(cap))], cacheable: cacheable)
    }

    /// A field term or scope as a check on rows the sort index yields, so that without ANALYZE SQLite does not
    /// trade the sort index for the term's own index and a sort of every match (issue 15: no temporary B-tree).
    /// An `AND` (`Condition.all`) is treated term by term. A term on the sort column stays as it is: it bounds the
    /// walk of the sort index (the expiry range of "expiring soon" sorted by expiry). Any other term is declared
    /// likely to hold (`likely()` changes nothing but the planner's guess), so an index that gives the term and
    /// the order at once (`customer:` on the default sort) is still taken, but not one that would need a sort.
    /// A term with an `OR` or `AND` inside (which SQLite splits past `likely()`) is wrapped in a `CASE`, which no
    /// index serves: it is checked on the rows the walk yields.
    static func checkedAlongTheSort(_ condition: AttentionConditions.Condition, sortColumn: String) -> String {
        guard condition.conjuncts.isEmpty else {
            return "(" + condition.conjuncts.map { checkedAlongTheSort($0, sortColumn: sortColumn) }
                .joined(separator: " AND ") + ")"
        }
        let term = condition.term
        if term.contains(" OR ") || term.contains(" AND ") { return "(CASE WHEN \(term) THEN 1 ELSE 0 END)" }
        return mentions(term, "o.\(sortColumn)") ? term : "likely(\(term))"
    }

    /// Whether `term` names `column` (`o.node`, not `o.node_since`).
    private static func mentions(_ term: String, _ column: String) -> Bool {
        var rest = Substring(term)
        while let range = rest.range(of: column) {
            let after = rest[range.upperBound...].first
            if !(after.map { $0.isLetter || $0.isNumber || $0 == "_" } ?? false) { return true }
            rest = rest[range.upperBound...]
        }
        return false
    }

    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }

    /// WHERE terms and their values, kept in placeholder order.
    struct Clause {
        var terms: [String] = []
        var binds: [SQLiteValue] = []

        mutating func add(_ term: String, _ values: [SQLiteValue]) {
            terms.append(term)
            binds += values
        }

        var whereSQL: String { terms.isEmpty ? "" : " WHERE " + terms.joined(separator: " AND ") }
    }
}
