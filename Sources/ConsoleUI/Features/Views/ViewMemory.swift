import ListContract
import SellerCore

/// What the console remembers between sessions of one profile: the tab it was on, and each list's filter,
/// status preset and sort. Written at quit, read at start (`ViewMemoryFile` in the runtime). The file is
/// `key = value` lines under a format line and the profile's name, so a file of another version or profile
/// is recognised and ignored rather than half applied.
public struct ViewMemory: Hashable, Sendable {
    public static let formatLine = "format = seller-console-state 1"
    /// A state file is a few hundred bytes; anything far bigger is not one.
    public static let maxBytes = 64 * 1024

    public var profile: String
    public var activeTab: ConsoleTab
    public var tabs: [ConsoleTab: TabView]

    public init(profile: String, activeTab: ConsoleTab, tabs: [ConsoleTab: TabView]) {
        self.profile = profile
        self.activeTab = activeTab
        self.tabs = tabs
    }

    /// What `state` shows now.
    public init(_ state: AppState, profile: String) {
        self.profile = profile
        activeTab = state.activeTab
        var tabs: [ConsoleTab: TabView] = [:]
        for (tab, list) in state.lists.tabs { tabs[tab] = TabView(list) }
        self.tabs = tabs
    }

    public enum Problem: Error, Hashable, Sendable {
        /// Not a state file of this format; `line` is the first line that is wrong (0: the file is empty).
        case malformed(line: Int)
        /// Written for another profile.
        case foreign(profile: String)
    }

    /// The file's text; each value on one line (line breaks in a filter become spaces).
    public var text: String {
        var lines = [Self.formatLine, "profile = " + Self.oneLine(profile), "tab = " + activeTab.commandName]
        for tab in ConsoleTab.allCases {
            guard let view = tabs[tab] else { continue }
            let name = tab.commandName
            lines.append("\(name).filter = " + Self.oneLine(view.filter))
            if let status = view.status { lines.append("\(name).status = " + Self.oneLine(status)) }
            if let sort = view.sort { lines.append("\(name).sort = " + sort.rawValue) }
            if let descending = view.descending { lines.append("\(name).desc = " + (descending ? "yes" : "no")) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads a state file for `profile`. Unknown keys and values that no longer fit (a status or sort column
    /// this build lacks) are skipped one by one; a file that is not one of ours, or another profile's, is
    /// refused whole.
    public static func parse(_ text: String, profile: String) -> Result<ViewMemory, Problem> {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        guard let first = lines.first, first == formatLine else { return .failure(.malformed(line: 1)) }
        var memory = ViewMemory(profile: "", activeTab: .overview, tabs: [:])
        var sawProfile = false
        for (index, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            guard let equals = line.range(of: " = ") else { return .failure(.malformed(line: index + 1)) }
            let key = String(line[..<equals.lowerBound])
            let value = String(line[equals.upperBound...])
            switch key {
            case "profile":
                memory.profile = value
                sawProfile = true
            case "tab":
                if let tab = ConsoleTab.allCases.first(where: { $0.commandName == value }) { memory.activeTab = tab }
            default:
                memory.read(key, value)
            }
        }
        guard sawProfile else { return .failure(.malformed(line: lines.count)) }
        guard memory.profile == profile else { return .failure(.foreign(profile: memory.profile)) }
        return .success(memory)
    }

    private mutating func read(_ key: String, _ value: String) {
        let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let tab = SavedViewParser.listTab(parts[0]), let kind = tab.entityKind else { return }
        var view = tabs[tab] ?? TabView()
        switch parts[1] {
        case "filter": view.filter = value
        case "status": if TabView.presetIndex(value, kind: kind) != nil { view.status = value }
        case "sort": view.sort = ListSortColumn.parse(value, for: kind)
        case "desc": view.descending = SavedViewParser.flag(value)
        default: return
        }
        tabs[tab] = view
    }

    private static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}

extension AppState {
    /// Opens on the remembered tab with each list's remembered view. Called before `start`, whose first loads
    /// then read these queries; it asks for nothing itself.
    public mutating func restore(_ memory: ViewMemory) {
        let clock = FilterClock(now: now, utcOffsetSeconds: utcOffsetSeconds)
        for (tab, view) in memory.tabs {
            guard let list = lists.tabs[tab] else { continue }
            let (query, index) = list.showing(view, clock: clock)
            lists.tabs[tab]?.query = query
            lists.tabs[tab]?.quickFilterIndex = index
        }
        activeTab = memory.activeTab
    }
}
