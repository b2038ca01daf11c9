import ConsoleUI
import ListContract
import SellerCore
import SellerStore
import TermUI
import TestSupport
import Testing

/// Scripted sessions on the 概览 Overview (issue 13): the console opens on it, `0` and `:overview` come back to
/// it, and Enter on each line opens the list it counts, filtered to exactly the counted rows with a filter the
/// seller sees in the title and clears with Esc.
@Suite struct OverviewSessionTests {
    let directory: TemporaryDirectory
    let storePath: String

    init() throws {
        directory = try TemporaryDirectory("overview-session")
        storePath = try ConsoleFixtureStore.make(orders: 300, extra: PresentationFixtures.records, in: directory)
    }

    func driver() throws -> ConsoleDriver {
        try ConsoleDriver(storePath: storePath, size: Size(width: 160, height: 48), startTab: .overview)
    }

    @Test func theConsoleOpensOnTheOverviewAndZeroComesBack() throws {
        let driver = try driver()
        #expect(driver.state.activeTab == .overview)
        #expect(ConsoleTab.allCases.first == .overview && ConsoleTab.overview.hotkey == "0")
        #expect(ConsoleTab.orders.hotkey == "1" && ConsoleTab.calls.hotkey == "7")
        driver.press(.char("3"))
        #expect(driver.state.activeTab == .exceptions)
        driver.press(.char("0"))
        #expect(driver.state.activeTab == .overview)
        driver.press(.char("2"))
        driver.press(.char(":"))
        driver.type("overview")
        driver.press(.enter)
        #expect(driver.state.activeTab == .overview)
        driver.press(.backTab)
        #expect(driver.state.activeTab == .calls, "Tab order wraps from the first tab to the last")
    }

    @Test func enterOnEachLineOpensItsListFilteredToTheCountedRows() throws {
        let driver = try driver()
        let counts = try #require(driver.state.overview.counts)
        for (index, line) in OverviewLine.all.enumerated() {
            driver.press(.char("0"))
            driver.press(.char("g"))
            for _ in 0..<index { driver.press(.char("j")) }
            #expect(driver.state.overview.selectedLine == line)
            switch line.target {
            case .scope(let tab), .status(let tab, _):
                driver.press(.enter)
                #expect(driver.state.activeTab == tab, "\(line.item)")
                let list = try #require(driver.state.activeList)
                #expect(list.total == counts.count(line.item), "\(line.item): list \(String(describing: list.total))")
                #expect(list.query.filterText.isEmpty)
                if case .scope = line.target {
                    #expect(list.query.scope?.item == line.item)
                    #expect(driver.screenText.contains("概览「"), "the title names the overview line")
                    driver.press(.escape)
                    #expect(driver.state.activeList?.query.scope == nil, "Esc clears it")
                } else {
                    #expect(list.query.scope == nil && list.quickFilter.statuses.count == 1)
                }
            case .outbox(let states):
                driver.press(.enter)
                #expect(driver.state.activeTab == .outbox)
                #expect(driver.state.outbox.preset.states == states)
            case .command(let name):
                // Dispatched as the `:` line would: the same state as typing it.
                let typed = try self.driver()
                typed.press(.char(":"))
                typed.type(name)
                typed.press(.enter)
                let pressed = try self.driver()
                pressed.press(.char("G"))
                pressed.press(.enter)
                #expect(pressed.state.activeTab == typed.state.activeTab)
                #expect(pressed.state.toasts.map(\.message) == typed.state.toasts.map(\.message))
            }
        }
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 160, height: 48)])
    func aClickSelectsTheLineDrawnUnderIt(size: Size) throws {
        let driver = try ConsoleDriver(storePath: storePath, size: size, startTab: .overview)
        for item in [AttentionItem.requirementsToConfirm, .ticketsToAccept, .syncProblems] {
            let line = OverviewLine(item)
            // The dump's first line is its size; row y of the screen is line y + 1.
            let lines = driver.screenText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let y = try #require(lines.firstIndex { $0.contains(line.label.zh) }) - 1
            let start = try #require(lines[y + 1].range(of: line.label.zh)).lowerBound
            let x = DisplayWidth.width(of: String(lines[y + 1][..<start]))
            driver.press(.mouse(MouseEvent(.click, at: Position(x: min(x, size.width - 2), y: y))))
            #expect(driver.state.overview.selectedLine == line, "\(item) at \(size.width)x\(size.height)")
        }
        driver.press(.mouse(MouseEvent(.click, at: Position(x: 1, y: size.height - 3))))
        #expect(driver.state.overview.selectedLine.item == .syncProblems, "a click off every line changes nothing")
    }

    @Test func countsFollowTheStoreAndTheClock() throws {
        let driver = try driver()
        let before = try #require(driver.state.overview.counts)
        let writer = try LocalStore(path: storePath)
        let open = try writer.page(StoreListQuery(kind: .tickets, statuses: [.ticket(.pendingAccept)], limit: 1))
        let id = try #require(open.rows.first?.id)
        guard case .queued = try writer.enqueue(.acceptTicket(caseId: id), at: ConsoleDriver.now) else {
            Issue.record("queued")
            return
        }
        try writer.close()
        driver.send(.storeChanged(.outbox(recordKind: .tickets)))
        // Refreshes after a store change are at most once a second: the next tick brings it.
        driver.send(.tick(ConsoleDriver.now.adding(millis: 1_500)))
        #expect(driver.state.overview.counts?.count(.outboxUnsent) == before.count(.outboxUnsent) + 1)
        // Time alone moves windows and expiries: the clock reads them again.
        let asked = try #require(driver.state.overview.requestedAt)
        let later = asked.adding(millis: OverviewState.refreshMillis)
        driver.send(.tick(later.adding(millis: -1)))
        #expect(driver.state.overview.requestedAt == asked)
        driver.send(.tick(later))
        #expect(driver.state.overview.counts?.clock.now == later)
    }
}
