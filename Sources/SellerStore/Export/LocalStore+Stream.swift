import ListContract

/// Every row of a list, for exports: the same keyset pages the console scrolls through, handed over one page at a
/// time, so a million rows pass in the memory of one page (docs/ARCHITECTURE.md §6).
extension LocalStore {
    /// Calls `body` with each page of `query`'s list in its order, from the first row, until the list ends or
    /// `limit` rows have been handed over; `query.limit` is the page size. Rows written meanwhile never make a
    /// page skip or repeat a row, since each page starts after the last key seen.
    @discardableResult
    public func forEachPage(_ query: StoreListQuery, limit: Int? = nil,
                            _ body: ([ListRow]) throws -> Void) throws -> StreamedRows {
        var query = query
        let pageSize = query.limit
        var key: ListRowKey?
        var streamed = StreamedRows()
        repeat {
            if let limit { query.limit = min(pageSize, limit - streamed.count) }
            guard query.limit > 0 else { break }
            let page = try self.page(query, after: key)
            if !page.rows.isEmpty { try body(page.rows) }
            streamed.count += page.rows.count
            streamed.more = page.hasMore
            key = page.nextKey
        } while key != nil && streamed.count < limit ?? .max
        return streamed
    }
}

/// What `forEachPage` handed over: how many rows, and whether more matched beyond a limit.
public struct StreamedRows: Hashable, Sendable {
    public var count = 0
    public var more = false

    public init() {}
}
