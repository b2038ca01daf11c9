import TermUI

/// What the console's loop needs from a terminal, and no more: `CursesTerminal` is the real one; tests and the
/// headless console use a scripted one, so they run the same loop the seller does.
public protocol Terminal: AnyObject {
    /// The size the terminal has now (current when `.resize` is read).
    var size: Size { get }
    /// Shows `frame`, writing only what differs from `previous` (everything when it is nil).
    func paint(_ frame: Buffer, previous: Buffer?)
    /// The next key, or nil when `timeout` passes first (nil waits for ever; zero only looks).
    func readKey(timeout: Duration?) -> Key?
    /// Shows the cursor at a cell (a text input's caret) after every paint.
    func showCursor(at position: Position)
    func hideCursor()
    /// New colours, taking effect on the next paint.
    func setPalette(_ palette: TerminalPalette)
    /// Repaints everything on the next paint (Ctrl-L).
    func forceRepaint()
    /// Blocks until a key is waiting, `wake` is readable (a descriptor; -1 for none), a signal arrives, or
    /// `milliseconds` pass.
    func waitForInput(wake: Int32, milliseconds: Int32)
    /// Rings the bell (issue 13: a sync brought new failures or messages and the config asks for a bell).
    func ringBell()
    /// Sets the window title (sanitised by the terminal).
    func setTitle(_ title: String)
    /// Puts text on the clipboard of the terminal the seller looks at, with OSC 52 (issue 14).
    func copyToClipboard(_ text: String)
}

extension Terminal {
    public func ringBell() {}
    public func setTitle(_ title: String) {}
    public func copyToClipboard(_ text: String) {}
}

extension CursesTerminal: Terminal {}
