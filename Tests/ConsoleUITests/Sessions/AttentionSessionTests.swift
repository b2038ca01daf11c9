import ConsoleUI
import ListContract
import SellerCore
import SellerStore
import TermUI
import TestSupport
import Testing

/// Issue 13, notifications: records new to the seller are marked 新 until the detail pane shows them, and a
/// sync that brings new failures or customer messages says so (toast, bell and title when configured).
@Suite struct AttentionSessionTests {
    let directory: TemporaryDirectory
    let storePath: String

    init() throws {
        directory = try TemporaryDirectory("attention")
        storePath = try ConsoleFixtureStore.make(orders: 200, in: directory)
    }

    func driver() throws -> ConsoleDriver {
        try ConsoleDriver(storePath: storePath, size: Size(width: 160, height: 48))
    }

    /// The list's part of the screen line that shows `text` (the detail pane is on the right).
    static func line(_ driver: ConsoleDriver, _ text: String) -> String? {
        driver.screenText.split(separator: "\n").map { String($0.prefix(96)) }.first { $0.contains(text) }
    }

    static func later(_ driver: ConsoleDriver, seconds: Int64) -> Timestamp {
        driver.state.now.adding(seconds: seconds)
    }

    @Test func aNewRecordIsMarkedUntilTheDetailShowsIt() throws {
        let driver = try driver()
        driver.press(.char("3"))
        let rows = try #require(driver.state.activeList?.window.rows)
        // The first row is shown (and so seen) at once; take a new one further down.
        let target = try #require(rows.dropFirst().first { $0.isNew })
        guard case .exception(let message) = target.content else { return }
        let before = try #require(Self.line(driver, message.orderId))
        #expect(before.contains(ListPresentation.newBadge.zh))
        #expect(driver.select(id: target.id))
        #expect(driver.screenText.contains("需要处理，此前未查看"))
        #expect(driver.otherEffects.contains(.write(.markSeen(RecordRef(kind: .exceptions, id: target.id),
                                                              at: driver.state.now))))
        driver.send(.tick(Self.later(driver, seconds: 2)))
        #expect(driver.state.activeList?.window.selectedRow?.isNew == false)
        let after = try #require(Self.line(driver, message.orderId))
        #expect(!after.contains(ListPresentation.newBadge.zh))
        // Seen is kept in the store: a console opened again does not mark it.
        let again = try self.driver()
        again.press(.char("3"))
        #expect(again.state.activeList?.window.rows.first { $0.id == target.id }?.isNew == false)
    }

    @Test func aSyncThatBringsNewFailuresAndMessagesToastsRingsAndSetsTheTitle() throws {
        let driver = try driver()
        driver.console.state.attention.bellEnabled = true
        driver.console.state.attention.titleEnabled = true
        driver.send(.tick(Self.later(driver, seconds: 1)))
        let before = try #require(driver.state.attention.counts)
        #expect(driver.console.terminal.titles.last == "seller-console · \(before.total) 条新待处理")
        // What a sync would write: two new failures and a new ticket.
        let store = try LocalStore(path: storePath)
        var first = PresentationFixtures.exception
        first.messageId = "PMNEW1"
        first.state = .exhausted
        var second = first
        second.messageId = "PMNEW2"
        var ticket = PresentationFixtures.ticket
        ticket.caseId = "TTNEW1"
        ticket.status = .pendingAccept
        try store.write {
            for record: SellerRecord in [.exception(first), .exception(second), .ticket(ticket)] {
                _ = try store.upsert(record)
            }
        }
        driver.send(.syncFinished(SyncReport(finishedAt: driver.state.now, changed: 3, rejected: 0, error: nil)))
        #expect(driver.state.toasts.contains { $0.message == "2 条新的接口异常 · 1 条新的客户留言" })
        #expect(driver.console.terminal.bellCount == 1)
        #expect(driver.console.terminal.titles.last == "seller-console · \(before.total + 3) 条新待处理")
        // A sync that brings nothing new stays quiet.
        driver.send(.tick(Self.later(driver, seconds: 10)))
        driver.send(.syncFinished(SyncReport(finishedAt: driver.state.now, changed: 0, rejected: 0, error: nil)))
        #expect(!driver.state.toasts.contains { $0.message.contains("条新的") })
        #expect(driver.console.terminal.bellCount == 1)
    }

    @Test func withoutTheConfigThereIsNoBellAndNoTitle() throws {
        let driver = try driver()
        let store = try LocalStore(path: storePath)
        var message = PresentationFixtures.exception
        message.messageId = "PMNEW3"
        message.state = .retrying
        try store.write { _ = try store.upsert(.exception(message)) }
        driver.send(.syncFinished(SyncReport(finishedAt: driver.state.now, changed: 1, rejected: 0, error: nil)))
        #expect(driver.toast == "1 条新的接口异常")
        #expect(driver.console.terminal.bellCount == 0)
        #expect(driver.console.terminal.titles.isEmpty)
    }
}
