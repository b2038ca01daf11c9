import ListContract
import SellerCore

/// Keyset-paged list queries for the console's tables (docs/ARCHITECTURE.md §6, §11): a page is one or two index seeks from
/// the previous page's edge, never an OFFSET and never the whole table, so scrolling costs the same at row 10 as
/// at row 1,000,000.
extension LocalStore {
    /// Above this many trigram matches, walking the sort index finds a page of matches faster than sorting every
    /// match. Both cost about the same here (~20 ms at 1,000,000 rows): a candidate costs ~4 µs to read and sort,
    /// a scanned row ~0.75 µs, and the scan needs `limit / density` rows.
    static let searchFirstLimit = 5_000

    /// The page that follows `key` in the query's order (the first page when `key` is nil).
    public func page(_ query: StoreListQuery, after key: ListRowKey? = nil) throws -> ListPageResult {
        try fetchPage(query, from: key, forward: true)
    }

    /// The page that precedes `key`, for scrolling up; with a nil key, the last page of the list (`G`).
    /// Rows are in display order, so `rows.last` is the row just above `key`.
    public func page(_ query: StoreListQuery, before key: ListRowKey?) throws -> ListPageResult {
        let page = try fetchPage(query, from: key, forward: false)
        return ListPageResult(rows: page.rows.reversed(), hasMore: page.hasMore)
    }

    /// How many records the query's filter lets through, at most `cap`. An unfiltered or status-only count reads
    /// the kept totals; a filtered one visits every match, so pass `cap` to stop early and show "1,000+".
    public func count(_ query: StoreListQuery, cap: Int? = nil) throws -> Int {
        let counted = try count(query, upTo: cap)
        return cap.map { min(counted.count, max(0, $0)) } ?? counted.count
    }

    /// The count and whether it stopped at `cap` (the total is at least that). A kept total is exact whatever
    /// the cap, since reading it costs nothing.
    public func count(_ query: StoreListQuery, upTo cap: Int?) throws -> (count: Int, reachedCap: Bool) {
        let filter = try filter(of: query, bulkLoading: try isBulkLoading(query.kind))
        // Unfiltered and status-only totals are kept by triggers (LocalStore+ListCounts.swift): no walk at all.
        if let kept = try keptCount(query, filter) { return (kept, false) }
        let cap = cap.map { max(0, $0) }, table = ListTable(query.kind)
        // One snapshot for the matching shared texts and the count.
        let counted = try db.transaction(.deferred) {
            let text = ListPlanner.countSQL(table: table, filter: filter, statuses: try Self.statusValues(query),
                                            cap: cap, scope: try Self.scopeCondition(query),
                                            sharedMatches: try sharedMatches(filter, table))
            return try statement(text).scalar(text.binds)?.int64Value.map { Int($0) } ?? 0
        }
        return (counted, cap.map { counted >= $0 } ?? false)
    }

    /// The `EXPLAIN QUERY PLAN` lines of the first statement `page(query, after: key)` would run, for tests and
    /// diagnostics (e.g. checking that a sort is served by an index, not a temporary B-tree).
    public func queryPlan(_ query: StoreListQuery, after key: ListRowKey? = nil) throws -> [String] {
        try db.transaction(.deferred) {
            let planner = try planner(for: query, key: key, ascending: !query.sort.descending)
            guard let step = planner.segments.steps(after: key).first else { return [] }
            let text = planner.sql(step, limit: Self.limit(query) + 1)
            return try db.prepare("EXPLAIN QUERY PLAN " + text.sql).rows(text.binds) { $0.text(3) }
        }
    }

    // MARK: - Paging

    /// Fetches up to `limit + 1` rows past `key` in page order (the extra row only tells whether more exist),
    /// walking the segments' steps in order, all inside one read transaction so the page is one consistent
    /// snapshot.
    private func fetchPage(_ query: StoreListQuery, from key: ListRowKey?, forward: Bool) throws -> ListPageResult {
        let limit = Self.limit(query)
        return try db.transaction(.deferred) {
            let planner = try planner(for: query, key: key, ascending: forward != query.sort.descending)
            // Many matches are usually spread along the sort, and a walk soon fills a page; but matches bunched
            // far along it (an order id's start is its creation minute, sorted by creation time) would be walked
            // to, row by row. Past the budget the walk gives way to sorting the trigram index's matches.
            // The index is then asked for every trigram of the terms, the common ones too: they make fewer
            // matches to sort, and the walk may have had no trigram left to fall back on.
            guard query.strategy == .automatic, planner.driver == .sortIndex, planner.filter.mayUseSearchIndex
            else { return try rows(planner, after: key, limit: limit) }
            do {
                return try db.withStepBudget(thousands: listWalkBudget) { try rows(planner, after: key, limit: limit) }
            } catch is StepBudgetExceeded {
                // `mayUseSearchIndex` held, so the kind is not being bulk loaded.
                let everyTrigram = try filter(of: query, bulkLoading: false, commonTrigrams: true)
                return try rows(planner.driven(by: .searchIndex, filter: everyTrigram), after: key, limit: limit)
            }
        }
    }

    /// About how many thousand SQLite instructions a walk of the sort index may take before its page is found
    /// by the trigram index instead: some 20,000 rows checked, 20–100 ms at 1,000,000 orders.
    static let walkBudget = 1_000

    private func rows(_ planner: ListPlanner, after key: ListRowKey?, limit: Int) throws -> ListPageResult {
        var rows: [ListRow] = []
        for step in planner.segments.steps(after: key) where rows.count <= limit {
            let text = planner.sql(step, limit: limit + 1 - rows.count)
            rows += try statement(text).rows(text.binds) { planner.table.decode($0) }
        }
        return ListPageResult(rows: Array(rows.prefix(limit)), hasMore: rows.count > limit)
    }

    /// Checks the sort and key against the kind, and picks the driver for a filter with trigram terms.
    private func planner(for query: StoreListQuery, key: ListRowKey?, ascending: Bool) throws -> ListPlanner {
        let table = ListTable(query.kind)
        let sort = try ListSortSpec(query.kind, query.sort.column)
        if let key, !sort.fits(key.sortValue) {
            throw ListQueryError.keyDoesNotFitSort(query.sort.column, key.sortValue)
        }
        let bulkLoading = try isBulkLoading(query.kind)
        let filter = try filter(of: query, bulkLoading: bulkLoading)
        let driver: ListPlanner.Driver
        switch bulkLoading ? .sortIndexFirst : query.strategy {
        case .sortIndexFirst: driver = .sortIndex
        case .searchIndexFirst: driver = .searchIndex
        case .automatic:
            driver = try matchesAreFew(filter, table) ? .searchIndex
                : try amountsAreFew(filter, table) ? .amountIndex : .sortIndex
        }
        return ListPlanner(table: table, sort: sort, filter: filter, statuses: try Self.statusValues(query),
                           ascending: ascending, driver: driver, scope: try Self.scopeCondition(query),
                           sharedMatches: try sharedMatches(filter, table))
    }

    /// Each term's number among the kept matches of shared texts `%term%` matches (`SharedTextMatches`): the free
    /// terms of kinds whose terms check shared texts, and every `product:` value. Call it inside the query's read
    /// transaction.
    private func sharedMatches(_ filter: ListFilter, _ table: ListTable) throws -> [String: Int64] {
        var matches: [String: Int64] = [:]
        for term in (table.searchesSharedTexts ? filter.likeTerms : []) + filter.productTerms
        where matches[term] == nil {
            matches[term] = try sharedTextMatches.term(matching: "%" + term + "%", limit: SearchSource.cutLength,
                                                       in: db)
        }
        return matches
    }

    /// The query's filter; while its kind is bulk loaded, without the trigram index (which is not complete),
    /// and otherwise without the trigrams most rows hold (`withoutCommonTrigrams`) unless `commonTrigrams`.
    private func filter(of query: StoreListQuery, bulkLoading: Bool,
                        commonTrigrams: Bool = false) throws -> ListFilter {
        let filter = try ListFilter(query.filterText, kind: query.kind, clock: query.filterClock)
        if bulkLoading { return filter.withoutSearchIndex() }
        return commonTrigrams ? filter : try withoutCommonTrigrams(filter, query.kind)
    }

    /// Counts trigram matches up to `searchFirstLimit + 1`: a bounded probe (about a millisecond) that tells
    /// rare terms, best found through the search index, from common ones, best checked along the sort index.
    private func matchesAreFew(_ filter: ListFilter, _ table: ListTable) throws -> Bool {
        guard let match = filter.matchExpression else { return false }
        let probe = try db.cachedStatement(
            "SELECT count(*) FROM (SELECT 1 FROM \(table.search) WHERE \(table.search) MATCH ? LIMIT ?)")
        let found = try probe.scalar([.text(match), .integer(Int64(Self.searchFirstLimit + 1))])
        return (found?.int64Value ?? 0) <= Int64(Self.searchFirstLimit)
    }

    /// The same bounded probe for an orders' amount term, on `orders_by_amount`.
    private func amountsAreFew(_ filter: ListFilter, _ table: ListTable) throws -> Bool {
        guard let amount = filter.indexedAmount?.condition else { return false }
        // A store opened read-only before its migration has no such index (and `INDEXED BY` would fail).
        guard try db.hasSchemaObject("index", named: "orders_by_amount") else { return false }
        let probe = try db.cachedStatement("SELECT count(*) FROM (SELECT 1 FROM \(table.table) AS o "
            + "INDEXED BY orders_by_amount WHERE \(amount.term) LIMIT ?)")
        let found = try probe.scalar(amount.binds + [.integer(Int64(Self.searchFirstLimit + 1))])
        return (found?.int64Value ?? 0) <= Int64(Self.searchFirstLimit)
    }

    private func statement(_ text: ListPlanner.SQLText) throws -> Statement {
        text.cacheable ? try db.cachedStatement(text.sql) : try db.prepare(text.sql)
    }

    private static func limit(_ query: StoreListQuery) -> Int { min(max(query.limit, 1), 1_000) }

    /// The query's statuses as stored, without repeats (a repeated status would make a merged query return rows
    /// twice); a status of another kind is refused rather than silently matching nothing.
    static func statusValues(_ query: StoreListQuery) throws -> [String] {
        if let stray = query.statuses.first(where: { $0.kind != query.kind }) {
            throw ListQueryError.statusNotOfKind(stray, query.kind)
        }
        var seen = Set<String>()
        return query.statuses.map(\.rawValue).filter { seen.insert($0).inserted }
    }

    /// The query's attention scope as SQL; a scope of another kind is refused like a stray status.
    static func scopeCondition(_ query: StoreListQuery) throws -> AttentionConditions.Condition? {
        guard let scope = query.scope else { return nil }
        guard scope.item.kind == query.kind,
              let condition = AttentionConditions.condition(scope.item, clock: scope.clock) else {
            throw ListQueryError.scopeNotOfKind(scope.item.rawValue, query.kind)
        }
        return condition
    }
}
