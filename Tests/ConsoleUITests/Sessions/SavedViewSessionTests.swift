import ConsoleRuntime
import ConsoleUI
import Foundation
import ListContract
import SellerCore
import SellerStore
import TermUI
import TestSupport
import Testing

/// Saved views (`v`, `:view NAME`) and the state a console reopens with, in scripted sessions.
@Suite struct SavedViewSessionTests {
    static let size = Size(width: 160, height: 48)

    static let views: [SavedView] = [
        SavedView(name: "未完成工单", tab: .tickets,
                  view: TabView(filter: "", status: "open", sort: .createTime, descending: false)),
        SavedView(name: "big orders", tab: .orders,
                  view: TabView(filter: "created:2026-01-01..2026-11-20", status: nil, sort: .customerName,
                                descending: nil)),
    ]

    /// A console whose state gets `views` and, before its first loads, `memory` (as `ConsoleSession` does).
    static func console(_ storePath: String, memory: ViewMemory? = nil,
                        startTab: ConsoleTab = .overview) throws -> HeadlessConsole {
        var state = AppState(size: size, now: ConsoleDriver.now, utcOffsetSeconds: 8 * 3600, startTab: startTab)
        state.views = ViewsState(saved: views)
        if let memory { state.restore(memory) }
        let console = HeadlessConsole(state: state,
                                      reader: StoreReader(store: try LocalStore(path: storePath, readOnly: true)))
        console.start()
        return console
    }

    static func command(_ console: HeadlessConsole, _ line: String) {
        console.press([.char(":")])
        console.type(line)
        console.press([.enter])
    }

    @Test func vListsTheViewsAndEnterOpensTheChosenOne() throws {
        let directory = try TemporaryDirectory("views-chooser")
        let storePath = try ConsoleFixtureStore.make(orders: 300, in: directory)
        let console = try Self.console(storePath)
        console.press([.char("v")])
        #expect(console.state.views.chooser == 0)
        let screen = ConsoleScreen.render(console.state).textDump
        #expect(screen.contains("保存的视图") && screen.contains("未完成工单") && screen.contains("big orders"))
        console.press([.char("j"), .enter])
        #expect(!console.state.views.isChoosing)
        #expect(console.state.activeTab == .orders)
        let list = try #require(console.state.activeList)
        #expect(list.query.filterText == "created:2026-01-01..2026-11-20")
        #expect(list.query.filterClock == FilterClock(now: ConsoleDriver.now, utcOffsetSeconds: 8 * 3600))
        #expect(list.query.sort == ListSort(.customerName))
        #expect(list.quickFilter.name == "all")
        #expect(list.loaded && list.total != nil)
        #expect(console.state.toasts.last?.message == "视图：big orders")
    }

    @Test func escClosesTheChooserAndNoViewsSaysHowToAddOne() throws {
        let directory = try TemporaryDirectory("views-empty")
        let storePath = try ConsoleFixtureStore.make(orders: 20, in: directory)
        let console = try Self.console(storePath)
        console.press([.char("v"), .escape])
        #expect(!console.state.views.isChoosing && console.state.activeTab == .overview)
        console.state.views = ViewsState()
        console.press([.char("v")])
        #expect(!console.state.views.isChoosing)
        #expect(console.state.toasts.last?.message.hasPrefix("没有保存的视图") == true)
    }

    @Test func colonViewOpensByNameWithCompletion() throws {
        let directory = try TemporaryDirectory("views-command")
        let storePath = try ConsoleFixtureStore.make(orders: 300, in: directory)
        let console = try Self.console(storePath)
        console.press([.char(":")])
        console.type("view 未")
        console.press([.tab])
        guard case .command(let input) = console.state.mode else {
            Issue.record("the command line closed")
            return
        }
        #expect(input.text == "view 未完成工单 ")
        console.press([.enter])
        #expect(console.state.activeTab == .tickets)
        let list = try #require(console.state.activeList)
        #expect(list.quickFilter.name == "open")
        #expect(list.query.sort == ListSort(.createTime, descending: false))

        Self.command(console, "view")
        #expect(console.state.views.chooser == 0)
        console.press([.escape])
        Self.command(console, "view nothing")
        #expect(console.state.toasts.last?.message == "没有名为「nothing」的视图（已有：未完成工单, big orders）。")
        #expect(console.state.activeTab == .tickets)
    }

    @Test func aReopenedConsoleHasTheSameTabFiltersAndSorts() throws {
        let directory = try TemporaryDirectory("views-restore")
        let storePath = try ConsoleFixtureStore.make(orders: 300, in: directory)
        let first = try Self.console(storePath)
        first.press([.char("1"), .char("f"), .char("S")])
        Self.command(first, "filter created:2026-01-01..2026-11-20")
        first.press([.char("5")])
        Self.command(first, "status open")
        Self.command(first, "sort customerName")
        first.press([.char("3"), .char("s")])

        let file = ViewMemoryFile(path: directory.file("state/default.state"), profile: "default")
        try file.save(ViewMemory(first.state, profile: "default"))
        var info = stat()
        #expect(stat(file.path, &info) == 0 && info.st_mode & 0o777 == 0o600)
        guard case .memory(let memory) = file.load() else {
            Issue.record("the state file did not load: \(file.load())")
            return
        }
        let second = try Self.console(storePath, memory: memory)
        #expect(second.state.activeTab == .exceptions)
        for tab in ConsoleTab.allCases where tab.entityKind != nil {
            let (was, now) = (first.state.tabs[tab], second.state.tabs[tab])
            #expect(now?.query == was?.query, "\(tab)")
            #expect(now?.quickFilterIndex == was?.quickFilterIndex, "\(tab)")
            #expect(now?.window.rows.map(\.id) == was?.window.rows.map(\.id), "\(tab)")
        }
        #expect(second.state.tabs[.orders]?.query.filterText == "created:2026-01-01..2026-11-20")
        #expect(second.state.tabs[.tickets]?.quickFilter.name == "open")
    }
}
