import CursesTerminal
import TermUI

/// A terminal with no screen for the headless console and the tests: keys come from a script, frames are
/// counted and the last one kept, and nothing ever waits. With `screen`, paints, the cursor and the palette
/// also go to another terminal (the benchmark paints into a headless ncurses screen).
public final class ScriptedTerminal: Terminal {
    public var size: Size
    public let screen: (any Terminal)?
    public private(set) var pendingKeys: [Key] = []
    /// How many frames were painted, and the last of them.
    public private(set) var frameCount = 0
    public private(set) var lastFrame: Buffer?
    public private(set) var cursor: Position?
    public private(set) var palette: TerminalPalette?
    public private(set) var repaintCount = 0
    /// Bells rung and titles set (issue 13), for the tests.
    public private(set) var bellCount = 0
    public private(set) var titles: [String] = []
    /// The bytes of each clipboard write (OSC 52), exactly as the real terminal would receive them (issue 14).
    public private(set) var clipboardWrites: [[UInt8]] = []

    public init(size: Size, screen: (any Terminal)? = nil) {
        self.size = size
        self.screen = screen
    }

    /// Keys the next reads return, in order.
    public func feed(_ keys: [Key]) {
        pendingKeys += keys
    }

    public func paint(_ frame: Buffer, previous: Buffer?) {
        frameCount += 1
        lastFrame = frame
        screen?.paint(frame, previous: previous)
    }

    public func readKey(timeout: Duration?) -> Key? {
        pendingKeys.isEmpty ? nil : pendingKeys.removeFirst()
    }

    public func showCursor(at position: Position) {
        cursor = position
        screen?.showCursor(at: position)
    }

    public func hideCursor() {
        cursor = nil
        screen?.hideCursor()
    }

    public func setPalette(_ palette: TerminalPalette) {
        self.palette = palette
        screen?.setPalette(palette)
    }

    public func forceRepaint() {
        repaintCount += 1
        screen?.forceRepaint()
    }

    public func waitForInput(wake: Int32, milliseconds: Int32) {}

    public func ringBell() {
        bellCount += 1
    }

    public func setTitle(_ title: String) {
        titles.append(title)
    }

    public func copyToClipboard(_ text: String) {
        clipboardWrites.append(CursesTerminal.osc52Sequence(text))
    }
}
