import ConsoleUI
import ListContract
import Localization
import SellerCore
import SellerStore
import TermUI
import TestSupport
import Testing

/// Scripted action sessions over a real store (ARCHITECTURE §7, issue 4): every action opens a dialog naming its target
/// with Cancel focused, is refused in --readonly and by the state machine at once, and lands in the outbox.
@Suite struct ActionSessionTests {
    let directory: TemporaryDirectory
    let storePath: String

    init() throws {
        directory = try TemporaryDirectory("actions")
        storePath = try ActionFixtures.store(orders: 300, in: directory)
    }

    func driver(readOnly: Bool = false, workingDirectory: String = "/", language: Language = .zh) throws -> ConsoleDriver {
        try ConsoleDriver(storePath: storePath, size: Size(width: 120, height: 40), readOnly: readOnly,
                          workingDirectory: workingDirectory, language: language)
    }

    /// Switches to `tab` with every status shown and selects `id`.
    func open(_ driver: ConsoleDriver, _ tab: ConsoleTab, status: String = "all", select id: String? = nil) {
        driver.press(.char(Character(tab.hotkey)))
        driver.press(.char(":"))
        driver.type("status " + status)
        driver.press(.enter)
        if let id { #expect(driver.select(id: id), "\(id) not in \(tab)") }
    }

    func outbox() throws -> LocalStore { try LocalStore(path: storePath) }

    func items(_ kind: EntityKind, _ id: String) throws -> [OutboxItem] {
        try outbox().outboxItems(target: kind, id: id)
    }

    func confirmDialog(_ driver: ConsoleDriver) -> ConfirmDialog? {
        if case .confirm(let confirm)? = driver.state.dialog { return confirm }
        return nil
    }

    @Test func restartOpensADialogWithCancelFocusedAndQueuesOnConfirm() throws {
        let driver = try driver()
        open(driver, .exceptions, select: ActionFixtures.exhaustedId)
        driver.press(.char("R"))
        let confirm = try #require(confirmDialog(driver))
        #expect(confirm.focusedButton == 0)
        #expect(confirm.items.joined().contains(ActionFixtures.exhaustedId))
        #expect(confirm.items.joined().contains(PresentationFixtures.orderId))
        #expect(driver.screenText.contains("[ 取消 ]"))
        driver.press(.enter)
        #expect(driver.state.dialog == nil)
        #expect(try items(.exceptions, ActionFixtures.exhaustedId).isEmpty)
        driver.press(.char("R"), .tab, .enter)
        let queued = try items(.exceptions, ActionFixtures.exhaustedId)
        #expect(queued.count == 1)
        #expect(queued.first?.action == .restart(messageId: ActionFixtures.exhaustedId))
        #expect(queued.first?.state == .queued)
        #expect(driver.state.activeList?.window.selectedRow?.pendingMark == PendingMark(.restart))
        #expect(driver.screenText.contains(ListPresentation.pendingBadge))
        #expect(driver.state.outboxCount == 1)
        // A second restart on the same message is refused at once: one is already in the queue.
        driver.press(.char("R"))
        #expect(driver.state.dialog == nil)
        #expect(driver.toast?.contains("还在队列中") == true)
    }

    @Test func markedRowsRestartTogetherAndEscClearsMarks() throws {
        let driver = try driver()
        open(driver, .exceptions, status: "exhausted")
        let rows = try #require(driver.state.activeList?.window.rows)
        try #require(rows.count >= 4)
        driver.press(.char(" "), .char(" "), .char(" "))
        #expect(driver.screenText.contains("已标记 3"))
        driver.press(.escape)
        #expect(driver.state.exceptionMarks == .none)
        driver.press(.char("g"), .char(" "), .char(" "), .char(" "), .char("R"))
        let confirm = try #require(confirmDialog(driver))
        #expect(confirm.title == "重新启动 3 条消息")
        driver.press(.right, .enter)
        let store = try outbox()
        #expect(try store.outboxCount() == 3)
        for row in rows.prefix(3) {
            #expect(try store.outboxItems(target: .exceptions, id: row.id).first?.action == .restart(messageId: row.id))
        }
        #expect(driver.state.exceptionMarks == .none)
    }

    @Test func markAllRestartsEveryMatchingMessageExpandedByTheStore() throws {
        let driver = try driver()
        open(driver, .exceptions, status: "exhausted")
        let query = try #require(driver.state.activeList?.query)
        let expected = try LocalStore(path: storePath, readOnly: true).count(query)
        driver.press(.char("*"), .char("R"))
        let confirm = try #require(confirmDialog(driver))
        #expect(confirm.operation == .restartAllMatching(query))
        #expect((confirm.lines + confirm.notes).joined().contains("10,000"))
        driver.press(.tab, .enter)
        #expect(try outbox().outboxCount() == expected)
        #expect(driver.toast?.contains("已加入队列 \(expected)") == true)
    }

    @Test func readOnlyRefusesEveryActionKey() throws {
        let driver = try driver(readOnly: true)
        open(driver, .exceptions, select: ActionFixtures.exhaustedId)
        for key in ["R", " ", "*"] {
            driver.press(.char(Character(key)))
            #expect(driver.state.dialog == nil)
            #expect(driver.toast == "只读模式：不能执行操作（--readonly）")
        }
        open(driver, .supervision, select: ActionFixtures.confirmTaskId)
        driver.press(.char("c"))
        #expect(driver.state.dialog == nil)
        #expect(try outbox().outboxCount() == 0)
    }

    /// The same refusals in an English console: whole English sentences, the Chinese node named only as a label.
    @Test func refusalsInAnEnglishConsoleAreEnglish() throws {
        let readOnly = try driver(readOnly: true, language: .en)
        open(readOnly, .exceptions, select: ActionFixtures.exhaustedId)
        readOnly.press(.char("R"))
        #expect(readOnly.toast == "Read-only mode: actions are off (--readonly).")
        let driver = try driver(language: .en)
        open(driver, .supervision, select: PresentationFixtures.taskId)
        driver.press(.char("c"))
        #expect(driver.state.dialog == nil)
        #expect(driver.toast == "Cannot confirm the requirement (now Buyer accept): the buyer's requirement can only be"
                + " confirmed or rejected at the To confirm step.")
        driver.press(.char("a"))
        #expect(driver.toast == "This tab has no such action.")
        #expect(try outbox().outboxCount() == 0)
    }

    @Test func theStateMachineRefusesAtOnceWithTheReason() throws {
        let driver = try driver()
        open(driver, .supervision, select: PresentationFixtures.taskId)
        driver.press(.char("c"))
        #expect(driver.state.dialog == nil)
        #expect(driver.toast?.hasPrefix("不能确认需求") == true)
        driver.press(.char("a"))
        #expect(driver.toast == "此标签页没有该操作")
        #expect(try outbox().outboxCount() == 0)
    }

    @Test func confirmAndRejectRequirement() throws {
        let driver = try driver()
        open(driver, .supervision, select: ActionFixtures.confirmTaskId)
        driver.press(.char("x"))
        guard case .form(let form)? = driver.state.dialog else {
            Issue.record("no reject form")
            return
        }
        #expect(form.focus == .field(0))
        driver.press(.tab, .tab, .enter)   // 驳回 with an empty reason
        guard case .form(let refused)? = driver.state.dialog else {
            Issue.record("the form closed on an empty reason")
            return
        }
        #expect(refused.error?.contains("不能为空") == true)
        #expect(refused.focus == .field(0))
        driver.type("需求缺少部署环境说明")
        driver.press(.enter)
        driver.type("请补充")
        driver.press(.tab, .tab, .enter)
        #expect(confirmDialog(driver)?.focusedButton == 0)
        driver.press(.tab, .enter)
        let queued = try items(.supervision, ActionFixtures.confirmTaskId)
        #expect(queued.first?.action == .rejectRequirement(taskId: ActionFixtures.confirmTaskId,
                                                           reason: "需求缺少部署环境说明\n请补充"))
    }

    @Test func confirmRequirementQueues() throws {
        let driver = try driver()
        open(driver, .supervision, select: ActionFixtures.confirmTaskId)
        driver.press(.char("c"))
        #expect(confirmDialog(driver)?.confirmLabel == "确认需求")
        driver.press(.tab, .enter)
        #expect(try items(.supervision, ActionFixtures.confirmTaskId).first?.action
                == .confirmRequirement(taskId: ActionFixtures.confirmTaskId))
    }

    @Test func deliverPicksFilesByTypedPathAndCompletion() throws {
        let files = try ActionFixtures.files(in: directory)
        let driver = try driver(workingDirectory: files)
        open(driver, .supervision, select: ActionFixtures.deliverTaskId)
        driver.press(.char("d"))
        guard case .deliver(let opened)? = driver.state.dialog else {
            Issue.record("no deliver form")
            return
        }
        #expect(opened.visibleEntries.map(\.name) == ["..", "docs", "readme.txt"])
        driver.type("do")
        driver.press(.tab)
        guard case .deliver(var form)? = driver.state.dialog else { return }
        #expect(form.path.text == "docs/")
        #expect(form.visibleEntries.map(\.name) == ["..", "notes", "截图.png", "验收报告.pdf"])
        driver.type("验")
        driver.press(.tab)
        if case .deliver(let completed)? = driver.state.dialog { #expect(completed.path.text == "docs/验收报告.pdf") }
        driver.press(.enter)
        driver.type("截")
        driver.press(.tab, .enter)
        driver.type("notes")
        driver.press(.enter)   // a directory from the listing: entered, not added
        if case .deliver(let inNotes)? = driver.state.dialog { #expect(inNotes.path.text == "docs/notes/") }
        driver.press(.backspace, .backspace, .backspace, .backspace, .backspace, .backspace)
        driver.type(".")
        if case .deliver(let hidden)? = driver.state.dialog {
            #expect(hidden.visibleEntries.map(\.name) == ["..", ".hidden"])
        }
        driver.press(.ctrl("u"))
        guard case .deliver(let picked)? = driver.state.dialog else { return }
        form = picked
        #expect(form.files.map(\.fileName) == ["验收报告.pdf", "截图.png"])
        #expect(form.files.map(\.measurement) == [
            .measured(size: Int64(ActionFixtures.acceptanceText.utf8.count), sha256: ActionFixtures.acceptanceSHA),
            .measured(size: Int64(ActionFixtures.screenshotText.utf8.count), sha256: ActionFixtures.screenshotSHA),
        ])
        driver.press(.ctrl("n"), .char("t"))   // 截图.png: 验收文档 → 截图
        driver.press(.ctrl("n"))
        driver.type("2026-11-31 15:00")
        driver.press(.ctrl("n"), .right, .enter)
        if case .deliver(let invalid)? = driver.state.dialog { #expect(invalid.error?.contains("yyyy-MM-dd") == true) }
        driver.press(.ctrl("u"))
        driver.type("2026-11-23 15:00")
        driver.press(.tab, .right, .enter)
        let confirm = try #require(confirmDialog(driver))
        #expect(confirm.items.contains("· 截图.png · 截图 · 20 B"))
        driver.press(.tab, .enter)
        let item = try #require(try items(.supervision, ActionFixtures.deliverTaskId).first)
        let start = LocalTimeParse.minute("2026-11-23 15:00", utcOffsetSeconds: 8 * 3600)
        #expect(item.action == .deliver(taskId: ActionFixtures.deliverTaskId, files: [
            DeliverableUpload(path: files + "/docs/验收报告.pdf", fileName: "验收报告.pdf",
                              size: Int64(ActionFixtures.acceptanceText.utf8.count), sha256: ActionFixtures.acceptanceSHA,
                              kind: .acceptance),
            DeliverableUpload(path: files + "/docs/截图.png", fileName: "截图.png",
                              size: Int64(ActionFixtures.screenshotText.utf8.count), sha256: ActionFixtures.screenshotSHA,
                              kind: .screenshot),
        ], actualStart: start))
    }

    @Test func deliverRefusesADirectoryTypedAsAFile() throws {
        let files = try ActionFixtures.files(in: directory)
        let driver = try driver(workingDirectory: files)
        open(driver, .supervision, select: ActionFixtures.deliverTaskId)
        driver.press(.char("d"))
        driver.type("docs/nope")
        driver.press(.enter)
        guard case .deliver(let form)? = driver.state.dialog else { return }
        #expect(form.files.isEmpty)
        #expect(form.error?.contains("nope") == true)
        driver.press(.ctrl("n"), .ctrl("n"), .ctrl("n"), .ctrl("n"), .enter)
        if case .deliver(let empty)? = driver.state.dialog { #expect(empty.error?.contains("至少") == true) }
    }

    @Test func ticketAcceptReplyAndResolve() throws {
        let driver = try driver()
        open(driver, .tickets, select: ActionFixtures.newTicketId)
        driver.press(.char("m"))
        #expect(driver.toast?.contains("受理") == true)
        driver.press(.char("a"), .tab, .enter)
        #expect(try items(.tickets, ActionFixtures.newTicketId).first?.action
                == .acceptTicket(caseId: ActionFixtures.newTicketId))
        open(driver, .tickets, select: PresentationFixtures.caseId)
        driver.press(.char("m"))
        driver.type("已修复，请重新登录")
        driver.press(.ctrl("t"), .tab, .tab, .tab, .enter)
        #expect(confirmDialog(driver)?.items.joined().contains("待客户反馈") == true)
        driver.press(.tab, .enter)
        #expect(try items(.tickets, PresentationFixtures.caseId).first?.action
                == .replyTicket(caseId: PresentationFixtures.caseId, content: "已修复，请重新登录", waitForCustomer: true))
        // The reply is in flight, so 确认解决 on the same ticket is refused until it is sent.
        driver.press(.char("C"))
        #expect(driver.toast?.contains("还在队列中") == true)
        let store = try outbox()
        while let claimed = try store.claimNextDue(at: ConsoleDriver.now, leaseSeconds: 60) {   // accept, then reply
            try store.completeOutboxItem(id: claimed.id, result: nil, at: ConsoleDriver.now)
        }
        // The store changed under the console (the sender's work): the refresh on the next tick clears the badge.
        driver.send(.storeChanged(.outbox(recordKind: .tickets)))
        driver.send(.tick(ConsoleDriver.now.adding(seconds: 2)))
        #expect(driver.state.activeList?.window.selectedRow?.pendingMark == nil)
        driver.press(.char("C"))
        driver.type("License 服务缓存过期")
        driver.press(.tab, .tab, .tab, .enter)   // 确认解决 without 解决方案
        guard case .form(let form)? = driver.state.dialog else {
            Issue.record("the resolve form closed")
            return
        }
        #expect(form.error != nil && form.focus == .field(1))
        driver.type("清理缓存并延长有效期")
        driver.press(.tab, .tab, .enter, .tab, .enter)
        #expect(try items(.tickets, PresentationFixtures.caseId).first?.action
                == .resolveTicket(caseId: PresentationFixtures.caseId, cause: "License 服务缓存过期",
                                  solution: "清理缓存并延长有效期"))
    }

    @Test func outboxRetriesAndDiscards() throws {
        let driver = try driver()
        open(driver, .exceptions, select: ActionFixtures.exhaustedId)
        driver.press(.char("R"), .tab, .enter)
        let store = try outbox()
        let claimed = try #require(try store.claimNextDue(at: ConsoleDriver.now, leaseSeconds: 60))
        try store.failOutboxItem(id: claimed.id, error: "409 EXCEPTION.ILLEGAL_TRANSITION", at: ConsoleDriver.now)
        driver.press(.char("6"))
        #expect(driver.state.outbox.selectedItem?.state == .failed)
        #expect(driver.screenText.contains("失败"))
        driver.press(.enter)
        #expect(driver.state.focus == .detail)
        #expect(driver.screenText.contains(claimed.idempotencyKey))
        driver.press(.escape, .char("R"))
        #expect(try store.outboxItem(id: claimed.id)?.state == .queued)
        #expect(driver.state.outbox.selectedItem?.state == .queued)
        // On the wire: discarding is refused with the reason.
        _ = try store.claimNextDue(at: ConsoleDriver.now, leaseSeconds: 600)
        driver.send(.storeChanged(.outbox(recordKind: .exceptions)))
        driver.press(.char("D"))
        #expect(confirmDialog(driver)?.focusedButton == 0)
        driver.press(.tab, .enter)
        #expect(driver.toast?.contains("不能放弃") == true)
        #expect(try store.outboxItem(id: claimed.id)?.state == .sending)
        try store.failOutboxItem(id: claimed.id, error: "timeout", at: ConsoleDriver.now)
        driver.press(.char("f"))   // 未完成
        driver.press(.char("D"), .tab, .enter)
        #expect(try store.outboxItem(id: claimed.id)?.state == .discarded)
        #expect(driver.state.outbox.items.isEmpty)
        #expect(driver.state.outboxCount == 0)
    }
}
