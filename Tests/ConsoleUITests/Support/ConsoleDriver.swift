import ConsoleRuntime
import ConsoleUI
import Foundation
import SellerCore
import SellerStore
import TermUI

/// Runs the console without a terminal for scripted key sessions: keys go through `AppState.update`, and
/// every effect is performed at once against a real store with the same `StoreReader` the runtime uses, so
/// a session is deterministic and its screens can be compared with golden files.
final class ConsoleDriver {
    var state: AppState
    let reader: StoreReader
    /// Effects that are not store reads, in the order they were asked for (sync, theme, quit, log).
    private(set) var otherEffects: [Effect] = []
    /// Every read effect performed, to check what the console asked the store for.
    private(set) var performedReads: [Effect] = []

    static let now = Timestamp(koogallery: "20261123100000") ?? Timestamp(millis: 0)

    init(storePath: String, size: Size, keymap: Keymap = .defaults, readOnly: Bool = false,
         now: Timestamp = ConsoleDriver.now) throws {
        reader = StoreReader(store: try LocalStore(path: storePath, readOnly: true))
        state = AppState(size: size, now: now, utcOffsetSeconds: 8 * 3600, keymap: keymap,
                         themeName: "default", themeNames: ["default", "dark", "light", "high-contrast", "mono"],
                         readOnly: readOnly)
        run(state.start())
    }

    /// Sends keys one at a time, settling all their effects after each.
    func press(_ keys: Key...) { press(keys) }

    func press(_ keys: [Key]) {
        for key in keys { send(.key(key)) }
    }

    /// Types text into whatever has the focus (a filter, the command line).
    func type(_ text: String) {
        for character in text { send(.key(.char(character))) }
    }

    func send(_ message: Msg) {
        run(state.update(message))
    }

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

    func resize(to size: Size) {
        send(.resized(size))
    }

    var screen: Buffer { ConsoleScreen.render(state) }

    var screenText: String { screen.textDump }

    private func run(_ effects: [Effect]) {
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            if let answer = reader.perform(effect) {
                performedReads.append(effect)
                queue += state.update(answer)
            } else {
                otherEffects.append(effect)
            }
        }
    }
}
