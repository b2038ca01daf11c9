import ListContract
import SellerCore

/// What a seller set on one list: the `/` filter, the status preset (`f`, `:status`) and the sort. A saved view
/// and the remembered state of each tab are both this, so applying either is one code path.
public struct TabView: Hashable, Sendable {
    public var filter: String
    /// A preset's name (`QuickFilter.name`); nil: the tab's first preset.
    public var status: String?
    /// nil: the list's default sort.
    public var sort: ListSortColumn?
    /// nil: the column's usual direction.
    public var descending: Bool?

    public init(filter: String = "", status: String? = nil, sort: ListSortColumn? = nil, descending: Bool? = nil) {
        self.filter = filter
        self.status = status
        self.sort = sort
        self.descending = descending
    }

    /// What `tab` shows now (the overview's scope is a passing narrowing and is not kept).
    init(_ tab: TabState) {
        filter = tab.query.filterText
        status = tab.quickFilter.name
        sort = tab.query.sort.column
        descending = tab.query.sort.descending
    }

    /// The preset index `status` names on `kind`; nil when it names none.
    static func presetIndex(_ status: String, kind: EntityKind) -> Int? {
        QuickFilter.presets(for: kind).firstIndex { $0.matches(status) }
    }
}

extension TabState {
    /// This tab showing `view` from the top: its query and preset, the rest (window, counts) left to the reload
    /// that follows. A filter gets the clock it is read at, as one typed now (`created:7d` counts from now).
    func showing(_ view: TabView, clock: FilterClock) -> (query: StoreListQuery, presetIndex: Int) {
        let kind = query.kind
        let presets = QuickFilter.presets(for: kind)
        let index = view.status.flatMap { TabView.presetIndex($0, kind: kind) } ?? 0
        var query = StoreListQuery(kind: kind, statuses: presets.indices.contains(index) ? presets[index].statuses : [],
                                   limit: self.query.limit, strategy: self.query.strategy)
        query.filterText = view.filter
        query.filterClock = view.filter.allSatisfy(\.isWhitespace) ? nil : clock
        if let column = view.sort, ListSortColumn.columns(for: kind).contains(column) {
            query.sort = view.descending.map { ListSort(column, descending: $0) } ?? ListSort(column)
        } else if let descending = view.descending {
            query.sort = ListSort(query.sort.column, descending: descending)
        }
        return (query, index)
    }
}

extension AppState {
    /// Puts `view` on `tab`'s list (reloading it when the query changed).
    mutating func show(_ view: TabView, on tab: ConsoleTab) -> [Effect] {
        guard let list = lists.tabs[tab] else { return [] }
        let (query, index) = list.showing(view, clock: FilterClock(now: now, utcOffsetSeconds: utcOffsetSeconds))
        lists.tabs[tab]?.quickFilterIndex = index
        return apply(query, to: tab)
    }
}
