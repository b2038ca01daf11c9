import ListContract
import SellerCore
import TermUI

// What joins the 概览 Overview to the rest of the console: its counts follow the store and the clock, and Enter
// on a line opens the list it counts, filtered to it with a filter the seller can see and clear.
extension AppState {
    /// The clock the attention conditions are measured at: now, in the seller's month.
    public var attentionClock: AttentionClock { AttentionClock(now: now, utcOffsetSeconds: utcOffsetSeconds) }

    /// Reads the counts again (after a store change, or when the clock calls for it).
    mutating func reloadOverview() -> [Effect] { overview.reload(attentionClock) }

    /// Keys on the overview tab: moving walks the lines, Enter opens the selected one.
    mutating func overviewMove(lines: Int) -> [Effect] {
        overview.move(by: lines)
        return []
    }

    mutating func overviewJump(toEnd: Bool) -> [Effect] {
        overview.select(toEnd ? OverviewLine.all.count - 1 : 0)
        return []
    }

    /// A click on the overview's body selects the line under it (Enter then opens it).
    mutating func overviewClick(at point: Position) -> [Effect] {
        let area = OverviewPane.area(layout)
        let geometry = OverviewGeometry(inner: OverviewPane.block(self).inner(area))
        if let index = geometry.line(at: point) { overview.select(index) }
        return []
    }

    /// Enter on a line: its list, filtered to what it counts.
    mutating func openOverviewLine() -> [Effect] {
        let line = overview.selectedLine
        switch line.target {
        case .status(let tab, let preset):
            var effects = switchTab(to: tab)
            guard var list = lists.tabs[tab], list.query.scope != nil || !list.query.filterText.isEmpty
                || list.quickFilter.name != preset else { return effects }
            let presets = QuickFilter.presets(for: list.query.kind)
            guard let index = presets.firstIndex(where: { $0.name == preset }),
                  var query = list.choosingQuickFilter(index) else { return effects }
            query.scope = nil
            query.filterText = ""
            lists.tabs[tab] = list
            effects += apply(query, to: tab)
            return effects
        case .scope(let tab):
            var effects = switchTab(to: tab)
            guard var list = lists.tabs[tab] else { return effects }
            let presets = QuickFilter.presets(for: list.query.kind)
            var query = presets.firstIndex(of: .all).flatMap { list.choosingQuickFilter($0) } ?? list.query
            query.filterText = ""
            query.scope = AttentionScope(line.item, clock: attentionClock)
            if let sort = line.sort { query.sort = sort }
            lists.tabs[tab] = list
            effects += apply(query, to: tab)
            return effects
        case .outbox(let states):
            let effects = switchTab(to: .outbox)
            guard let index = OutboxListState.presets.firstIndex(where: { $0.states == states }),
                  index != outbox.presetIndex else { return effects }
            outbox.presetIndex = index
            outbox.detailScroll = 0
            return effects + outbox.reloadFromTop()
        case .command(let name):
            return run(name)
        }
    }

    /// Esc on a list narrowed to an overview line: back to the whole list (its status preset stays).
    mutating func clearScope() -> [Effect] {
        guard let list = activeList, list.query.scope != nil else { return [] }
        var query = list.query
        query.scope = nil
        return apply(query, to: activeTab)
    }
}
