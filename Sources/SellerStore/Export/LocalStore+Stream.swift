import ListContract

/// Every row of a list, for exports: the same keyset pages the console scrolls through, handed over one page at a
/// time, so a million rows pass in the memory of one page (docs/ARCHITECTURE.md §6).
extension LocalStore {
    /// Calls `body` with each page of `query`'s list in its order, from the first row, until the list ends or
    /// `limit` rows have been handed over; `query.limit` is the page size. Returns the number of rows. Rows
    /// written meanwhile never make a page skip or repeat a row, since each page starts after the last key seen.
    @discardableResult
    public func forEachPage(_ query: StoreListQuery, limit: Int? = nil,
                            _ body: ([ListRow]) throws -> Void) throws -> Int {
        var query = query
        let pageSize = query.limit
        var key: ListRowKey?
        var handed = 0
        repeat {
            if let limit { query.limit = min(pageSize, limit - handed) }
            guard query.limit > 0 else { break }
            let page = try self.page(query, after: key)
            if !page.rows.isEmpty { try body(page.rows) }
            handed += page.rows.count
            key = page.nextKey
        } while key != nil && handed < limit ?? .max
        return handed
    }
}
