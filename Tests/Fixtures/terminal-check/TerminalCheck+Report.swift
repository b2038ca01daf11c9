import CursesTerminal
import TermUI

extension TerminalCheck {
    /// Compares every cell ncurses holds with the buffer: the glyph at each grapheme's first column (`?` for
    /// non-ASCII in the ASCII fallback), and at the column a wide one spills into, the same wide character.
    static func cellReport(_ buffer: Buffer, _ terminal: CursesTerminal) -> String {
        var checked = 0
        var mismatches: [String] = []
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                let cell = buffer[x, y]
                guard let screen = terminal.screenCell(x: x, y: y) else { continue }
                checked += 1
                let expected: String
                if cell.isContinuation {
                    // ncurses reports a wide character again at the column it spills into.
                    expected = terminal.isUTF8 ? String(buffer[x - 1, y].grapheme) : "?"
                } else if terminal.isUTF8 || (cell.grapheme.isASCII && cell.grapheme.unicodeScalars.count == 1) {
                    expected = String(cell.grapheme)
                } else {
                    expected = "?"
                }
                if screen.text != expected { mismatches.append("\(x),\(y):\(expected)≠\(screen.text)") }
            }
        }
        return "cells checked=\(checked) mismatched=\(mismatches.count) \(mismatches.prefix(5).joined(separator: " "))"
    }

    static func roleReport(_ buffer: Buffer, _ terminal: CursesTerminal) -> [String] {
        var seen = Set<StyleRole>()
        var lines: [String] = []
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                let cell = buffer[x, y]
                guard !cell.isContinuation, cell.grapheme != " ", !seen.contains(cell.role) else { continue }
                seen.insert(cell.role)
                guard let screen = terminal.screenCell(x: x, y: y) else { continue }
                let attributes = [("bold", screen.bold), ("underline", screen.underline),
                                  ("reverse", screen.reverse), ("dim", screen.dim)]
                    .filter(\.1).map(\.0).joined(separator: ",")
                lines.append("role \(cell.role.rawValue) \(x),\(y) text=\(screen.text) fg=\(screen.foreground) "
                    + "bg=\(screen.background) attrs=\(attributes.isEmpty ? "-" : attributes)")
            }
        }
        return lines
    }
}
