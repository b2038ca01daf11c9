import ListContract
import SellerCore

// Finding things in one list: the queries the `/` filter, the quick status filters and the sort lead to. The
// root applies them (`AppState.apply`), which reloads the list.
extension TabState {
    func filtered(_ text: String) -> StoreListQuery {
        var query = query
        query.filterText = text
        return query
    }

    /// The query of status preset `index` (nil when there is none), remembering the choice.
    mutating func choosingQuickFilter(_ index: Int) -> StoreListQuery? {
        let presets = QuickFilter.presets(for: query.kind)
        guard presets.indices.contains(index) else { return nil }
        quickFilterIndex = index
        var query = query
        query.statuses = presets[index].statuses
        return query
    }

    /// The index of the preset after the current one.
    var nextQuickFilterIndex: Int {
        (quickFilterIndex + 1) % max(1, QuickFilter.presets(for: query.kind).count)
    }

    var sortedByNextColumn: StoreListQuery {
        var query = query
        let columns = ListSortColumn.columns(for: query.kind)
        let index = columns.firstIndex(of: query.sort.column) ?? -1
        query.sort = ListSort(columns[(index + 1) % columns.count])
        return query
    }

    var sortReversed: StoreListQuery {
        var query = query
        query.sort = query.sort.reversed
        return query
    }

    /// The sort typed on the command line (`:sort createTime asc`); nil when the column is unknown here.
    func sorted(columnName: String, direction: String?) -> StoreListQuery? {
        var query = query
        guard let column = ListSortColumn.parse(columnName, for: query.kind) else { return nil }
        switch direction?.lowercased() {
        case "asc", "up": query.sort = ListSort(column, descending: false)
        case "desc", "down": query.sort = ListSort(column, descending: true)
        default: query.sort = ListSort(column)
        }
        return query
    }
}
