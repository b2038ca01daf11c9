import Foundation
import TermUI

/// The one way any command writes to the terminal. Every human-readable line goes through TermUI's
/// `TextSanitizer` here, at the output point, so text from the network or the store (record ids, `error_msg`,
/// error descriptions, file names) can never retitle the terminal, write the clipboard or clear the screen,
/// whichever command or error type carried it. JSON Lines pass the same sanitiser unchanged, since
/// `JSONWriter` escapes every control and bidi character it would touch.
///
/// Output helpers that do not touch Swift's shared `stdout` global (not concurrency-safe in Swift 6).
enum Console {
    /// A line (or lines) on standard output.
    static func print(_ text: String) { write(safe(text) + "\n", to: .standardOutput) }

    /// Text on standard output exactly as composed (already ending in its own line break, e.g. a table page).
    static func write(_ text: String) {
        guard !text.isEmpty else { return }
        write(safe(text), to: .standardOutput)
    }

    /// A problem on standard error, prefixed with the program name.
    static func error(_ text: String) { write("seller-console: " + safe(text) + "\n", to: .standardError) }

    /// Deliberate terminal control on standard error (a progress line's `\r ESC[2K`). Only for text the program
    /// composes itself: `control` is written raw and must never carry network or store text; `text` beside it is
    /// sanitised like any other line.
    static func errorControl(_ control: TerminalControl, _ text: String = "") {
        write(control.rawValue + TextSanitizer.sanitize(text, mode: .singleLine, limit: Int.max), to: .standardError)
    }

    /// A progress line that starts with one of the `TerminalControl`s (`"\r⇡ #3 uploading 40%"`): the control
    /// is kept, the rest is sanitised. Anything else is sanitised whole.
    static func errorRaw(_ text: String) {
        let control = TerminalControl.allCases.sorted { $0.rawValue.utf8.count > $1.rawValue.utf8.count }
            .first { text.utf8.starts(with: $0.rawValue.utf8) }
        guard let control else { return write(safe(text), to: .standardError) }
        errorControl(control, String(decoding: text.utf8.dropFirst(control.rawValue.utf8.count), as: UTF8.self))
    }

    /// The terminal controls a command may send on purpose.
    enum TerminalControl: String, CaseIterable {
        /// Back to the start of the line and clear it, to redraw a progress line in place.
        case redrawLine = "\r\u{1b}[2K"
        /// Back to the start of the line, overwriting it.
        case carriageReturn = "\r"
        /// End the progress line.
        case newline = "\n"
    }

    /// Terminal-safe text: controls and escape sequences become visible glyphs, line breaks stay line breaks,
    /// and nothing is cut (the caller decides how much to print).
    static func safe(_ text: String) -> String {
        TextSanitizer.sanitize(text, mode: .multiLine, limit: Int.max)
    }

    private static func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(text.utf8))
    }
}
