import Localization
import SellerCore
import TermUI

/// The list pane: a bordered table of the rows on screen (only those are turned into cells), its title
/// naming the tab, the active filter, status preset and sort, and the position on the right.
enum ListPane {
    static func render(_ state: AppState, in area: Rect, into buffer: inout Buffer) {
        guard let list = state.activeList else { return }
        let focused = state.focus == .list && state.mode.isNormalOrPrompt && state.dialog == nil
        let block = Block(title: title(state.activeTab, list, markedText: markedText(state))(state.language),
                          rightTitle: position(list),
                          focused: focused)
        buffer.render(block, in: area)
        let inner = block.inner(area)
        let window = list.window
        let height = max(0, inner.height - 1)
        let visible = window.rows.dropFirst(window.scroll).prefix(height)
        let context = state.displayContext
        let kind = list.query.kind
        let marks = state.activeTab == .exceptions && !state.exceptionMarks.isEmpty ? state.exceptionMarks : nil
        let table = Table(
            columns: ListPresentation.columns(for: kind, rows: visible, context: context),
            rows: visible.map { row in
                ListPresentation.row(row, context: context, marked: marks.map { $0.contains(row.id) })
            },
            selected: window.rows.isEmpty ? nil : window.selected - window.scroll,
            focused: focused,
            sort: ListPresentation.tableSort(for: kind, sort: list.query.sort, language: context.language),
            total: scrollTotal(list),
            offset: (window.firstIndex ?? 0) + window.scroll,
            emptyText: emptyText(list, keymap: state.keymap)(state.language),
            highlight: list.query.filterText)
        buffer.render(table, in: inner)
    }

    /// `订单 · 筛选「华为」 · 状态 已完成 · 创建时间 ↓`
    static func title(_ tab: ConsoleTab, _ list: TabState, markedText: Phrase? = nil) -> Phrase {
        var parts = [tab.title]
        let filter = TextSanitizer.sanitize(list.query.filterText)
        if !filter.isEmpty { parts.append(ScreenPaneText.filter(filter)) }
        if !list.query.statuses.isEmpty { parts.append(ScreenPaneText.status(list.quickFilter.label)) }
        if let scope = list.query.scope { parts.append(ScreenPaneText.scope(OverviewLine(scope.item).label)) }
        if let marked = markedText { parts.append(marked) }
        let kind = list.query.kind
        parts.append(Phrase(zh: ListPresentation.sortCaption(for: kind, sort: list.query.sort, language: .zh),
                            en: ListPresentation.sortCaption(for: kind, sort: list.query.sort, language: .en)))
        return Phrase.joined(parts, chineseSeparator: " · ", englishSeparator: " · ")
    }

    /// `已标记 3` / `已标记全部`, while the Exceptions tab has marks.
    static func markedText(_ state: AppState) -> Phrase? {
        guard state.activeTab == .exceptions else { return nil }
        switch state.exceptionMarks {
        case .none: return nil
        case .rows(let rows): return ScreenPaneText.marked(rows.count)
        case .allMatching: return ScreenPaneText.markedAll
        }
    }

    /// `1,234/1,000,000` (position of the selection and the count), `…` while counting, `≥10,000` when capped.
    static func position(_ list: TabState) -> String {
        let total: String
        switch (list.total, list.totalCapped) {
        case (let count?, false): total = CountFormat.grouped(count)
        case (let count?, true): total = "≥" + CountFormat.grouped(count)
        case (nil, _): total = "…"
        }
        guard !list.window.rows.isEmpty else { return list.loaded ? total : "" }
        let index = list.window.selectedIndex.map { CountFormat.grouped($0 + 1) } ?? "?"
        return "\(index)/\(total)"
    }

    static func scrollTotal(_ list: TabState) -> Int {
        let loadedEnd = (list.window.firstIndex ?? 0) + list.window.rows.count
        return max(list.total ?? 0, loadedEnd)
    }

    static func emptyText(_ list: TabState, keymap: Keymap) -> Phrase {
        if let error = list.filterError { return ScreenPaneText.filterRefused(TextSanitizer.sanitize(error)) }
        if let error = list.error { return ScreenPaneText.cannotRead(TextSanitizer.sanitize(error)) }
        if !list.loaded { return ScreenPaneText.loading }
        guard list.query.isFiltered else { return ScreenPaneText.nothingYet }
        // Say how to get the rows back, with the keys as bound: Esc clears the text, f steps the status preset.
        if !list.query.filterText.allSatisfy(\.isWhitespace) {
            let key = keymap.keys(for: .back).first?.label ?? ":filter"
            return ScreenPaneText.noMatchesClear(key)
        }
        let key = keymap.keys(for: .quickFilter).first?.label ?? ":status all"
        return ScreenPaneText.noMatchesStatus(key)
    }
}

extension Mode {
    /// Whether the list or detail keeps its focus highlight (a prompt on the bottom line does not take it away).
    var isNormalOrPrompt: Bool {
        if case .help = self { return false }
        return true
    }
}
