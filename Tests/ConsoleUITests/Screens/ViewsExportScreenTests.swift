import ConsoleRuntime
import ConsoleUI
import Localization
import SellerStore
import TermUI
import TestSupport
import Testing

/// Golden screens of issue 14's item 4 and 7 in both languages at 80x24: the `v` chooser over the console, and
/// the status bar while an export runs.
@Suite struct ViewsExportScreenTests {
    static let size = Size(width: 80, height: 24)

    static func console(_ directory: TemporaryDirectory, language: Language) throws -> HeadlessConsole {
        let storePath = try ConsoleFixtureStore.make(orders: 60, in: directory)
        var state = AppState(size: size, now: ConsoleDriver.now, utcOffsetSeconds: 8 * 3600, startTab: .orders,
                             language: language)
        state.views = ViewsState(saved: SavedViewSessionTests.views)
        let console = HeadlessConsole(state: state,
                                      reader: StoreReader(store: try LocalStore(path: storePath, readOnly: true)))
        console.start()
        return console
    }

    @Test(arguments: Language.allCases)
    func viewChooser(language: Language) throws {
        let console = try Self.console(try TemporaryDirectory("views-screen"), language: language)
        console.press([.char("v"), .char("j")])
        PresentationSnapshot.expect(ConsoleScreen.render(console.state), "view-chooser-\(language.rawValue)-80x24",
                                    suite: "ViewsExportScreenTests", includeRoles: true)
    }

    @Test(arguments: Language.allCases)
    func exportProgress(language: Language) throws {
        let console = try Self.console(try TemporaryDirectory("export-screen"), language: language)
        console.press([.char(":")])
        console.type("export csv out.csv")
        console.press([.enter])
        console.send(.exportProgress(rows: 1_500, total: 4_000))
        PresentationSnapshot.expect(ConsoleScreen.render(console.state), "export-progress-\(language.rawValue)-80x24",
                                    suite: "ViewsExportScreenTests", includeRoles: false)
    }
}
