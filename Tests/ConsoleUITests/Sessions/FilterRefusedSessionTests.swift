import ConsoleUI
import SellerCore
import TermUI
import TestSupport
import Testing

/// A filter the store will not run (too many terms, too long) is explained in the `/` prompt, not shown as
/// a broken store; a filter within the limits works again at once.
@Suite struct FilterRefusedSessionTests {
    @Test("too many terms: the prompt says why; no store error, no error toast")
    func tooManyTerms() throws {
        let directory = try TemporaryDirectory("filter-refused")
        let storePath = try ConsoleFixtureStore.make(orders: 50, in: directory)
        let driver = try ConsoleDriver(storePath: storePath, size: Size(width: 160, height: 48))
        driver.press(.char("/"))
        driver.type((1...20).map { "t\($0)" }.joined(separator: " "))
        let list = try #require(driver.state.tabs[.orders])
        #expect(list.filterError?.contains("筛选的词太多") == true, "\(list.filterError ?? "none")")
        #expect(list.error == nil)
        #expect(!(driver.toast ?? "").contains("Store error"))
        let bottom = driver.screenText.split(separator: "\n").last.map(String.init) ?? ""
        #expect(bottom.contains("筛选的词太多"), "\(bottom)")
        #expect(!driver.screenText.contains("Cannot read"))
        driver.press(.ctrl("u"))
        driver.type("有限")
        #expect(driver.state.tabs[.orders]?.filterError == nil)
    }
}
