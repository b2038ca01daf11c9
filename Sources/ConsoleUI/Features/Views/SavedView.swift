import Localization
import ListContract
import SellerCore

/// A named view from the config file (`[view 待处理退订]`: tab, filter, status, sort, desc), listed by `v` and
/// opened by `:view NAME`.
public struct SavedView: Hashable, Sendable {
    public var name: String
    public var tab: ConsoleTab
    public var view: TabView

    public init(name: String, tab: ConsoleTab, view: TabView) {
        self.name = name
        self.tab = tab
        self.view = view
    }
}

/// One `key = value` of a config section, with its line for warnings.
public struct ConfigEntry: Hashable, Sendable {
    public var key: String
    public var value: String
    public var line: Int

    public init(key: String, value: String, line: Int) {
        self.key = key
        self.value = value
        self.line = line
    }
}

/// A `[view NAME]` section as the config file holds it.
public struct ViewSection: Hashable, Sendable {
    public var name: String
    public var line: Int
    public var entries: [ConfigEntry]

    public init(name: String, line: Int, entries: [ConfigEntry]) {
        self.name = name
        self.line = line
        self.entries = entries
    }

    /// `view NAME` headers give their name; any other section is not a view.
    public static func viewName(ofSection section: String) -> String? {
        guard section.lowercased().hasPrefix("view ") else { return nil }
        let name = section.dropFirst(5).trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? nil : name
    }
}

/// Reads the config's views. A section it cannot use is left out with a warning naming `file:line`; the rest
/// still load, and nothing here can stop the console from opening.
public enum SavedViewParser {
    public static let keys = ["tab", "filter", "status", "sort", "desc"]

    public static func parse(_ sections: [ViewSection], file: String) -> (views: [SavedView], warnings: [Phrase]) {
        var views: [SavedView] = []
        var warnings: [Phrase] = []
        for section in sections.sorted(by: { $0.line < $1.line }) {
            switch view(section) {
            case .success(let view):
                if views.contains(where: { $0.name == view.name }) {
                    warnings.append(ViewText.duplicate(view.name, at: "\(file):\(section.line)"))
                } else {
                    views.append(view)
                }
            case .failure(let problem):
                warnings.append(ViewText.badSection(section.name, at: "\(file):\(problem.line)", problem.reason))
            }
        }
        return (views, warnings)
    }

    struct Problem: Error {
        var line: Int
        var reason: Phrase
    }

    static func view(_ section: ViewSection) -> Result<SavedView, Problem> {
        var values: [String: ConfigEntry] = [:]
        for entry in section.entries {
            guard keys.contains(entry.key.lowercased()) else {
                return .failure(Problem(line: entry.line, reason: ViewText.unknownKey(entry.key)))
            }
            values[entry.key.lowercased()] = entry
        }
        guard let tabEntry = values["tab"] else {
            return .failure(Problem(line: section.line, reason: ViewText.missingTab))
        }
        guard let tab = listTab(tabEntry.value), let kind = tab.entityKind else {
            return .failure(Problem(line: tabEntry.line, reason: ViewText.unknownTab(tabEntry.value)))
        }
        var view = TabView(filter: values["filter"]?.value ?? "")
        if let status = values["status"] {
            guard TabView.presetIndex(status.value, kind: kind) != nil else {
                let names = QuickFilter.presets(for: kind).map(\.name)
                return .failure(Problem(line: status.line, reason: ViewText.unknownStatus(status.value, names)))
            }
            view.status = status.value.lowercased()
        }
        if let sort = values["sort"] {
            guard let column = ListSortColumn.parse(sort.value, for: kind) else {
                let names = ListSortColumn.columns(for: kind).map(\.rawValue)
                return .failure(Problem(line: sort.line, reason: ViewText.unknownSort(sort.value, names)))
            }
            view.sort = column
        }
        if let desc = values["desc"] {
            guard let flag = flag(desc.value) else {
                return .failure(Problem(line: desc.line, reason: ViewText.badFlag(desc.value)))
            }
            view.descending = flag
        }
        return .success(SavedView(name: section.name, tab: tab, view: view))
    }

    /// A list tab by its command name (`orders`) or its title in either language (`订单`, `Orders`); the
    /// overview and the outbox have no view to save.
    static func listTab(_ text: String) -> ConsoleTab? {
        let lower = text.lowercased()
        return ConsoleTab.allCases.first {
            $0.entityKind != nil && ($0.commandName == lower || $0.title.zh == text || $0.title.en.lowercased() == lower)
        }
    }

    static func flag(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "yes", "true", "on", "1", "desc": true
        case "no", "false", "off", "0", "asc": false
        default: nil
        }
    }
}
