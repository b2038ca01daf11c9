#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import TermUI

// The bell and the window title (issue 13): the only two things besides the frame the console tells the
// terminal, and only when the seller's config asks for them.
extension CursesTerminal {
    /// Rings the terminal's bell (or flashes it, as the terminal is set up to).
    public func ringBell() {
        guard isOpen else { return }
        beep()
    }

    /// Sets the window title with xterm's OSC 2, after saving the old title on the terminal's title stack the
    /// first time (`restore()` pops it back). The text is sanitised: a control character in it could end the
    /// sequence early and run whatever followed.
    public func setTitle(_ title: String) {
        guard isOpen, options.mode == .interactive else { return }
        let scalars = TextSanitizer.sanitize(title, limit: 120).unicodeScalars
            .filter { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) }
        let clean = String(String.UnicodeScalarView(scalars))
        var sequence = titleSaved ? "" : "\u{1B}[22;2t"
        sequence += "\u{1B}]2;" + clean + "\u{07}"
        titleSaved = true
        writeToTerminal(sequence)
    }

    /// Puts back the title the terminal had before `setTitle`.
    func restoreTitle() {
        guard titleSaved else { return }
        titleSaved = false
        writeToTerminal("\u{1B}[23;2t")
    }

    func writeToTerminal(_ text: String) {
        // ncurses has flushed the frame by now (paint ends in doupdate), so nothing of its output interleaves.
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                return write(STDOUT_FILENO, base + offset, buffer.count - offset)
            }
            guard written > 0 else { return }
            offset += written
        }
    }
}
