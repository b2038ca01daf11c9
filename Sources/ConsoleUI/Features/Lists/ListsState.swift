import ListContract
import SellerCore

/// The lists feature: the five record lists with their queries, loaded windows and requests in flight. It
/// answers its own messages (windows, pages, counts, failures) and knows nothing of the detail pane or the
/// dialogs; the root follows the selection after a change here. Every method takes the table's height in rows.
public struct ListsState: Equatable, Sendable {
    public internal(set) var tabs: [ConsoleTab: TabState]
    /// Keys waiting for a page a move ran into (see `HeldKeys`).
    public internal(set) var held = HeldKeys()

    public init() {
        var tabs: [ConsoleTab: TabState] = [:]
        for kind in EntityKind.allCases { tabs[ConsoleTab(kind: kind)] = TabState(kind: kind) }
        self.tabs = tabs
    }

    /// Replaces a tab's window with one loaded at `anchor`, and recounts it.
    mutating func reload(_ tab: ConsoleTab, anchor: WindowAnchor, height: Int) -> [Effect] {
        guard var list = tabs[tab] else { return [] }
        list.generation += 1
        list.loadingWindow = true
        list.loadingAbove = false
        list.loadingBelow = false
        tabs[tab] = list
        let request = WindowRequest(tab: tab, query: list.query, anchor: anchor, generation: list.generation,
                                    rows: height)
        return [.loadWindow(request), .loadCount(tab: tab, query: list.query, generation: list.generation)]
    }

    /// Gives a tab a new query (filter, status preset or sort): the list starts again from the top. Nothing
    /// happens when the query is the same.
    mutating func replaceQuery(_ query: StoreListQuery, of tab: ConsoleTab, height: Int) -> [Effect] {
        guard let list = tabs[tab], list.query != query else { return [] }
        tabs[tab]?.query = query
        tabs[tab]?.total = nil
        return reload(tab, anchor: .top, height: height)
    }

    /// Reloads the lists of `kinds` around their selection (the store changed under them).
    mutating func refresh(_ kinds: Set<EntityKind>, height: Int) -> [Effect] {
        var effects: [Effect] = []
        for tab in ConsoleTab.allCases {
            guard let kind = tab.entityKind, kinds.contains(kind), let list = tabs[tab] else { continue }
            if let row = list.window.selectedRow, !(list.window.atTop && list.window.selected == 0) {
                effects += reload(tab, anchor: .around(row.key, above: ListWindow.pageSize), height: height)
            } else {
                effects += reload(tab, anchor: .top, height: height)
            }
        }
        return effects
    }

    /// A count arrived; one for a superseded query is dropped.
    mutating func receiveCount(_ tab: ConsoleTab, generation: Int, count: Int, capped: Bool) {
        guard var list = tabs[tab], list.generation == generation else { return }
        list.total = count
        list.totalCapped = capped
        if !capped { list.window.alignToTotal(count) }
        tabs[tab] = list
    }

    /// A query failed (`error`) or the store refused the filter (`filterError`): nothing is loading any more.
    mutating func stopLoading(_ tab: ConsoleTab, error: String? = nil, filterError: String? = nil) {
        tabs[tab]?.loadingWindow = false
        tabs[tab]?.loadingBelow = false
        tabs[tab]?.loadingAbove = false
        if let error { tabs[tab]?.error = error }
        if let filterError { tabs[tab]?.filterError = filterError }
    }

    /// Keeps every selection on screen after a resize.
    mutating func keepVisible(height: Int) {
        for tab in ConsoleTab.allCases { tabs[tab]?.window.keepVisible(height: height) }
    }

    /// Changes a tab's window in place (move, select, scroll), then fetches what that brings near.
    mutating func changeWindow(_ tab: ConsoleTab, height: Int, _ change: (inout ListWindow) -> Void) -> [Effect] {
        guard var list = tabs[tab] else { return [] }
        change(&list.window)
        tabs[tab] = list
        return prefetch(tab, height: height)
    }

    /// Moves the selection one row down without fetching (Space after marking a row; the next move fetches).
    mutating func advance(_ tab: ConsoleTab, height: Int) {
        tabs[tab]?.window.move(by: 1, height: height)
    }

    /// `g` / `G`: selects the first or last row when that end is loaded (`moved`), else loads that end.
    mutating func jump(_ tab: ConsoleTab, toEnd: Bool, height: Int) -> (effects: [Effect], moved: Bool) {
        guard let list = tabs[tab] else { return ([], false) }
        if toEnd ? list.window.atBottom : list.window.atTop {
            let index = toEnd ? list.window.rows.count - 1 : 0
            return (changeWindow(tab, height: height) { $0.select(index, height: height) }, true)
        }
        return (reload(tab, anchor: toEnd ? .bottom : .top, height: height), false)
    }
}
