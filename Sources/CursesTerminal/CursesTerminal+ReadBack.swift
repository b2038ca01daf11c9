import CNcursesw
import TermUI

// Reading the virtual screen back, for headless tests: what ncurses will put on the terminal.
extension CursesTerminal {
    /// Every row of `stdscr` as text, trailing blanks trimmed. "mvwinnwstr ... return[s] a string of
    /// characters" from the window (curs_inwstr(3X)); a wide character comes back once, not once per column.
    public func screenLines() -> [String] {
        guard isOpen else { return [] }
        let window = cn_stdscr()
        let rows = Int(getmaxy(window))
        let columns = Int(getmaxx(window))
        var text = [wchar_t](repeating: 0, count: columns + 1)
        var lines: [String] = []
        for y in 0..<rows {
            for i in text.indices { text[i] = 0 }
            let count = Int(mvwinnwstr(window, Int32(y), 0, &text, Int32(columns)))
            var line = String.UnicodeScalarView()
            for value in text.prefix(max(0, count)) {
                if let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: value)) { line.append(scalar) }
            }
            var string = String(line)
            while string.last == " " { string.removeLast() }
            lines.append(string)
        }
        return lines
    }

    /// The character, attributes and colours ncurses holds for one cell, or nil outside the screen.
    public func screenCell(x: Int, y: Int) -> ScreenCell? {
        guard isOpen else { return nil }
        let window = cn_stdscr()
        guard x >= 0, y >= 0, x < Int(getmaxx(window)), y < Int(getmaxy(window)) else { return nil }
        var character = cchar_t()
        guard mvwin_wch(window, Int32(y), Int32(x), &character) != ERR else { return nil }
        var text = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
        var attributes = attr_t()
        var shortPair: Int16 = 0
        var pair: Int32 = 0
        // > "getcchar ... If opts is not null, ... stores the extended color pair" (curs_getcchar(3X)).
        guard getcchar(&character, &text, &attributes, &shortPair, &pair) != ERR else { return nil }
        var scalars = String.UnicodeScalarView()
        for value in text where value != 0 {
            if let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: value)) { scalars.append(scalar) }
        }
        var foreground: Int32 = -1
        var background: Int32 = -1
        if hasColors && pair > 0 { _ = cn_pair_content(pair, &foreground, &background) }
        return ScreenCell(text: String(scalars), bold: attributes & cn_attr_bold() != 0,
                          underline: attributes & cn_attr_underline() != 0,
                          reverse: attributes & cn_attr_reverse() != 0, dim: attributes & cn_attr_dim() != 0,
                          pair: Int(pair), foreground: Int(foreground), background: Int(background))
    }
}
