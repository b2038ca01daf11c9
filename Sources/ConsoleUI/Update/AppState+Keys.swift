import SellerCore
import TermUI

// Keys: text prompts and the help overlay take keys first; otherwise the keymap turns a key into a command.
extension AppState {
    mutating func handleKey(_ key: Key) -> [Effect] {
        if case .mouse(let event) = key { return handleMouse(event) }
        if key == .resize { return [] }
        if let dialog {
            return layout.isTooSmall ? [] : handleDialogKey(key, dialog: dialog)
        }
        switch mode {
        case .filter(let input, let previous):
            return handleFilterKey(key, input: input, previous: previous)
        case .command(let input):
            return handleCommandKey(key, input: input)
        case .help(let offset):
            handleHelpKey(key, offset: offset)
            return []
        case .normal:
            break
        }
        guard let command = keymap.command(for: key) else { return [] }
        if layout.isTooSmall && command != .quit { return [] }
        return perform(command)
    }

    /// Runs a command of the keymap.
    public mutating func perform(_ command: Command) -> [Effect] {
        let rows = layout.visibleRows
        switch command {
        case .down: return move(lines: 1)
        case .up: return move(lines: -1)
        case .pageDown: return move(lines: focus == .detail ? layout.detailLines : rows)
        case .pageUp: return move(lines: focus == .detail ? -layout.detailLines : -rows)
        case .halfPageDown: return move(lines: max(1, (focus == .detail ? layout.detailLines : rows) / 2))
        case .halfPageUp: return move(lines: -max(1, (focus == .detail ? layout.detailLines : rows) / 2))
        case .top:
            if activeTab == .outbox { return outboxJump(toEnd: false) }
            if focus == .detail { scrollDetail(toEnd: false); return [] }
            return jumpToTop()
        case .bottom:
            if activeTab == .outbox { return outboxJump(toEnd: true) }
            if focus == .detail { scrollDetail(toEnd: true); return [] }
            return jumpToBottom()
        case .nextTab: return switchTab(to: ConsoleTab(rawValue: (activeTab.rawValue + 1) % ConsoleTab.allCases.count))
        case .previousTab:
            let count = ConsoleTab.allCases.count
            return switchTab(to: ConsoleTab(rawValue: (activeTab.rawValue + count - 1) % count))
        case .tab1, .tab2, .tab3, .tab4, .tab5, .tab6: return switchTab(to: command.tab)
        case .open:
            if activeTab == .outbox {
                if outbox.selectedItem != nil { focus = .detail }
                return []
            }
            if focus == .detail { return followLink() }
            guard activeList?.window.selectedRow != nil else { return [] }
            focus = .detail
            return []
        case .back:
            if activeTab == .exceptions, !exceptionMarks.isEmpty {
                exceptionMarks = .none
                return []
            }
            if focus == .detail { return goBack() }
            if let list = activeList, !list.query.filterText.isEmpty { return setFilter("") }
            return []
        case .nextLink, .previousLink:
            guard detail.record != nil else { return [] }
            focus = .detail
            selectLink(step: command == .nextLink ? 1 : -1)
            return []
        case .filter:
            guard let list = activeList else { return [] }
            mode = .filter(TextInputState(list.query.filterText, maxLength: 200), previous: list.query.filterText)
            return []
        case .quickFilter: return activeTab == .outbox ? cycleOutboxPreset() : cycleQuickFilter()
        case .sortNext: return cycleSort()
        case .sortReverse: return reverseSort()
        case .commandLine:
            mode = .command(TextInputState("", maxLength: 200))
            return []
        case .sync: return requestSync()
        case .help:
            mode = .help(offset: 0)
            return []
        case .quit:
            quitting = true
            return []
        case .mark, .markAll, .restart, .confirmRequirement, .rejectRequirement, .deliver, .acceptTicket,
             .replyTicket, .resolveTicket, .discard:
            return performAction(command)
        }
    }

    /// Moves the list selection, or scrolls the detail pane when it has the focus.
    mutating func move(lines: Int) -> [Effect] {
        if activeTab == .outbox { return moveOutbox(by: lines) }
        if focus == .detail {
            scrollDetail(by: lines)
            return []
        }
        return moveSelection(by: lines)
    }

    mutating func switchTab(to tab: ConsoleTab?) -> [Effect] {
        guard let tab, tab != activeTab || focus != .list || detail.isFollowing else { return [] }
        activeTab = tab
        focus = .list
        detail.trail = []
        let outboxEffects = tab == .outbox && (outbox.stale || !outbox.loaded) ? reloadOutbox() : []
        return prefetch(tab) + followSelection(forceReload: false) + outboxEffects
    }

    mutating func handleHelpKey(_ key: Key, offset: Int) {
        switch keymap.command(for: key) {
        case .down: mode = .help(offset: offset + 1)
        case .up: mode = .help(offset: max(0, offset - 1))
        case .pageDown, .halfPageDown: mode = .help(offset: offset + max(1, size.height / 2))
        case .pageUp, .halfPageUp: mode = .help(offset: max(0, offset - max(1, size.height / 2)))
        case .top: mode = .help(offset: 0)
        default: mode = .normal
        }
    }

    mutating func handleMouse(_ event: MouseEvent) -> [Effect] {
        guard case .normal = mode, !layout.isTooSmall else {
            if case .help = mode { mode = .normal }
            return []
        }
        let point = event.position
        let screen = layout
        switch event.kind {
        case .wheelUp, .wheelDown:
            let delta = event.kind == .wheelDown ? 3 : -3
            if screen.detail.contains(point) {
                scrollDetail(by: delta)
                return []
            }
            let height = screen.visibleRows
            withActiveList { $0.window.scrollView(by: delta, height: height) }
            return prefetch(activeTab) + followSelection(forceReload: false)
        case .click, .rightClick:
            if screen.tabBar.contains(point) {
                return switchTab(to: TabBarLayout(state: self).tab(atColumn: point.x))
            }
            if screen.detail.contains(point) {
                if detail.record != nil { focus = .detail }
                return []
            }
            let table = screen.tableArea
            guard table.contains(point), point.y > table.y, let list = activeList else { return [] }
            focus = .list
            let index = list.window.scroll + (point.y - table.y - 1)
            guard index < list.window.rows.count else { return [] }
            let height = screen.visibleRows
            withActiveList { $0.window.select(index, height: height) }
            return prefetch(activeTab) + followSelection(forceReload: false)
        }
    }
}
