import ConsoleUI
import ListContract
import SellerCore
import TermUI
import TestSupport
import Testing

/// Links between the relay's calls and the rest (issue 12 §6), read by the store reader: a gateway exception
/// links the calls of its order and activity, an order all its calls, and following a call's link opens it.
@Suite struct JournalLinkSessionTests {
    let directory: TemporaryDirectory
    let storePath: String

    init() throws {
        directory = try TemporaryDirectory("journal-links")
        storePath = try ConsoleFixtureStore.make(
            orders: 40, extra: PresentationFixtures.records + PresentationFixtures.journalRecords, in: directory)
    }

    func callLinks(_ driver: ConsoleDriver) -> [String] {
        (driver.state.detail.document?.links ?? []).filter { $0.kind == .calls }.map(\.id)
    }

    @Test func aGatewayExceptionLinksTheCallsOfItsOrderAndActivity() throws {
        let driver = try ConsoleDriver(storePath: storePath, size: Size(width: 160, height: 48),
                                       now: PresentationFixtures.now)
        driver.press(.char("3"))
        #expect(driver.select(id: PresentationFixtures.messageId))
        #expect(callLinks(driver) == [PresentationFixtures.replayCallId, PresentationFixtures.callId],
                "upgradeInstance calls of the order, newest first; not the getLicenseAsync one")
        driver.press(.enter)
        for _ in 0..<10 {   // ] walks the links: on to the first call's
            if let index = driver.state.detail.selectedLink, driver.state.detail.document?.links[index].kind == .calls {
                break
            }
            driver.press(.char("]"))
        }
        driver.press(.enter)
        #expect(driver.state.detail.record?.kind == .calls)
        #expect(driver.state.detail.record?.id == PresentationFixtures.replayCallId)
    }

    @Test func anOrderLinksAllItsCalls() throws {
        let driver = try ConsoleDriver(storePath: storePath, size: Size(width: 160, height: 48),
                                       now: PresentationFixtures.now)
        #expect(driver.select(id: PresentationFixtures.orderId))
        #expect(callLinks(driver) == [PresentationFixtures.licenseCallId, PresentationFixtures.replayCallId,
                                      PresentationFixtures.callId])
    }
}
