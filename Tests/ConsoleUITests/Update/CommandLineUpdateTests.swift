@testable import ConsoleUI
import ListContract
import SellerCore
import Testing
import TermUI

/// The `:` line and the keymap's contexts through `update`: what a line runs, what it refuses, completion, and
/// the help generated from every context.
@Suite struct CommandLineUpdateTests {
    typealias F = UpdateFixtures

    static func run(_ line: String, _ state: inout AppState) -> [Effect] {
        F.press([.char(":")], &state) + F.type(line, &state) + F.press([.enter], &state)
    }

    @Test func sortStatusAndTabLinesReloadTheListTheySay() throws {
        var state = F.started()
        let columns = ListSortColumn.columns(for: .orders)
        let column = try #require(columns.last)
        var query = try #require(state.tabs[.orders]?.query)
        query.sort = ListSort(column, descending: false)
        #expect(Self.run("sort \(column.rawValue) asc", &state)
                == [.loadWindow(WindowRequest(tab: .orders, query: query, anchor: .top, generation: 2,
                                              rows: state.layout.visibleRows)),
                    .loadCount(tab: .orders, query: query, generation: 2)])
        #expect(state.mode == .normal && state.tabs[.orders]?.query == query)
        let presets = QuickFilter.presets(for: .orders)
        let preset = try #require(presets.last)
        query.statuses = preset.statuses
        #expect(Self.run("status \(preset.name)", &state)
                == [.loadWindow(WindowRequest(tab: .orders, query: query, anchor: .top, generation: 3,
                                              rows: state.layout.visibleRows)),
                    .loadCount(tab: .orders, query: query, generation: 3)])
        #expect(state.tabs[.orders]?.quickFilterIndex == presets.count - 1)
        _ = Self.run(ConsoleTab.tickets.commandName, &state)
        #expect(state.activeTab == .tickets)
    }

    @Test func unknownNamesAreRefusedWithTheChoicesAndChangeNothing() throws {
        var state = F.started()
        let before = state.tabs
        #expect(Self.run("status nosuch", &state) == [])
        #expect(state.toasts.last?.kind == .error && state.toasts.last?.message.contains("nosuch") == true)
        #expect(Self.run("sort nosuch", &state) == [])
        #expect(state.toasts.last?.message.contains(ListSortColumn.columns(for: .orders)[0].rawValue) == true)
        #expect(Self.run("frobnicate", &state) == [])
        #expect(state.toasts.last?.kind == .error)
        #expect(state.tabs == before && state.mode == .normal)
    }

    @Test func themeAndQuitBecomeEffectsAndEscRunsNothing() throws {
        var state = F.started()
        #expect(Self.run("theme dark", &state) == [.applyTheme("dark")])
        #expect(F.press([.char(":")], &state) + F.type("quit", &state) + F.press([.escape], &state) == [])
        #expect(!state.quitting && state.mode == .normal)
        #expect(Self.run("quit", &state) == [])
        #expect(state.quitting)
    }

    @Test func tabCompletesAndOffersTheCandidates() throws {
        var state = AppState(size: F.size, now: F.now, themeNames: ["dark", "default", "light"])
        _ = state.start()
        _ = F.press([.char(":")], &state) + F.type("theme d", &state) + F.press([.tab], &state)
        #expect(state.commandCandidates == ["dark", "default"])
        guard case .command(let input) = state.mode else {
            Issue.record("the command line closed")
            return
        }
        #expect(input.text == "theme d")
        _ = F.type("a", &state) + F.press([.tab], &state)
        guard case .command(let completed) = state.mode else { return }
        #expect(completed.text == "theme dark " && state.commandCandidates.isEmpty)
        #expect(F.press([.ctrl("u")], &state) == [])
        guard case .command(let cleared) = state.mode else { return }
        #expect(cleared.text.isEmpty)
    }

    @Test func promptKeysCanBeReboundAndHelpListsEveryContext() throws {
        let (keymap, problems) = Keymap.defaults.applying([
            KeyBindingOverride(command: "prompt.accept", keys: "ctrl-j", line: 3),
            KeyBindingOverride(command: "picker.next-field", keys: "ctrl-x", line: 4),
            KeyBindingOverride(command: "nowhere.cancel", keys: "esc", line: 5),
        ])
        #expect(problems.map(\.line) == [4, 5])
        var state = F.started(keymap: keymap)
        _ = F.press([.char(":")], &state) + F.type("theme x", &state)
        #expect(state.update(.key(.enter)) == [])
        #expect(state.mode != .normal)
        #expect(state.update(.key(.ctrl("j"))) == [.applyTheme("x")])
        let groups = keymap.helpGroups()
        for context in KeyContext.allCases {
            #expect(groups.contains { $0.title == context.title.zh }, "help lists \(context)")
        }
        let prompt = try #require(groups.first { $0.title == KeyContext.prompt.title.zh })
        #expect(prompt.entries.contains { $0.keys == "Ctrl-J" && $0.description == "确定" })
        #expect(!prompt.entries.contains { $0.keys == "Enter" })
    }
}
