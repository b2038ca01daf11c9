import ListContract
import SellerCore

// Windows and pages from the store: an answer to a superseded request (older generation, or a page for an end
// that moved meanwhile) is dropped.
extension ListsState {
    /// Takes a loaded window, keeping the selection where it was on screen; false when the answer was dropped.
    mutating func receive(_ response: WindowResponse, height: Int) -> (effects: [Effect], taken: Bool) {
        let tab = response.request.tab
        guard var list = tabs[tab], list.generation == response.request.generation else { return ([], false) }
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
        return (prefetch(tab, height: height), true)
    }

    mutating func receive(_ request: PageRequest, _ page: ListPageResult, height: Int) -> [Effect] {
        guard var list = tabs[request.tab], list.generation == request.generation else { return [] }
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
        return prefetch(request.tab, height: height)
    }

    /// Asks for the next page at whichever end the selection is approaching.
    mutating func prefetch(_ tab: ConsoleTab, height: Int) -> [Effect] {
        guard var list = tabs[tab], list.loaded, !list.loadingWindow else { return [] }
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
}
