import ConsoleRuntime
import ConsoleUI
import Foundation
import Localization
import SellerCore
import SellerStore
import TermUI

/// A `HeadlessConsole` over a test store at a fixed clock, with the conveniences the scripted key sessions
/// use; screens come from `ConsoleScreen.render`, as in the live console.
final class ConsoleDriver {
    /// The tab the harness's consoles open on. The console opens on 概览 (issue 13); the sessions and update
    /// tests written before it start on 订单, so this one value (used by `ConsoleDriver` and `UpdateFixtures`)
    /// keeps them as they were. Tests of the overview pass `.overview` explicitly.
    static let startTab: ConsoleTab = .orders

    let console: HeadlessConsole

    static let now = Timestamp(koogallery: "20261123100000") ?? Timestamp(millis: 0)

    /// `workingDirectory` is where the deliver file picker starts (a test's own temporary folder).
    init(storePath: String, size: Size, keymap: Keymap = .defaults, readOnly: Bool = false,
         now: Timestamp = ConsoleDriver.now, workingDirectory: String = "/",
         startTab: ConsoleTab = ConsoleDriver.startTab, language: Language = .zh) throws {
        var state = AppState(size: size, now: now, utcOffsetSeconds: 8 * 3600, keymap: keymap,
                             themeName: "default", themeNames: ["default", "dark", "light", "high-contrast", "mono"],
                             readOnly: readOnly, startTab: startTab, language: language)
        state.workingDirectory = workingDirectory
        console = HeadlessConsole(state: state,
                                  reader: StoreReader(store: try LocalStore(path: storePath, readOnly: true)),
                                  actions: try ActionPerformer(storePath: storePath))
        console.start()
    }

    var state: AppState { console.state }
    var otherEffects: [Effect] { console.otherEffects }

    func press(_ keys: Key...) { console.press(keys) }
    func type(_ text: String) { console.type(text) }
    func send(_ message: Msg) { console.send(message) }
    func resize(to size: Size) { console.send(.resized(size)) }

    var screen: Buffer { ConsoleScreen.render(console.state) }
    /// The newest toast's text, if one is showing.
    var toast: String? { state.toasts.last?.message }
    var screenText: String { screen.textDump }

    /// Moves down the active list until the row `id` is selected; false when it is not in the list.
    @discardableResult
    func select(id: String, limit: Int = 2_000) -> Bool {
        for _ in 0..<limit {
            guard let list = state.activeList, let row = list.window.selectedRow else { return false }
            if row.id == id { return true }
            if list.window.atBottom && list.window.selected == list.window.rows.count - 1 { return false }
            press(.down)
        }
        return false
    }
}
