import ConsoleUI
import ListContract
import Localization
import SellerCore
import TermUI
import TestSupport
import Testing

/// The relay's screens as golden text (issue 12): the Calls tab and a call's detail, a journal message in 接口异常
/// and its detail, at 80x24 and 160x48, over the presentation fixtures plus the journal fixtures (hostile text,
/// encrypted buyer fields, an appInfo password, a replay), with a relay running in the status bar.
@Suite struct JournalScreenGoldenTests {
    let directory: TemporaryDirectory
    let storePath: String

    init() throws {
        directory = try TemporaryDirectory("journal-screens")
        storePath = try ConsoleFixtureStore.make(
            orders: 40, extra: PresentationFixtures.records + PresentationFixtures.journalRecords, in: directory)
    }

    static let relay = RelayActivity(relays: 1, callsLastMinute: 42, failuresLastMinute: 3,
                                     lastCallAt: PresentationFixtures.local(2026, 11, 23, 14, 4, 58), lostWrites: 2,
                                     journalled: 1_234)

    func driver(_ size: Size, language: Language = .zh) throws -> ConsoleDriver {
        let driver = try ConsoleDriver(storePath: storePath, size: size, now: PresentationFixtures.now,
                                       language: language)
        driver.send(.relayActivityLoaded(Self.relay))
        return driver
    }

    func expectScreen(_ driver: ConsoleDriver, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let screen = driver.screen
        let text = screen.textDump
        for secret in [PresentationFixtures.appPassword, PresentationFixtures.mobileCipher,
                       PresentationFixtures.emailCipher, "tok-must-not-show"] {
            #expect(!text.contains(secret), "\(name) shows a secret", sourceLocation: sourceLocation)
        }
        for cell in screen.cells {
            for scalar in cell.grapheme.unicodeScalars where scalar.value < 0x20 || scalar.value == 0x7F {
                Issue.record("control character U+\(String(scalar.value, radix: 16)) in a cell of \(name)",
                             sourceLocation: sourceLocation)
            }
        }
        PresentationSnapshot.expect(screen, name, suite: "Journal", sourceLocation: sourceLocation)
    }

    @Test(arguments: ConsoleScreenGoldenTests.sizes)
    func callsTabAndACallsDetail(size: Size) throws {
        let driver = try driver(size)
        driver.press(.char("7"))
        #expect(driver.state.activeTab == .calls)
        #expect(driver.state.activeList?.window.rows.map(\.id) == [
            PresentationFixtures.licenseCallId, PresentationFixtures.replayCallId, PresentationFixtures.callId,
        ], "newest first")
        #expect(driver.select(id: PresentationFixtures.callId))
        expectScreen(driver, "calls-\(size.width)x\(size.height)")
        driver.press(.enter)
        expectScreen(driver, "calls-detail-\(size.width)x\(size.height)")
    }

    @Test(arguments: ConsoleScreenGoldenTests.sizes)
    func aJournalExceptionAndItsDetail(size: Size) throws {
        let driver = try driver(size)
        driver.press(.char("3"))
        #expect(driver.select(id: PresentationFixtures.journalMessageId))
        expectScreen(driver, "journal-exception-\(size.width)x\(size.height)")
        driver.press(.enter)
        expectScreen(driver, "journal-exception-detail-\(size.width)x\(size.height)")
    }

    @Test func theReplayConfirmationAndTheLicenseForm() throws { try replayAndLicense(.zh) }

    /// The same in English (`-en`), beside the Chinese goldens.
    @Test func theReplayConfirmationAndTheLicenseFormInEnglish() throws { try replayAndLicense(.en) }

    func replayAndLicense(_ language: Language) throws {
        let suffix = language == .en ? "-en" : ""
        let driver = try driver(Size(width: 80, height: 24), language: language)
        driver.press(.char("3"))
        #expect(driver.select(id: PresentationFixtures.journalMessageId))
        driver.press(.char("R"))
        expectScreen(driver, "replay-confirm-80x24" + suffix)
        driver.press(.escape, .char("7"))
        #expect(driver.select(id: PresentationFixtures.licenseCallId))
        driver.press(.char("d"))
        driver.type("LIC-1234")
        expectScreen(driver, "license-form-80x24" + suffix)
    }
}
