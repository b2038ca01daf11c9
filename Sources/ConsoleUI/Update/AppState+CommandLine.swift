import ListContract
import SellerCore
import TermUI

// The `:` command line: editing, completion and running what was typed.
extension AppState {
    mutating func handleCommandKey(_ key: Key, input: TextInputState) -> [Effect] {
        var input = input
        switch key {
        case .escape:
            mode = .normal
            commandCandidates = []
            return []
        case .enter:
            mode = .normal
            commandCandidates = []
            return run(input.text)
        case .tab:
            let kind = activeList?.query.kind
            let completion = LineCompletion.complete(
                input.text,
                statusNames: kind.map { QuickFilter.presets(for: $0).map(\.name) } ?? [],
                sortColumns: kind.map { ListSortColumn.columns(for: $0).map(\.rawValue) } ?? [],
                themeNames: themeNames)
            input.setText(completion.text)
            commandCandidates = completion.candidates
        case .ctrl("u"):
            input.setText("")
            commandCandidates = []
        default:
            guard input.handle(key) else { return [] }
            commandCandidates = []
        }
        mode = .command(input)
        return []
    }

    /// Runs a `:` line.
    mutating func run(_ line: String) -> [Effect] {
        guard !line.allSatisfy({ $0 == " " }) else { return [] }
        switch LineCommand.parse(line) {
        case .failure(let error):
            showToast(error.description, kind: .error)
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
            guard let index = presets.firstIndex(where: { $0.name == name.lowercased() || $0.label == name }) else {
                showToast("未知状态 Unknown status '\(name)': " + presets.map(\.name).joined(separator: ", "),
                          kind: .error)
                return []
            }
            return applyQuickFilter(index)
        case .sort(let column, let direction):
            guard let kind = activeList?.query.kind else { return [] }
            guard let effects = setSort(columnName: column, direction: direction) else {
                showToast("无法按此列排序 Unknown sort column '\(column)': "
                          + ListSortColumn.columns(for: kind).map(\.rawValue).joined(separator: ", "), kind: .error)
                return []
            }
            return effects
        case .theme(let name): return [.applyTheme(name)]
        case .sync: return perform(.sync)
        case .help: return perform(.help)
        case .quit: return perform(.quit)
        }
    }
}
