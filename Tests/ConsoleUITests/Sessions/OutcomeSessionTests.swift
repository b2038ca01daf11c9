import ConsoleUI
import ListContract
import SellerCore
import SellerStore
import TermUI
import TestSupport
import Testing

/// Issue 13's true outcomes and sync problems as a seller sees them in the console: a 重新启动 whose re-call
/// failed again reads as a failure on the row, in the 队列 tab, in the detail and in a toast; records the sync
/// could not decode are counted in the status bar and listed by `:problems` until they decode.
@Suite struct OutcomeSessionTests {
    static let size = Size(width: 160, height: 48)

    /// A fixture store with one 重新启动 that the marketplace applied but whose re-call failed again, recorded
    /// the way the sender records it.
    static func storeWithFailedRestart(_ directory: TemporaryDirectory) throws -> (path: String, id: String,
                                                                                  item: Int64, reason: String) {
        let path = try ConsoleFixtureStore.make(orders: 300, in: directory)
        let store = try LocalStore(path: path)
        defer { try? store.close() }
        let id = try #require(try store.ids(
            matching: StoreListQuery(kind: .exceptions, statuses: [.exception(.exhausted)]), limit: 1).first)
        guard case .queued(let item) = try store.enqueue(.restart(messageId: id), at: ConsoleDriver.now) else {
            throw OutcomeSessionError.notQueued
        }
        _ = try store.claimNextDue(at: ConsoleDriver.now, leaseSeconds: 30)
        let reason = "重新启动失败：接口再次失败（000005 · HTTP 200 · resultCode=000005）"
        try store.failAppliedOutboxItem(id: item.id, error: reason,
                                        failure: ActionFailure(.restartFailed, httpStatus: 200, errorCode: "000005",
                                                               message: "resultCode=000005"),
                                        result: nil, at: ConsoleDriver.now)
        return (path, id, item.id, reason)
    }

    static func text(_ document: DetailDocument?) -> String {
        (document?.lines ?? []).map { line in
            switch line {
            case .field(let key, let value, _): "\(key) \(value)"
            case .section(let title): title
            case .text(let text, _): text
            case .link, .blank: ""
            }
        }.joined(separator: "\n")
    }

    @Test("a restart whose re-call failed again: failed on the row, in 队列, in the detail and a toast")
    func failedRestartIsAFailureEverywhere() throws {
        let directory = try TemporaryDirectory("outcome-session")
        let scene = try Self.storeWithFailedRestart(directory)
        let driver = try ConsoleDriver(storePath: scene.path, size: Self.size)
        driver.send(.outboxActionFailed(id: scene.item, reason: scene.reason))
        #expect(driver.toast?.contains("重新启动失败：接口再次失败（000005") == true, "\(driver.toast ?? "no toast")")

        driver.press(.char("3"))
        #expect(driver.select(id: scene.id))
        let row = try #require(driver.state.activeList?.window.selectedRow)
        #expect(row.pendingMark?.state == .failed && row.pendingMark?.failure == .known(.restartFailed))
        // The row itself says why, beside its ✗ (the list's only failed row).
        let line = driver.screenText.split(separator: "\n").first { $0.contains("│✗") }
        let listPart = line?.split(separator: "│", omittingEmptySubsequences: true).first  // not the detail beside it
        #expect(listPart?.contains("重启失败") == true, "the row says why: \(driver.screenText)")
        let detail = Self.text(driver.state.detailDocument)
        #expect(detail.contains("重新启动失败：接口再次失败（000005"), "the detail says why: \(detail.prefix(400))")
        #expect(!driver.screenText.contains("已完成"))

        driver.press(.char("6"))
        let screen = driver.screenText
        #expect(screen.contains("重新启动失败"), "\(screen)")
        #expect(!screen.contains("已完成"))
    }

    /// A fixture store with two records the sync could not decode, one with escapes in its reason.
    static func storeWithProblems(_ directory: TemporaryDirectory) throws -> String {
        let path = try ConsoleFixtureStore.make(orders: 300, in: directory)
        let store = try LocalStore(path: path)
        defer { try? store.close() }
        try store.recordReject(kind: .orders, id: "CS-BROKEN-1", path: "items[3].amount",
                               reason: "expected a number, got \"\u{1b}[2Jtext\"", at: ConsoleDriver.now)
        try store.recordReject(kind: .tickets, id: "#7", path: "items[7]", reason: "missing caseId",
                               at: ConsoleDriver.now)
        return path
    }

    @Test(":problems lists the records the sync could not decode, sanitised; the status bar counts them")
    func problemsViewListsRejectedRecords() throws {
        let directory = try TemporaryDirectory("problems-session")
        let path = try Self.storeWithProblems(directory)
        let driver = try ConsoleDriver(storePath: path, size: Size(width: 80, height: 24))
        #expect(driver.state.problems.count == 2)
        #expect(driver.screenText.contains("⚠ 2 条无法解析"), "\(driver.screenText)")

        driver.press(.char(":"))
        driver.type("problems")
        driver.press(.enter)
        #expect(driver.state.problems.isOpen)
        let screen = driver.screen
        let text = screen.textDump
        #expect(text.contains("CS-BROKEN-1") && text.contains("items[3].amount") && text.contains("#7"), "\(text)")
        #expect(!screen.cells.contains { $0.grapheme.unicodeScalars.contains { $0.value == 0x1b } })

        // The next sync asked for the order again and it decoded: it leaves the list, and the count falls.
        let store = try LocalStore(path: path)
        try store.clearReject(kind: .orders, id: "CS-BROKEN-1")
        try store.close()
        driver.send(.syncFinished(SyncReport(finishedAt: ConsoleDriver.now, changed: 1, rejected: 0, error: nil)))
        #expect(driver.state.problems.count == 1)
        #expect(driver.state.problems.rows.map(\.recordId) == ["#7"])
        driver.press(.escape)
        #expect(!driver.state.problems.isOpen)
        #expect(driver.screenText.contains("⚠ 1 条无法解析"))
    }
}

enum OutcomeSessionError: Error { case notQueued }
