import ConsoleRuntime
import ConsoleUI
import Localization
import SellerCore
import SellerStore
import Testing
import TermUI

extension ActionDialogGoldenTests {
    /// The waiting reply (#4) had an attempt without an answer, and the console has no marketplace to ask: the
    /// discard is not done silently; a second dialog says the outcome is unknown and offers 强制放弃, Cancel first.
    @Test func discardWithUnknownOutcome() throws { try discardWithUnknownOutcome(.zh) }

    func discardWithUnknownOutcome(_ language: Language) throws {
        try fillOutbox()
        let driver = try driver(language: language)
        driver.press(.char("6"), .char("j"), .char("j"))
        #expect(driver.state.outbox.selectedItem?.id == 4)
        driver.press(.char("D"), .tab, .enter)
        guard case .confirm(let confirm)? = driver.state.dialog else {
            Issue.record("no second dialog; toast: \(driver.toast ?? "none")")
            return
        }
        #expect(confirm.operation == .discard(outboxId: 4, force: true) && confirm.focusedButton == 0)
        expectScreen(driver, "outbox-discard-unknown-\(Self.name(Self.normal, language))")
        let store = try LocalStore(path: storePath, readOnly: true)
        defer { try? store.close() }
        driver.press(.enter)   // 取消: nothing is dropped
        #expect(try store.outboxItem(id: 4)?.state == .waiting)
        driver.press(.char("D"), .tab, .enter, .tab, .enter)
        #expect(try store.outboxItem(id: 4)?.state == .discarded)
        #expect(driver.toast?.contains(language == .zh ? "强制放弃" : "forced") == true)
    }

    /// A new action on a target whose earlier action failed with its outcome unknown is refused before it is
    /// queued (the runtime's enqueue asks first; with no marketplace to ask, it cannot learn the outcome).
    @Test func newActionWaitsForAnUnknownOutcome() throws {
        try fillOutbox()
        let store = try LocalStore(path: storePath)
        defer { try? store.close() }
        let reply = try #require(try store.outboxItem(id: 4))
        try store.failOutboxItem(id: 4, error: "gave up after 10 attempts: no answer within 30 s",
                                 failure: ActionFailure(.gaveUp), evidence: .unanswered, at: PresentationFixtures.now)
        let performer = try ActionPerformer(storePath: storePath)
        let answer = performer.perform(.enqueue([reply.action], at: PresentationFixtures.now))
        guard case .actionsQueued(let queued, let refusals) = answer else {
            Issue.record("\(String(describing: answer))")
            return
        }
        #expect(queued.isEmpty)
        #expect(refusals.first?.reason.contains("outbox #4") == true
                && refusals.first?.reason.contains("may already have been applied") == true,
                "\(refusals)")
        #expect(try store.outboxCount() == 4, "nothing new was queued")
    }
}
