import SellerCore
import TermUI

/// Keys that arrived while a move waits for rows not loaded yet: 300 `j` typed ahead of the store must reach row
/// 300, not stop where the loaded window ends, and whatever was typed after them must run after them. The part
/// of the move past the loaded rows is owed until the page with them arrives; later keys queue behind it. The
/// wait is bounded: a failed load, or `maxWaitMillis` without the page, lets the queued keys run on what is here.
public struct HeldKeys: Hashable, Sendable {
    /// Rows still to move (down when positive), waiting for the page that has them.
    public internal(set) var owed = 0
    public internal(set) var keys: [Key] = []
    var since: Timestamp?
    /// False after a wait ran out: until rows arrive again, moves stop at the loaded end instead of waiting.
    var waitsForRows = true

    /// Keys kept at most while waiting (a held-down key repeats ~30 times a second).
    static let maxKeys = 4_096
    static let maxWaitMillis: Int64 = 5_000

    public init() {}

    public var isHolding: Bool { owed != 0 }

    /// Queues `key` behind the owed move; false when nothing is owed and the key runs now.
    mutating func hold(_ key: Key) -> Bool {
        guard isHolding else { return false }
        if keys.count < HeldKeys.maxKeys { keys.append(key) }
        return true
    }

    mutating func owe(_ rows: Int, at now: Timestamp) {
        guard waitsForRows else { return }
        if !isHolding { since = now }
        owed += rows
    }

    /// Whether the page has been waited for too long at `now`.
    func expired(at now: Timestamp) -> Bool {
        guard isHolding, let since else { return false }
        return now.millis - since.millis >= HeldKeys.maxWaitMillis
    }
}
