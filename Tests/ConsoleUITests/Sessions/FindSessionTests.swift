import ConsoleUI
import ListContract
import SellerCore
import SellerStore
import TermUI
import TestSupport
import Testing

/// Scripted sessions for finding things: the live filter, quick status filters, sort, the command line.
@Suite struct FindSessionTests {
    let directory: TemporaryDirectory
    let storePath: String

    init() throws {
        directory = try TemporaryDirectory("find")
        storePath = try ConsoleFixtureStore.make(orders: 800, in: directory)
    }

    func firstIDs(_ query: StoreListQuery, count: Int) throws -> [String] {
        let store = try LocalStore(path: storePath, readOnly: true)
        var query = query
        query.limit = count
        return try store.page(query).rows.map(\.id)
    }

    @Test func filterAppliesAsTypedShowsInTheTitleAndEscRestores() throws {
        let driver = try ConsoleDriver(storePath: storePath, size: Size(width: 160, height: 48))
        guard case .order(let order)? = try LocalStore(path: storePath, readOnly: true)
            .record(.orders, id: driver.state.tabs[.orders]?.window.rows.dropFirst(5).first?.id ?? "") else {
            Issue.record("no sixth order")
            return
        }
        let customer = order.buyer.customerName
        driver.press(.char("/"))
        driver.type(customer)
        let list = try #require(driver.state.tabs[.orders])
        #expect(list.query.filterText == customer)
        #expect(!list.window.rows.isEmpty)
        for row in list.window.rows {
            guard case .order(let content) = row.content else { continue }
            #expect(content.customerName.contains(customer))
        }
        #expect(driver.screenText.contains("筛选「\(customer)」"))
        #expect(try list.window.rows.map(\.id) == firstIDs(list.query, count: list.window.rows.count))
        driver.press(.enter)
        #expect(driver.state.mode == .normal)
        #expect(driver.state.tabs[.orders]?.query.filterText == customer)
        driver.press(.char("/"))
        driver.type(" zzzz-no-such-thing")
        #expect(driver.state.tabs[.orders]?.window.rows.isEmpty == true)
        #expect(driver.screenText.contains("无匹配记录"))
        driver.press(.escape)
        #expect(driver.state.tabs[.orders]?.query.filterText == customer)
        driver.press(.escape)
        #expect(driver.state.tabs[.orders]?.query.filterText == "")
        #expect(driver.state.tabs[.orders]?.total == 800)
    }

    @Test func sortCyclesColumnsAndReverses() throws {
        let driver = try ConsoleDriver(storePath: storePath, size: Size(width: 160, height: 48))
        driver.press(.char("s"))
        var query = try #require(driver.state.tabs[.orders]?.query)
        #expect(query.sort == ListSort(.updatedAt))
        #expect(driver.state.tabs[.orders]?.window.rows.prefix(20).map(\.id) == (try firstIDs(query, count: 20)))
        driver.press(.char("S"))
        query = try #require(driver.state.tabs[.orders]?.query)
        #expect(query.sort == ListSort(.updatedAt).reversed)
        #expect(driver.state.tabs[.orders]?.window.rows.prefix(20).map(\.id) == (try firstIDs(query, count: 20)))
        #expect(driver.screenText.contains("更新时间 ↑"))
    }

    @Test func quickStatusFiltersCycleAndExceptionsOpenOnTheOpenOnes() throws {
        let driver = try ConsoleDriver(storePath: storePath, size: Size(width: 160, height: 48))
        driver.press(.char("3"))
        var list = try #require(driver.state.tabs[.exceptions])
        #expect(list.query.statuses == ListStatus.openExceptionStates)
        #expect(driver.screenText.contains("状态 待处理"))
        driver.press(.char("f"))
        list = try #require(driver.state.tabs[.exceptions])
        #expect(list.query.statuses.isEmpty)
        let allCount = try #require(list.total)
        driver.press(.char("f"))
        list = try #require(driver.state.tabs[.exceptions])
        #expect(list.query.statuses == [.exception(.retrying)])
        #expect((list.total ?? .max) <= allCount)
    }

    @Test func commandLineSwitchesFiltersSortsAndCompletes() throws {
        let driver = try ConsoleDriver(storePath: storePath, size: Size(width: 160, height: 48))
        driver.press(.char(":"))
        driver.type("tic")
        driver.press(.tab)
        guard case .command(let input) = driver.state.mode else {
            Issue.record("not on the command line")
            return
        }
        #expect(input.text == "tickets ")
        driver.press(.enter)
        #expect(driver.state.activeTab == .tickets)
        driver.press(.char(":"))
        driver.type("sort customerName asc")
        driver.press(.enter)
        #expect(driver.state.tabs[.tickets]?.query.sort == ListSort(.customerName, descending: false))
        driver.press(.char(":"))
        driver.type("status op")
        driver.press(.tab, .enter)
        #expect(driver.state.tabs[.tickets]?.quickFilter.name == "open")
        driver.press(.char(":"))
        driver.type("the")
        driver.press(.tab)
        driver.type("d")
        driver.press(.tab)
        #expect(driver.state.commandCandidates == ["default", "dark"])
        driver.type("a")
        driver.press(.tab, .enter)
        #expect(driver.otherEffects.contains(.applyTheme("dark")))
        driver.press(.char(":"))
        driver.type("bogus")
        driver.press(.enter)
        #expect(driver.state.toasts.last?.message.contains("bogus") == true)
        driver.press(.char(":"))
        driver.type("q")
        driver.press(.enter)
        #expect(driver.state.quitting)
    }

    @Test func helpIsGeneratedFromTheKeymapIncludingOverrides() throws {
        let (keymap, problems) = Keymap.defaults.applying([
            KeyBindingOverride(command: "sync", keys: "x, f5"),
            KeyBindingOverride(command: "filter", keys: "x"),
            KeyBindingOverride(command: "launch-rockets", keys: "z"),
            KeyBindingOverride(command: "help", keys: "ctrl-nope"),
        ])
        #expect(problems.count == 4)
        #expect(problems.contains { $0.message.en.contains("instead of reject-requirement") })
        #expect(problems.contains { $0.message.en.contains("bound to both sync and filter") })
        #expect(problems.contains { $0.message.en.contains("launch-rockets") })
        #expect(problems.contains { $0.message.en.contains("ctrl-nope") })
        #expect(keymap.command(for: .char("x")) == .sync)
        #expect(keymap.command(for: .char("r")) == nil)
        let driver = try ConsoleDriver(storePath: storePath, size: Size(width: 120, height: 40), keymap: keymap)
        driver.press(.char("?"))
        let help = driver.screenText
        #expect(help.contains("x F5"))
        #expect(help.contains("立即同步"))
        driver.press(.escape)
        #expect(driver.state.mode == .normal)
    }
}
