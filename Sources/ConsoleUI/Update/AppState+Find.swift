import ListContract
import SellerCore
import TermUI

// Finding things: the live `/` filter, the quick status filters and the sort.
extension AppState {
    mutating func handleFilterKey(_ key: Key, input: TextInputState, previous: String) -> [Effect] {
        var input = input
        switch key {
        case .enter:
            mode = .normal
            return []
        case .escape:
            mode = .normal
            return setFilter(previous)
        case .ctrl("u"):
            input.setText("")
        default:
            guard input.handle(key) else { return [] }
        }
        mode = .filter(input, previous: previous)
        return setFilter(input.text)
    }

    /// Sets the active list's filter text (applied as typed: each keystroke asks for a new first page).
    mutating func setFilter(_ text: String) -> [Effect] {
        guard var query = activeList?.query else { return [] }
        query.filterText = text
        return apply(query, to: activeTab)
    }

    mutating func cycleQuickFilter() -> [Effect] {
        guard var list = activeList else { return [] }
        let presets = QuickFilter.presets(for: list.query.kind)
        list.quickFilterIndex = (list.quickFilterIndex + 1) % max(1, presets.count)
        tabs[activeTab] = list
        return applyQuickFilter(list.quickFilterIndex)
    }

    mutating func applyQuickFilter(_ index: Int) -> [Effect] {
        guard var list = activeList else { return [] }
        let presets = QuickFilter.presets(for: list.query.kind)
        guard presets.indices.contains(index) else { return [] }
        list.quickFilterIndex = index
        tabs[activeTab] = list
        var query = list.query
        query.statuses = presets[index].statuses
        return apply(query, to: activeTab)
    }

    mutating func cycleSort() -> [Effect] {
        guard var query = activeList?.query else { return [] }
        let columns = ListSortColumn.columns(for: query.kind)
        let index = columns.firstIndex(of: query.sort.column) ?? -1
        query.sort = ListSort(columns[(index + 1) % columns.count])
        return apply(query, to: activeTab)
    }

    mutating func reverseSort() -> [Effect] {
        guard var query = activeList?.query else { return [] }
        query.sort = query.sort.reversed
        return apply(query, to: activeTab)
    }

    /// Sets the sort from the command line (`:sort createTime asc`); false when the column is unknown here.
    mutating func setSort(columnName: String, direction: String?) -> [Effect]? {
        guard var query = activeList?.query else { return nil }
        guard let column = ListSortColumn.parse(columnName, for: query.kind) else { return nil }
        switch direction?.lowercased() {
        case "asc", "up": query.sort = ListSort(column, descending: false)
        case "desc", "down": query.sort = ListSort(column, descending: true)
        default: query.sort = ListSort(column)
        }
        return apply(query, to: activeTab)
    }
}
