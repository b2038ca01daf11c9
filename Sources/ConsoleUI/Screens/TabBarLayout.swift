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
            let count = tab == .outbox ? state.outboxCount : list?.total
            return Tabs.Item(tab.title + " " + tab.englishTitle, shortTitle: tab.shortTitle, hotkey: tab.hotkey,
                             count: count, loading: list.map { !$0.loaded && $0.loadingWindow } ?? false)
        }
        tabs = Tabs(items, selected: state.activeTab.rawValue, tick: state.tick)
        area = state.layout.tabBar
        policy = state.policy
    }

    func tab(atColumn column: Int) -> ConsoleTab? {
        tabs.tab(atColumn: column, in: area, policy: policy).flatMap { ConsoleTab(rawValue: $0) }
    }
}
