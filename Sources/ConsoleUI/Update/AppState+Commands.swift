import ListContract
import Localization
import SellerCore
import TermUI

// What joins the find keys and the `:` line to the lists: a new query for the active list, and the commands.
extension AppState {
    /// Runs a `:` line.
    mutating func run(_ line: String) -> [Effect] {
        guard !line.allSatisfy({ $0 == " " }) else { return [] }
        switch LineCommand.parse(line) {
        case .failure(let error):
            showToast(error.message, kind: .error)
            return []
        case .success(let command):
            return run(command)
        }
    }

    mutating func run(_ command: LineCommand) -> [Effect] {
        switch command {
        case .tab(let tab): return switchTab(to: tab)
        case .filter(let text):
            guard activeList != nil else { return [] }
            return setFilter(text)
        case .status(let name):
            guard let kind = activeList?.query.kind else { return [] }
            let presets = QuickFilter.presets(for: kind)
            guard let index = presets.firstIndex(where: { $0.matches(name) }) else {
                showToast(ScreenMessageText.unknownStatus(TextSanitizer.sanitize(name, limit: 40),
                                                          choices: presets.map(\.name).joined(separator: ", ")),
                          kind: .error)
                return []
            }
            return applyQuickFilter(index)
        case .sort(let column, let direction):
            guard let list = activeList else { return [] }
            guard let query = list.sorted(columnName: column, direction: direction) else {
                let choices = ListSortColumn.columns(for: list.query.kind).map(\.rawValue).joined(separator: ", ")
                showToast(ScreenMessageText.unknownSortColumn(TextSanitizer.sanitize(column, limit: 40),
                                                              choices: choices), kind: .error)
                return []
            }
            return apply(query, to: activeTab)
        case .theme(let name): return [.applyTheme(name)]
        case .sync: return perform(.sync)
        case .help: return perform(.help)
        case .quit: return perform(.quit)
        case .goto(let id): return goto(id)
        case .problems: return problems.open()
        case .export(let format, let path, let overwrite):
            return startExport(format: format, path: path, overwrite: overwrite)
        case .view(let name): return openView(named: name)
        case .save(let folder): return saveAttachments(to: folder)
        }
    }

    /// Applies a new query (filter, status preset or sort) to a tab: the list starts again from the top, and
    /// "all matching" marks of the old query go.
    mutating func apply(_ query: StoreListQuery, to tab: ConsoleTab) -> [Effect] {
        guard let list = lists.tabs[tab], list.query != query else { return [] }
        actions.queryChanged(on: tab)
        return lists.replaceQuery(query, of: tab, height: layout.visibleRows)
    }

    /// Sets the active list's filter text (applied as typed: each keystroke asks for a new first page).
    mutating func setFilter(_ text: String) -> [Effect] {
        guard let list = activeList else { return [] }
        var query = list.filtered(text)
        // Dates in the filter are the days the screens show; `created:7d` counts back from when it was typed.
        // No filter, no clock: clearing it gives back the very query the list opened with.
        query.filterClock = text.allSatisfy(\.isWhitespace)
            ? nil : FilterClock(now: now, utcOffsetSeconds: utcOffsetSeconds)
        return apply(query, to: activeTab)
    }

    mutating func cycleQuickFilter() -> [Effect] {
        guard let list = activeList else { return [] }
        return applyQuickFilter(list.nextQuickFilterIndex)
    }

    mutating func applyQuickFilter(_ index: Int) -> [Effect] {
        guard var list = activeList, let query = list.choosingQuickFilter(index) else { return [] }
        lists.tabs[activeTab] = list
        return apply(query, to: activeTab)
    }
}
