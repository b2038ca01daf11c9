import SellerCore
import TermUI

// The mouse: the wheel scrolls the pane under it, a click selects a tab, a row or the detail pane.
extension AppState {
    mutating func handleMouse(_ event: MouseEvent) -> [Effect] {
        guard case .normal = prompt.mode, !layout.isTooSmall else {
            if case .help = prompt.mode { prompt.close() }
            return []
        }
        let point = event.position
        let screen = layout
        let height = screen.visibleRows
        switch event.kind {
        case .wheelUp, .wheelDown:
            let delta = event.kind == .wheelDown ? 3 : -3
            if screen.detail.contains(point) {
                detail.scroll(by: delta, viewport: detailViewport)
                return []
            }
            let effects = lists.changeWindow(activeTab, height: height) { $0.scrollView(by: delta, height: height) }
            return effects + followSelection(forceReload: false)
        case .click, .rightClick:
            if screen.tabBar.contains(point) {
                return switchTab(to: TabBarLayout(state: self).tab(atColumn: point.x))
            }
            if activeTab == .overview { return overviewClick(at: point) }
            if screen.detail.contains(point) {
                if detail.record != nil { focus = .detail }
                return []
            }
            let table = screen.tableArea
            guard table.contains(point), point.y > table.y, let list = activeList else { return [] }
            focus = .list
            let index = list.window.scroll + (point.y - table.y - 1)
            guard index < list.window.rows.count else { return [] }
            let effects = lists.changeWindow(activeTab, height: height) { $0.select(index, height: height) }
            return effects + followSelection(forceReload: false)
        }
    }
}
