import ConsoleRuntime
import ConsoleUI
import ListContract
import SellerCore
import SellerStore
import TermUI
import TestSupport
import Testing

/// `HeadlessConsole(countsInBackground:)`, which `benchmark-console` times keys with: a filter keystroke paints
/// its first page before the list's count is read, as on the live console (whose worker answers the window
/// first and counts after), and the count, run afterwards, brings the total.
@Suite struct BackgroundCountSessionTests {
    let directory: TemporaryDirectory
    let storePath: String

    init() throws {
        directory = try TemporaryDirectory("background-count")
        storePath = try ConsoleFixtureStore.make(orders: 300, in: directory)
    }

    func console(countsInBackground: Bool) throws -> HeadlessConsole {
        let state = AppState(size: Size(width: 160, height: 48), now: ConsoleDriver.now, utcOffsetSeconds: 8 * 3600,
                             startTab: .orders)
        let console = HeadlessConsole(state: state,
                                      reader: StoreReader(store: try LocalStore(path: storePath, readOnly: true)),
                                      countsInBackground: countsInBackground)
        console.start()
        console.runBackgroundReads()
        return console
    }

    @Test func aFilterKeyPaintsItsPageBeforeItsCount() throws {
        let store = try LocalStore(path: storePath, readOnly: true)
        let total = try store.count(StoreListQuery(kind: .orders))
        let first = try #require(try store.page(StoreListQuery(kind: .orders, limit: 1)).rows.first?.id)
        let matching = try store.count(StoreListQuery(kind: .orders, filterText: first))
        #expect(matching > 0 && matching < total)

        let console = try console(countsInBackground: true)
        #expect(console.state.tabs[.orders]?.total == total)
        #expect(!console.hasBackgroundReads)
        console.press([.char("/")])
        console.type(first)
        // The page is in and painted; the total is not known yet, its count waiting.
        let list = try #require(console.state.tabs[.orders])
        #expect(list.query.filterText == first)
        #expect(list.window.rows.first?.id == first)
        #expect(list.window.rows.count == matching)
        #expect(list.total == nil)
        #expect(console.hasBackgroundReads)
        #expect(console.terminal.lastFrame?.textDump.contains(first) == true)

        let readsBefore = console.readCount, framesBefore = console.terminal.frameCount
        console.runBackgroundReads()
        #expect(console.state.tabs[.orders]?.total == matching)
        #expect(console.terminal.frameCount > framesBefore)
        #expect(!console.hasBackgroundReads)
        #expect(console.readCount > readsBefore)
    }

    /// Without the switch every read is performed inside the key, as the scripted sessions expect.
    @Test func withoutTheSwitchTheCountIsInsideTheKey() throws {
        let store = try LocalStore(path: storePath, readOnly: true)
        let first = try #require(try store.page(StoreListQuery(kind: .orders, limit: 1)).rows.first?.id)
        let matching = try store.count(StoreListQuery(kind: .orders, filterText: first))
        let console = try console(countsInBackground: false)
        console.press([.char("/")])
        console.type(first)
        #expect(console.state.tabs[.orders]?.total == matching)
        #expect(!console.hasBackgroundReads)
    }
}
