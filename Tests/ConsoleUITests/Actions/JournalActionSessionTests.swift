import ConsoleUI
import Foundation
import ListContract
import SellerCore
import SellerStore
import TermUI
import TestSupport
import Testing

/// The relay's actions in scripted sessions (issue 12 §7, §8): `R` replays a journal message or a call after a
/// confirmation (重新启动 stays for gateway messages), `d` on a `getLicenseAsync` answered 000004 asks for the
/// license and queues `deliverLicense`, and both are refused at once with the reason where they do not apply.
@Suite struct JournalActionSessionTests {
    let directory: TemporaryDirectory
    let storePath: String

    init() throws {
        directory = try TemporaryDirectory("journal-actions")
        storePath = try ConsoleFixtureStore.make(
            orders: 40, extra: PresentationFixtures.records + PresentationFixtures.journalRecords, in: directory)
    }

    func driver(keymap: Keymap = .defaults) throws -> ConsoleDriver {
        try ConsoleDriver(storePath: storePath, size: Size(width: 120, height: 40), keymap: keymap,
                          now: PresentationFixtures.now, workingDirectory: directory.path)
    }

    func items(_ kind: EntityKind, _ id: String) throws -> [OutboxItem] {
        try LocalStore(path: storePath).outboxItems(target: kind, id: id)
    }

    func confirm(_ driver: ConsoleDriver) -> ConfirmDialog? {
        if case .confirm(let confirm)? = driver.state.dialog { return confirm }
        return nil
    }

    @Test func rOnAJournalMessageReplaysItAfterConfirming() throws {
        let driver = try driver()
        driver.press(.char("3"))
        #expect(driver.select(id: PresentationFixtures.journalMessageId))
        #expect(driver.screenText.contains("R 重放"))
        driver.press(.char("R"))
        let dialog = try #require(confirm(driver))
        #expect(dialog.title.contains("重放"))
        #expect(dialog.focusedButton == 0)
        driver.press(.tab, .enter)
        let queued = try items(.exceptions, PresentationFixtures.journalMessageId)
        #expect(queued.map(\.action) == [.replayMessage(messageId: PresentationFixtures.journalMessageId)])
    }

    @Test func rOnAGatewayMessageIsStillRestart() throws {
        let driver = try driver()
        driver.press(.char("3"))
        #expect(driver.select(id: PresentationFixtures.messageId))
        driver.press(.char("R"))
        #expect(confirm(driver)?.confirmLabel == "重新启动")
    }

    @Test func rOnACallReplaysThatCall() throws {
        let driver = try driver()
        driver.press(.char("7"))
        #expect(driver.select(id: PresentationFixtures.callId))
        driver.press(.char("R"), .tab, .enter)
        let queued = try items(.calls, PresentationFixtures.callId)
        #expect(queued.map(\.action) == [.replayCall(callId: PresentationFixtures.callId)])
    }

    @Test func dOnAnAsyncLicenseCallQueuesTheTypedLicense() throws {
        let driver = try driver()
        driver.press(.char("7"))
        #expect(driver.select(id: PresentationFixtures.licenseCallId))
        driver.press(.char("d"))
        guard case .form(let form)? = driver.state.dialog else {
            Issue.record("no license form: \(driver.toast ?? "")")
            return
        }
        #expect(form.kind == .license(callId: PresentationFixtures.licenseCallId, eventId: "EV-77"))
        driver.type("LIC-1234-ABCD")
        driver.press(.tab, .tab, .tab, .enter)   // text → path → 取消 → 交付License
        let dialog = try #require(confirm(driver), "\(String(describing: driver.state.dialog))")
        #expect(!dialog.items.joined().contains("LIC-1234-ABCD"), "the license is not shown")
        driver.press(.tab, .enter)
        let queued = try items(.calls, PresentationFixtures.licenseCallId)
        #expect(queued.map(\.action) == [.deliverLicense(callId: PresentationFixtures.licenseCallId, eventId: "EV-77",
                                                         license: .text("LIC-1234-ABCD"))])
    }

    @Test func dOnAFileMeasuresItFirst() throws {
        let file = directory.file("license.lic")
        try Data("license-bytes".utf8).write(to: URL(fileURLWithPath: file))
        let driver = try driver()
        driver.press(.char("7"))
        #expect(driver.select(id: PresentationFixtures.licenseCallId))
        driver.press(.char("d"), .tab)
        driver.type("license.lic")
        driver.press(.tab, .tab, .enter)
        let dialog = try #require(confirm(driver), "\(String(describing: driver.state.dialog))")
        #expect(dialog.items.joined().contains("license.lic"))
        driver.press(.tab, .enter)
        let queued = try items(.calls, PresentationFixtures.licenseCallId)
        guard case .deliverLicense(_, "EV-77", .file(let chosen))? = queued.first?.action else {
            Issue.record("not a file delivery: \(queued)")
            return
        }
        #expect(chosen.size == 13)
        #expect(chosen.sha256.count == 64)
    }

    @Test func dOnAnyOtherCallIsRefusedWithTheReason() throws {
        let driver = try driver()
        driver.press(.char("7"))
        #expect(driver.select(id: PresentationFixtures.callId))
        driver.press(.char("d"))
        #expect(driver.state.dialog == nil)
        #expect(driver.toast?.contains("getLicenseAsync") == true)
    }

    @Test func replayBoundToItsOwnKeyLeavesRToRestartWhichRefusesAJournalMessage() throws {
        let (keymap, problems) = Keymap.defaults.applying([KeyBindingOverride(command: "replay", keys: "ctrl-r")])
        #expect(problems.isEmpty)
        #expect(!keymap.sharesKeys(.replay))
        let driver = try driver(keymap: keymap)
        driver.press(.char("3"))
        #expect(driver.select(id: PresentationFixtures.journalMessageId))
        driver.press(.char("R"))
        #expect(driver.state.dialog == nil)
        #expect(driver.toast?.contains("重放") == true)
        driver.press(.ctrl("r"))
        #expect(confirm(driver)?.confirmLabel == "重放")
    }

    @Test func helpListsReplayAndDeliverLicenseWithTheirSharedKeys() {
        let entries = Keymap.defaults.helpGroups().flatMap(\.entries)
        #expect(entries.contains { $0.keys == "R" && $0.description == Command.replay.summary(.zh) })
        #expect(entries.contains { $0.keys == "d" && $0.description == Command.deliverLicense.summary(.zh) })
    }
}
