import ConsoleUI
import Localization
import SellerCore
import SellerStore
import TermUI
import TestSupport
import Testing

/// Golden screens of every action dialog and form, the 队列 tab with items in every state, and the refusal
/// toasts, at 80x24 and at the minimum 60x15 (the dialog must wrap and fit). The picker's folder is the test's own
/// temporary one, shown relative, so the goldens do not depend on where it is.
@Suite struct ActionDialogGoldenTests {
    static let small = Size(width: 60, height: 15)
    static let normal = Size(width: 80, height: 24)
    static let large = Size(width: 160, height: 48)

    let directory: TemporaryDirectory
    let storePath: String
    let files: String

    init() throws {
        directory = try TemporaryDirectory("action-screens")
        storePath = try ActionFixtures.store(orders: 40, in: directory)
        files = try ActionFixtures.files(in: directory)
    }

    func driver(_ size: Size = ActionDialogGoldenTests.normal, readOnly: Bool = false,
                language: Language = .zh) throws -> ConsoleDriver {
        try ConsoleDriver(storePath: storePath, size: size, readOnly: readOnly, now: PresentationFixtures.now,
                          workingDirectory: files, language: language)
    }

    /// `80x24`, and `80x24-en` for the English goldens beside the Chinese ones.
    static func name(_ size: Size, _ language: Language) -> String {
        "\(size.width)x\(size.height)" + (language == .en ? "-en" : "")
    }

    func expectScreen(_ driver: ConsoleDriver, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let screen = driver.screen
        for cell in screen.cells {
            for scalar in cell.grapheme.unicodeScalars where scalar.value < 0x20 || scalar.value == 0x7F {
                Issue.record("control character in \(name)", sourceLocation: sourceLocation)
            }
        }
        #expect(!screen.textDump.contains(directory.file("")), "the temporary path leaked into \(name)",
                sourceLocation: sourceLocation)
        PresentationSnapshot.expect(screen, name, suite: "Actions", sourceLocation: sourceLocation)
    }

    func open(_ driver: ConsoleDriver, _ tab: ConsoleTab, select id: String) {
        driver.press(.char(Character(tab.hotkey)), .char(":"))
        driver.type("status all")
        driver.press(.enter)
        #expect(driver.select(id: id), "\(id) not in \(tab)")
    }

    @Test(arguments: [normal, small])
    func restartDialogs(size: Size) throws { try restartDialogs(size, .zh) }

    func restartDialogs(_ size: Size, _ language: Language) throws {
        let name = Self.name(size, language)
        let driver = try driver(size, language: language)
        open(driver, .exceptions, select: ActionFixtures.exhaustedId)
        driver.press(.char("R"))
        expectScreen(driver, "restart-one-\(name)")
        driver.press(.escape, .char("g"), .char(" "), .char(" "), .char(" "), .char("R"))
        expectScreen(driver, "restart-bulk-\(name)")
        driver.press(.escape, .escape, .char("*"), .char("R"))
        expectScreen(driver, "restart-all-matching-\(name)")
    }

    @Test(arguments: [normal, small])
    func supervisionDialogs(size: Size) throws { try supervisionDialogs(size, .zh) }

    func supervisionDialogs(_ size: Size, _ language: Language) throws {
        let name = Self.name(size, language)
        let driver = try driver(size, language: language)
        open(driver, .supervision, select: ActionFixtures.confirmTaskId)
        driver.press(.char("c"))
        expectScreen(driver, "confirm-requirement-\(name)")
        driver.press(.escape, .char("x"))
        driver.type("需求文档缺少部署环境（操作系统、数据库版本）和验收标准，请补充后重新提交。")
        driver.press(.enter)
        driver.type("谢谢！")
        expectScreen(driver, "reject-editor-\(name)")
        driver.press(.escape)
        expectScreen(driver, "reject-discard-\(name)")
        driver.press(.char("y"))   // Esc with text typed asks first
        #expect(driver.select(id: ActionFixtures.deliverTaskId))
        driver.press(.char("d"))
        driver.type("do")
        driver.press(.tab)
        expectScreen(driver, "deliver-picker-\(name)")
        driver.type("验")
        driver.press(.tab, .enter)
        driver.type("截")
        driver.press(.tab, .enter, .ctrl("n"), .char("t"))
        // A third file still being measured (the runtime has not answered yet).
        if case .deliver(var form)? = driver.state.dialog, var measuring = form.files.last {
            measuring.path = files + "/readme.txt"
            measuring.fileName = "readme.txt"
            measuring.kind = .other
            measuring.measurement = nil
            form.files.append(measuring)
            driver.console.state.dialog = .deliver(form)
        }
        expectScreen(driver, "deliver-form-\(name)")
        driver.press(.char("j"), .char("x"), .ctrl("n"))   // remove readme.txt again
        driver.type("2026-11-23 15:00")
        driver.press(.ctrl("n"), .right, .enter)
        expectScreen(driver, "deliver-confirm-\(name)")
    }

    @Test(arguments: [normal, small])
    func ticketDialogs(size: Size) throws { try ticketDialogs(size, .zh) }

    func ticketDialogs(_ size: Size, _ language: Language) throws {
        let name = Self.name(size, language)
        let driver = try driver(size, language: language)
        open(driver, .tickets, select: ActionFixtures.newTicketId)
        driver.press(.char("a"))
        expectScreen(driver, "ticket-accept-\(name)")
        driver.press(.escape)
        #expect(driver.select(id: PresentationFixtures.caseId) || {
            driver.press(.char("g"))
            return driver.select(id: PresentationFixtures.caseId)
        }())
        driver.press(.char("m"))
        driver.type("您好，已为您延长License有效期，请重新登录后确认。")
        driver.press(.ctrl("t"))
        expectScreen(driver, "reply-editor-\(name)")
        driver.press(.escape, .char("y"), .char("C"))   // Esc with text typed asks first
        driver.type("License 服务的缓存未随续费刷新")
        driver.press(.tab)
        driver.type("清理缓存并延长有效期至 2027-11-23")
        expectScreen(driver, "resolve-form-\(name)")
    }

    @Test func refusalToasts() throws { try refusalToasts(.zh) }

    func refusalToasts(_ language: Language) throws {
        let name = Self.name(Self.normal, language)
        let readOnly = try driver(readOnly: true, language: language)
        open(readOnly, .exceptions, select: ActionFixtures.exhaustedId)
        readOnly.press(.char("R"))
        expectScreen(readOnly, "readonly-refusal-\(name)")
        let driver = try driver(language: language)
        open(driver, .supervision, select: PresentationFixtures.taskId)
        driver.press(.char("c"))
        expectScreen(driver, "state-refusal-\(name)")
    }

    /// One item in every state, written through the store's own sending API at fixed times and keys.
    func fillOutbox() throws {
        let store = try LocalStore(path: storePath)
        let t = PresentationFixtures.now
        func queue(_ action: SellerAction, _ minute: Int64, _ key: String) throws -> Int64 {
            guard case .queued(let item) = try store.enqueue(action, at: t.adding(seconds: minute * 60),
                                                             idempotencyKey: key) else {
                throw TestFailure("\(action.kind.rawValue) was refused")
            }
            return item.id
        }
        func claim(_ minute: Int64) throws -> Int64 {
            // A short lease: each item is settled before the next claim, which must not take it up again.
            guard let item = try store.claimNextDue(at: t.adding(seconds: minute * 60), leaseSeconds: 1) else {
                throw TestFailure("nothing to claim")
            }
            return item.id
        }
        _ = try queue(.restart(messageId: PresentationFixtures.messageId), -50, "act-golden-discarded")
        try store.discardOutboxItem(id: try claim(-50) , at: t.adding(seconds: -49 * 60))
        _ = try queue(.confirmRequirement(taskId: ActionFixtures.confirmTaskId), -40, "act-golden-done")
        try store.completeOutboxItem(id: try claim(-40), result: nil, at: t.adding(seconds: -39 * 60))
        _ = try queue(.acceptTicket(caseId: ActionFixtures.newTicketId), -30, "act-golden-failed")
        try store.failOutboxItem(id: try claim(-30), error: "409 TICKET.ILLEGAL_TRANSITION: the ticket is already accepted",
                                 at: t.adding(seconds: -29 * 60))
        _ = try queue(.replyTicket(caseId: PresentationFixtures.caseId, content: "请重新登录", waitForCustomer: true), -20,
                      "act-golden-waiting")
        try store.scheduleOutboxRetry(id: try claim(-20), error: "503 Service Unavailable",
                                      next: t.adding(seconds: 10 * 60), at: t.adding(seconds: -19 * 60))
        let files = [
            DeliverableUpload(path: "/srv/验收报告.pdf", fileName: "验收报告.pdf", size: 3_000_000,
                              sha256: ActionFixtures.acceptanceSHA, kind: .acceptance),
            DeliverableUpload(path: "/srv/截图.png", fileName: "截图.png", size: 1_000_000,
                              sha256: ActionFixtures.screenshotSHA, kind: .screenshot),
        ]
        _ = try queue(.deliver(taskId: ActionFixtures.deliverTaskId, files: files, actualStart: nil), -10,
                      "act-golden-sending")
        try store.recordOutboxProgress(id: try claim(-10), sentBytes: 1_720_000, leaseUntil: t.adding(seconds: 600),
                                       at: t.adding(seconds: -9 * 60))
        _ = try queue(.restart(messageId: ActionFixtures.exhaustedId), -5, "act-golden-queued")
        try store.close()
    }

    @Test(arguments: [normal, large])
    func outboxTab(size: Size) throws { try outboxTab(size, .zh) }

    func outboxTab(_ size: Size, _ language: Language) throws {
        try fillOutbox()
        let name = Self.name(size, language)
        let driver = try driver(size, language: language)
        driver.press(.char("6"))
        driver.press(.char("j"))
        expectScreen(driver, "outbox-\(name)")
        if size == ActionDialogGoldenTests.normal {
            driver.press(.char("j"), .char("j"), .char("D"))
            expectScreen(driver, "outbox-discard-\(name)")
        }
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
