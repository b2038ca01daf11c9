import ListContract
import SellerCore
import TermUI

// Loading, paging and refreshing the lists.
extension AppState {
    /// Replaces a tab's window with one loaded at `anchor`, and recounts it.
    mutating func reload(_ tab: ConsoleTab, anchor: WindowAnchor) -> [Effect] {
        guard var list = tabs[tab] else { return [] }
        list.generation += 1
        list.loadingWindow = true
        list.loadingAbove = false
        list.loadingBelow = false
        tabs[tab] = list
        let request = WindowRequest(tab: tab, query: list.query, anchor: anchor, generation: list.generation)
        return [.loadWindow(request), .loadCount(tab: tab, query: list.query, generation: list.generation)]
    }

    /// Applies a new query (filter, status preset or sort) to a tab: the list starts again from the top.
    mutating func apply(_ query: StoreListQuery, to tab: ConsoleTab) -> [Effect] {
        guard let list = tabs[tab], list.query != query else { return [] }
        if tab == .exceptions, case .allMatching = exceptionMarks { exceptionMarks = .none }
        tabs[tab]?.query = query
        tabs[tab]?.total = nil
        return reload(tab, anchor: .top)
    }

    /// Reloads every list around its selection (the store changed under it), at most once a second unless
    /// forced; a refresh asked for too soon is remembered and done on a later tick.
    mutating func refreshIfDue(force: Bool, onlyPending: Bool = false) -> [Effect] {
        if onlyPending && !refreshPending { return [] }
        if !force, let last = sync.lastRefreshAt, now.millis - last.millis < 1000 {
            refreshPending = true
            return []
        }
        refreshPending = false
        sync.lastRefreshAt = now
        var effects: [Effect] = []
        for tab in ConsoleTab.allCases where tab.entityKind != nil {
            guard let list = tabs[tab] else { continue }
            if let row = list.window.selectedRow, !(list.window.atTop && list.window.selected == 0) {
                effects += reload(tab, anchor: .around(row.key, above: ListWindow.pageSize))
            } else {
                effects += reload(tab, anchor: .top)
            }
        }
        effects += [.loadOutboxCount, .loadUploads]
        if activeTab == .outbox { effects += reloadOutbox() } else { outbox.stale = true }
        if let target = detail.target {
            detail.generation += 1
            effects.append(.loadDetail(DetailRequest(kind: target.kind, id: target.id, generation: detail.generation)))
        }
        return effects
    }

    mutating func receiveWindow(_ response: WindowResponse) -> [Effect] {
        let tab = response.request.tab
        guard var list = tabs[tab], list.generation == response.request.generation else { return [] }
        let height = layout.visibleRows
        let old = list.window
        let selecting: Int
        let screenRow: Int
        var firstIndex: Int?
        switch response.request.anchor {
        case .top:
            selecting = 0
            screenRow = 0
            firstIndex = 0
        case .bottom:
            selecting = response.rows.count - 1
            screenRow = height - 1
            firstIndex = list.totalCapped ? nil : list.total.map { max(0, $0 - response.rows.count) }
        case .around:
            let keptID = old.selectedRow?.id
            selecting = response.rows.firstIndex { $0.id == keptID } ?? response.anchorIndex
            screenRow = old.selected - old.scroll
            firstIndex = old.selectedIndex.map { max(0, $0 - selecting) }
        }
        list.window.reset(rows: response.rows, atTop: response.atTop, atBottom: response.atBottom,
                          selecting: selecting, screenRow: screenRow, firstIndex: firstIndex, height: height)
        list.loadingWindow = false
        list.loaded = true
        list.error = nil
        list.filterError = nil
        tabs[tab] = list
        var effects = prefetch(tab)
        if tab == activeTab { effects += followSelection(forceReload: false) }
        return effects
    }

    mutating func receivePage(_ request: PageRequest, _ page: ListPageResult) -> [Effect] {
        guard var list = tabs[request.tab], list.generation == request.generation else { return [] }
        let height = layout.visibleRows
        switch request.direction {
        case .below:
            list.loadingBelow = false
            guard list.window.rows.last?.key == request.key else { return [] }
            list.window.appendPage(page, height: height)
        case .above:
            list.loadingAbove = false
            guard list.window.rows.first?.key == request.key else { return [] }
            list.window.prependPage(page, height: height)
        }
        tabs[request.tab] = list
        return prefetch(request.tab)
    }

    /// Asks for the next page at whichever end the selection is approaching.
    mutating func prefetch(_ tab: ConsoleTab) -> [Effect] {
        guard var list = tabs[tab], list.loaded, !list.loadingWindow else { return [] }
        let height = layout.visibleRows
        var effects: [Effect] = []
        if !list.loadingBelow, list.window.needsRowsBelow(height: height), let key = list.window.rows.last?.key {
            list.loadingBelow = true
            effects.append(.loadPage(PageRequest(tab: tab, query: list.query, direction: .below, key: key,
                                                 generation: list.generation)))
        }
        if !list.loadingAbove, list.window.needsRowsAbove(height: height), let key = list.window.rows.first?.key {
            list.loadingAbove = true
            effects.append(.loadPage(PageRequest(tab: tab, query: list.query, direction: .above, key: key,
                                                 generation: list.generation)))
        }
        tabs[tab] = list
        return effects
    }

    /// Moves the active list's selection and fetches what the move brings near.
    mutating func moveSelection(by delta: Int) -> [Effect] {
        let height = layout.visibleRows
        withActiveList { $0.window.move(by: delta, height: height) }
        return prefetch(activeTab) + followSelection(forceReload: false)
    }

    mutating func jumpToTop() -> [Effect] {
        guard let list = activeList else { return [] }
        if list.window.atTop {
            let height = layout.visibleRows
            withActiveList { $0.window.select(0, height: height) }
            return prefetch(activeTab) + followSelection(forceReload: false)
        }
        return reload(activeTab, anchor: .top)
    }

    mutating func jumpToBottom() -> [Effect] {
        guard let list = activeList else { return [] }
        if list.window.atBottom {
            let height = layout.visibleRows
            withActiveList { $0.window.select(list.window.rows.count - 1, height: height) }
            return prefetch(activeTab) + followSelection(forceReload: false)
        }
        return reload(activeTab, anchor: .bottom)
    }
}
