import SellerCore

/// The sort of a list: a column of the kind and a direction. Ties are always broken by the record id in the same
/// direction, so the order is total and a keyset page never skips or repeats a row.
public struct ListSort: Hashable, Sendable {
    public var column: ListSortColumn
    public var descending: Bool

    public init(_ column: ListSortColumn, descending: Bool) {
        self.column = column
        self.descending = descending
    }

    /// `column` in the direction it prefers (`ListSortColumn.prefersDescending`).
    public init(_ column: ListSortColumn) {
        self.init(column, descending: column.prefersDescending)
    }

    /// What a list opens with: orders by creation and instances/tickets by last change, newest first;
    /// exceptions by last attempt, newest first; supervision by time on the current node, longest idle first.
    public static func defaultSort(for kind: EntityKind) -> ListSort {
        ListSort(ListSortColumn.columns(for: kind)[0])
    }

    /// The same column the other way round (`S`).
    public var reversed: ListSort { ListSort(column, descending: !descending) }
}

/// How a filter with search terms finds its rows. Both strategies return exactly the same rows (the terms are
/// always checked with LIKE on the search text); they differ only in speed, so this is a knob for benchmarks and
/// tests, not for users.
public enum TextSearchStrategy: String, Hashable, Sendable {
    /// Probe the trigram index: when few records match, start from them; otherwise walk the sort index.
    case automatic
    /// Walk the sort index in order and check each record's search text; stops after one page of matches.
    /// Best when matches are common.
    case sortIndexFirst
    /// Collect the records the trigram index matches (terms of 3+ characters), then sort them. Best when matches
    /// are rare. Without a 3+ character term there is nothing to collect, and the sort index is walked instead.
    case searchIndexFirst
}

/// One request for a page of a list: which kind, the filter the seller typed, the quick status filter and the
/// sort. Named `StoreListQuery` so it does not clash with MarketAPI's wire-level `ListQuery`.
public struct StoreListQuery: Hashable, Sendable {
    public var kind: EntityKind
    /// Space-separated terms, all of which must appear (case-insensitively for ASCII) in the record's search
    /// text: ids, customer and product names, Chinese status labels and so on. `%` and `_` are literal.
    /// Terms named after a `FilterField` (`created:7d`, `amount:>10000`, `customer:ID`) are column conditions
    /// instead (`FilterParser`); a malformed one makes the query throw `ListFilterError.malformed`.
    public var filterText: String
    /// Statuses of `kind` (an order's status, an exception's state, a task's node, …); a record matches if its
    /// status is any of them. Empty means every status.
    public var statuses: [ListStatus]
    public var sort: ListSort
    /// Rows per page; clamped to 1...1000.
    public var limit: Int
    public var strategy: TextSearchStrategy
    /// An overview line's condition the list is narrowed to (nil: none); the seller sees it in the title and
    /// clears it with Esc.
    public var scope: AttentionScope?
    /// The local zone the filter's dates are days of, and the `now` its spans (`created:7d`) count back from
    /// (`FilterParser`). Nil: days at +08:00, spans refused.
    public var filterClock: FilterClock?

    public init(kind: EntityKind, filterText: String = "", statuses: [ListStatus] = [], sort: ListSort? = nil,
                limit: Int = 100, strategy: TextSearchStrategy = .automatic, scope: AttentionScope? = nil,
                filterClock: FilterClock? = nil) {
        self.filterClock = filterClock
        self.kind = kind
        self.filterText = filterText
        self.statuses = statuses
        self.sort = sort ?? ListSort.defaultSort(for: kind)
        self.limit = limit
        self.strategy = strategy
        self.scope = scope
    }

    /// Whether the query narrows the list at all (an unfiltered list can be counted cheaply).
    public var isFiltered: Bool {
        !statuses.isEmpty || scope != nil || filterText.contains { !$0.isWhitespace }
    }
}
