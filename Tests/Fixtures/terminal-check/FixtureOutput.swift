import Foundation
import TermUI

/// The fixture's output, sanitised like the shipped binary's (`Console` there), so a test reads what a seller's
/// terminal would show.
enum FixtureOutput {
    static func print(_ text: String) { write(sanitize(text) + "\n", to: .standardOutput) }

    static func error(_ text: String) { write("terminal-check: " + sanitize(text) + "\n", to: .standardError) }

    private static func sanitize(_ text: String) -> String {
        TextSanitizer.sanitize(text, mode: .multiLine, limit: Int.max)
    }

    private static func write(_ text: String, to handle: FileHandle) { handle.write(Data(text.utf8)) }
}
