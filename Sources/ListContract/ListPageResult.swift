/// One page of a list, always in display order (first row on top), whichever direction it was fetched in.
public struct ListPageResult: Hashable, Sendable {
    public var rows: [ListRow]
    /// Whether more rows exist beyond this page in the direction it was fetched: below the last row for
    /// `page(_:after:)`, above the first row for `page(_:before:)`.
    public var hasMore: Bool

    public init(rows: [ListRow], hasMore: Bool) {
        self.rows = rows
        self.hasMore = hasMore
    }

    /// For a page fetched with `after:` the key to fetch the next page with, nil at the end of the list.
    public var nextKey: ListRowKey? { hasMore ? rows.last?.key : nil }

    /// For a page fetched with `before:` the key to fetch the page above with, nil at the top of the list.
    public var previousKey: ListRowKey? { hasMore ? rows.first?.key : nil }
}
