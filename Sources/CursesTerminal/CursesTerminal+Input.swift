#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import TermUI

// Input: wget_wch with a timeout, decoded by KeyDecoder.
extension CursesTerminal {
    /// The next key, or nil when `timeout` passes first (nil timeout waits for ever; zero only looks).
    /// `.resize` means ncurses has already taken the new size (`size` is current) and the next paint will
    /// clear and repaint everything. Keys that arrive together (ESC then a function key) are queued.
    public func readKey(timeout: Duration?) -> Key? {
        guard isOpen else { return nil }
        if !pending.isEmpty { return pending.removeFirst() }
        let window = cn_stdscr()
        // > "If delay is negative, blocking read is used ... If delay is zero, then non-blocking read is used
        // > ... If delay is positive, then read blocks for delay milliseconds" (curs_inopts(3X)).
        wtimeout(window, Self.milliseconds(timeout))
        guard let raw = readRaw(window) else { return nil }
        wtimeout(window, 0)
        var keys = KeyDecoder.decode(raw) { readRaw(window) }
        guard !keys.isEmpty else { return nil }
        let first = keys.removeFirst()
        pending.append(contentsOf: keys)
        if first == .resize || keys.contains(.resize) { needsFullPaint = true }
        return first
    }

    static func milliseconds(_ timeout: Duration?) -> Int32 {
        guard let timeout else { return -1 }
        let (seconds, attoseconds) = timeout.components
        guard seconds >= 0 else { return 0 }
        let total = seconds.multipliedReportingOverflow(by: 1_000)
        if total.overflow { return Int32.max }
        return Int32(clamping: total.partialValue + attoseconds / 1_000_000_000_000_000)
    }

    private func readRaw(_ window: UnsafeMutablePointer<WINDOW>?) -> RawInput? {
        var code: wint_t = 0
        let result = wget_wch(window, &code)
        if result == KEY_CODE_YES {
            let key = Int32(truncatingIfNeeded: code)
            return key == KEY_MOUSE ? .mouse(readMouse()) : .keyCode(key)
        }
        return result == OK ? .character(UInt32(truncatingIfNeeded: code)) : nil
    }

    /// "getmouse ... returns the event" queued behind KEY_MOUSE (curs_mouse(3X)). Releases and anything
    /// not asked for give nil.
    private func readMouse() -> MouseEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let state = event.bstate
        let position = Position(x: Int(event.x), y: Int(event.y))
        if state & cn_button1_pressed() != 0 { return MouseEvent(.click, at: position) }
        if state & cn_button3_pressed() != 0 { return MouseEvent(.rightClick, at: position) }
        if state & cn_button4_pressed() != 0 { return MouseEvent(.wheelUp, at: position) }
        let wheelDown = cn_button5_pressed()
        if wheelDown != 0 && state & wheelDown != 0 { return MouseEvent(.wheelDown, at: position) }
        return nil
    }
}

// Waiting: the loop sleeps in poll(2) on the keyboard and its wake descriptor together.
extension CursesTerminal {
    public func waitForInput(wake: Int32, milliseconds: Int32) {
        var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)]
        if wake >= 0 { fds.append(pollfd(fd: wake, events: Int16(POLLIN), revents: 0)) }
        _ = poll(&fds, nfds_t(fds.count), milliseconds)
    }
}
