import ConsoleRuntime
import ConsoleUI
import ListContract
import SellerCore
import SellerStore
import TermUI
import TestSupport
import Testing

/// `HeadlessConsole(followUpReadsInBackground:)`, which `benchmark-console` times keys with: a filter keystroke paints
/// its first page before the list's count is read, as on the live console (whose worker answers the window
/// first and counts after), and the count, run afterwards, brings the total. A window at either end reads the
/// rows on screen; the page beyond them follows in the background, and a key that runs past the loaded rows
/// waits for it.
@Suite struct BackgroundCountSessionTests {
    let directory: TemporaryDirectory
    let storePath: String

    init() throws {
        directory = try TemporaryDirectory("background-count")
        storePath = try ConsoleFixtureStore.make(orders: 300, in: directory)
    }

    func console(inBackground: Bool) throws -> HeadlessConsole {
        let state = AppState(size: Size(width: 160, height: 48), now: ConsoleDriver.now, utcOffsetSeconds: 8 * 3600,
                             startTab: .orders)
        let console = HeadlessConsole(state: state,
                                      reader: StoreReader(store: try LocalStore(path: storePath, readOnly: true)),
                                      followUpReadsInBackground: inBackground)
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

        let console = try console(inBackground: true)
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
        let console = try console(inBackground: false)
        console.press([.char("/")])
        console.type(first)
        #expect(console.state.tabs[.orders]?.total == matching)
        #expect(!console.hasBackgroundReads)
    }

    @Test func aJumpReadsTheRowsOnScreenAndThePageBeyondThemAfter() throws {
        let console = try console(inBackground: true)
        let visible = console.state.layout.visibleRows
        console.press([.char("G")])
        let list = try #require(console.state.tabs[.orders])
        #expect(list.window.atBottom && list.window.rows.count == visible)
        #expect(list.window.selectedRow?.id == list.window.rows.last?.id)
        #expect(console.hasBackgroundReads)
        console.runBackgroundReads()
        let after = try #require(console.state.tabs[.orders])
        #expect(after.window.rows.count == visible + ListWindow.pageSize)
        #expect(after.window.selectedRow?.id == list.window.rows.last?.id)
    }

    @Test func aKeyPastTheLoadedRowsWaitsForItsPage() throws {
        let console = try console(inBackground: true)
        let visible = console.state.layout.visibleRows
        console.press([.char("G"), .char("g")])
        #expect(console.state.tabs[.orders]?.window.rows.count == visible)
        // Two screens down from a window of one screen: the first key ends on the last loaded row and waits.
        console.press([.pageDown, .pageDown])
        #expect(console.state.lists.held.isHolding)
        console.runBackgroundReads()
        let list = try #require(console.state.tabs[.orders])
        #expect(!console.state.lists.held.isHolding)
        #expect(list.window.selectedIndex == 2 * visible)
    }
}
