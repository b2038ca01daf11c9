@testable import ConsoleUI
import ListContract
import SellerCore
import SellerStore
import TermUI
import TestSupport
import Testing

/// Issue 13 items 5 and 7: actions on the record a followed link shows, `:goto`, the `:` and `/` history, and
/// quitting with actions unsent.
@Suite struct ActWhereYouLookSessionTests {
    let directory: TemporaryDirectory
    let storePath: String

    init() throws {
        directory = try TemporaryDirectory("act-where")
        storePath = try ConsoleFixtureStore.make(orders: 200, in: directory)
    }

    func driver() throws -> ConsoleDriver {
        try ConsoleDriver(storePath: storePath, size: Size(width: 160, height: 48))
    }

    /// A ticket waiting to be accepted whose order is in the store.
    func acceptableTicket() throws -> TicketListRow {
        let store = try LocalStore(path: storePath, readOnly: true)
        let rows = try store.page(StoreListQuery(kind: .tickets, limit: 1_000)).rows
        for row in rows {
            guard case .ticket(let ticket) = row.content, ticket.status.known == .pendingAccept,
                  let orderId = ticket.orderId, try store.record(.orders, id: orderId) != nil else { continue }
            return ticket
        }
        throw TestFailure("no ticket to accept with an order in the fixture")
    }

    /// An exception that can be restarted, and an id prefix that names only it (for `:goto`).
    func restartableException() throws -> (id: String, prefix: String) {
        let store = try LocalStore(path: storePath, readOnly: true)
        for row in try store.page(StoreListQuery(kind: .exceptions, limit: 1_000)).rows where row.isNew {
            let prefix = String(row.id.dropLast())
            if try store.findRecords(prefix) == [RecordRef(kind: .exceptions, id: row.id)] { return (row.id, prefix) }
        }
        throw TestFailure("no restartable exception with a unique prefix in the fixture")
    }

    func confirmOperation(_ driver: ConsoleDriver) -> ConfirmDialog.Operation? {
        guard case .confirm(let dialog)? = driver.state.dialog else { return nil }
        return dialog.operation
    }

    // Defect (issue 13 item 5): `a` on a ticket reached by a link from its order said "no such action on this tab".
    @Test func anActionTargetsTheRecordAFollowedLinkShows() throws {
        let ticket = try acceptableTicket()
        let orderId = try #require(ticket.orderId)
        let driver = try driver()
        driver.press(.char("/"))
        driver.type(orderId)
        driver.press(.enter, .enter)
        #expect(driver.state.detail.target?.id == orderId)
        let links = try #require(driver.state.detailDocument?.links)
        let index = try #require(links.firstIndex { $0.kind == .tickets && $0.id == ticket.caseId })
        for _ in 0...index { driver.press(.char("]")) }
        driver.press(.enter)
        #expect(driver.state.detail.target == DetailState.Target(kind: .tickets, id: ticket.caseId))
        #expect(driver.state.activeTab == .orders)
        driver.press(.char("a"))
        #expect(confirmOperation(driver) == .enqueue([.acceptTicket(caseId: ticket.caseId)]))
        #expect(driver.toast != "此标签页没有该操作 No such action on this tab")
    }

    @Test func whileAFollowedRecordLoadsAnActionTargetsNothingRatherThanTheListsRow() throws {
        let ticket = try acceptableTicket()
        let driver = try driver()
        driver.press(.char("5"))
        #expect(driver.select(id: ticket.caseId))
        driver.press(.enter)
        // A link followed whose record has not arrived yet.
        _ = driver.console.state.detail.followLink(viewport: DetailViewport(
            context: driver.state.displayContext, paneWidth: driver.state.layout.detailArea.width,
            lines: driver.state.layout.detailLines))
        #expect(driver.state.detail.isFollowing && driver.state.detail.record == nil)
        driver.press(.char("a"))
        #expect(driver.state.dialog == nil, "the ticket behind the link must not be the target")
    }

    @Test func gotoJumpsToARecordByIdOrUniquePrefixAndSaysWhenItCannot() throws {
        let ticket = try acceptableTicket()
        let driver = try driver()
        driver.press(.char(":"))
        driver.type("goto " + ticket.caseId)
        driver.press(.enter)
        #expect(driver.state.activeTab == .tickets)
        #expect(driver.state.focus == .detail)
        #expect(driver.state.detail.record?.id == ticket.caseId)
        // The record is where the seller looks: its actions work here.
        driver.press(.char("a"))
        #expect(confirmOperation(driver) == .enqueue([.acceptTicket(caseId: ticket.caseId)]))
        driver.press(.escape)
        // Esc goes back to the list.
        driver.press(.escape)
        #expect(driver.state.detail.isFollowing == false)
        // A unique prefix.
        let exception = try restartableException()
        driver.press(.char(":"))
        driver.type("goto " + exception.prefix)
        driver.press(.enter)
        #expect(driver.state.activeTab == .exceptions)
        #expect(driver.state.detail.record?.id == exception.id)
        driver.press(.char("R"))
        #expect(confirmOperation(driver) == .enqueue([.restart(messageId: exception.id)]))
        driver.press(.escape)
        // Nothing, and several.
        driver.press(.char(":"))
        driver.type("goto no-such-record")
        driver.press(.enter)
        #expect(driver.toast == "没有编号为「no-such-record」的记录")
        driver.press(.char(":"))
        driver.type("goto " + String(ticket.caseId.prefix(1)))
        driver.press(.enter)
        #expect(driver.toast?.hasPrefix("「\(ticket.caseId.prefix(1))」匹配多条记录") == true)
        driver.press(.char(":"))
        driver.type("goto")
        driver.press(.enter)
        #expect(driver.toast == ":goto 需要记录编号")
    }

    @Test func theCommandLineAndTheFilterKeepAHistory() throws {
        let driver = try driver()
        for line in ["exceptions", "tickets"] {
            driver.press(.char(":"))
            driver.type(line)
            driver.press(.enter)
        }
        #expect(driver.state.activeTab == .tickets)
        driver.press(.char(":"))
        driver.type("ord")
        driver.press(.up)
        #expect(driver.state.mode == .command(TextInputState("tickets", maxLength: 200)))
        driver.press(.up)
        #expect(driver.state.mode == .command(TextInputState("exceptions", maxLength: 200)))
        driver.press(.up)   // nothing older: stays
        #expect(driver.state.mode == .command(TextInputState("exceptions", maxLength: 200)))
        driver.press(.down, .down)   // past the newest: what was typed
        #expect(driver.state.mode == .command(TextInputState("ord", maxLength: 200)))
        driver.press(.up, .up, .enter)
        #expect(driver.state.activeTab == .exceptions)
        // The filter: an earlier filter comes back and applies as it appears.
        driver.press(.char("1"), .char("/"))
        driver.type("杭州")
        driver.press(.enter)
        driver.press(.char("/"), .ctrl("u"), .enter)
        #expect(driver.state.activeList?.query.filterText == "")
        driver.press(.char("/"), .up)
        #expect(driver.state.activeList?.query.filterText == "杭州")
    }

    @Test func historyIsBounded() {
        var history = PromptHistory()
        for n in 0..<(PromptHistory.limit + 20) { history.add("line \(n)") }
        history.add("line \(PromptHistory.limit + 19)")   // the same as the newest: not twice
        history.add("   ")
        #expect(history.lines.count == PromptHistory.limit)
        #expect(history.lines.first == "line 20")
    }

    @Test func quittingWithUnsentActionsAsksAndOnlyYQuits() throws {
        let quiet = try driver()
        quiet.press(.char("q"))
        #expect(quiet.state.quitting, "nothing pending: no question")

        let store = try LocalStore(path: storePath)
        _ = try store.enqueue([.restart(messageId: try restartableException().id),
                               .acceptTicket(caseId: try acceptableTicket().caseId)], at: ConsoleDriver.now)
        let driver = try driver()
        driver.press(.char("q"))
        #expect(!driver.state.quitting)
        let question = "还有 2 个操作未发送，下次启动时会继续发送。退出？ y/n"
        #expect(driver.state.mode == .quitQuestion(QuitQuestion(PendingWork(unsent: 2, inFlight: 0))))
        #expect(driver.screenText.contains(question))
        driver.press(.char("n"))
        #expect(!driver.state.quitting && driver.state.mode == .normal)
        driver.press(.escape)
        driver.press(.char("q"), .char("j"))
        #expect(!driver.state.quitting)
        driver.press(.char(":"))
        driver.type("q")
        driver.press(.enter, .char("y"))
        #expect(driver.state.quitting)
    }

    @Test func theQuestionCountsActionsOnTheWire() {
        #expect(QuitQuestion(PendingWork(unsent: 3, inFlight: 1)).text.zh
                == "还有 3 个操作未发送（1 个发送中），下次启动时会继续发送。退出？ y/n")
        #expect(QuitQuestion(PendingWork(unsent: 3, inFlight: 1)).text.en
                == "3 actions not sent yet (1 sending); they are sent at the next start. Quit? y/n")
    }
}
