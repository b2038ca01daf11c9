import ListContract
import TermUI

/// The tab bar as drawn for a state: titles with counts and a spinner while a tab's first rows load. Used
/// to draw it and to find which tab a click hit.
struct TabBarLayout {
    var tabs: Tabs
    var area: Rect
    var policy: WidthPolicy

    init(state: AppState) {
        let items = ConsoleTab.allCases.map { tab -> Tabs.Item in
            let list = state.tabs[tab]
            let titles = tab.barTitles(state.language)
            return Tabs.Item(titles[0], middleTitle: titles[1], shortTitle: titles[2], hotkey: tab.hotkey,
                             loading: list.map { !$0.loaded && $0.loadingWindow } ?? false,
                             countText: Self.countText(tab, state))
        }
        tabs = Tabs(items, selected: state.activeTab.rawValue, tick: state.tick)
        area = state.layout.tabBar
        policy = state.policy
    }

    func tab(atColumn column: Int) -> ConsoleTab? {
        tabs.tab(atColumn: column, in: area, policy: policy).flatMap { ConsoleTab(rawValue: $0) }
    }

    /// A tab's count is always all it holds; with a filter (text, status, overview line, outbox preset) the rows
    /// that pass come first: `12/340`. The totals come with the overview's counts (`AttentionCounts.totals`).
    static func countText(_ tab: ConsoleTab, _ state: AppState) -> String? {
        let attention = state.overview.counts
        if tab == .outbox {
            guard let attention else { return nil }
            let total = CountFormat.grouped(attention.outboxTotal)
            let states = state.outbox.preset.states
            return states.isEmpty ? total : CountFormat.grouped(attention.outboxCount(states: states)) + "/" + total
        }
        guard let list = state.tabs[tab], let kind = tab.entityKind else { return nil }
        let matching = list.total.map { (list.totalCapped ? "≥" : "") + CountFormat.grouped($0) }
        guard list.query.isFiltered else { return matching ?? attention?.totals[kind].map(CountFormat.grouped) }
        guard let total = attention?.totals[kind].map(CountFormat.grouped) else { return matching }
        return (matching ?? "…") + "/" + total
    }
}
