import ConsoleUI
import ListContract
import SellerCore
import SellerStore
import TermUI
import TestSupport
import Testing

/// Issue 13's new screens as golden text: the quit question on the bottom line.
@Suite struct AttentionScreenGoldenTests {
    @Test func theQuitQuestion() throws {
        let directory = try TemporaryDirectory("quit-golden")
        let storePath = try ConsoleFixtureStore.make(orders: 200, in: directory)
        let store = try LocalStore(path: storePath)
        let id = try #require(try store.page(StoreListQuery(kind: .exceptions)).rows.first { $0.isNew }?.id)
        _ = try store.enqueue([.restart(messageId: id)], at: ConsoleDriver.now)
        let driver = try ConsoleDriver(storePath: storePath, size: Size(width: 80, height: 24))
        driver.press(.char("q"))
        PresentationSnapshot.expect(driver.screen, "quit-question-80x24", suite: "Attention")
    }
}
