import CNcursesw
import TermUI

// Painting: only what changed, wide characters once, continuation cells never.
extension CursesTerminal {
    /// Paints `buffer`. With the previous frame, only `buffer.diff(from:)` is written; without it (or after
    /// `forceRepaint`, a resize or a palette change) every cell is. Then "wnoutrefresh ... copies the named
    /// window to the virtual screen" and "doupdate ... compares the virtual screen to the physical screen and
    /// does the actual update" (curs_refresh(3X)): one terminal write per frame. Cells outside the screen
    /// (a frame laid out for the size before a resize) are skipped.
    public func paint(_ buffer: Buffer, previous: Buffer?) {
        guard isOpen else { return }
        let window = cn_stdscr()
        let rows = Int(getmaxy(window))
        let columns = Int(getmaxx(window))
        if needsFullPaint || previous?.size != buffer.size {
            if needsFullPaint {
                // > "If clearok is called with TRUE as argument ... the next call to wrefresh with this window
                // > will clear the screen completely and redraw the entire screen from scratch."
                clearok(cn_curscr(), true)
            }
            needsFullPaint = false
            werase(window)
            for y in 0..<min(buffer.height, rows) {
                for x in 0..<min(buffer.width, columns) {
                    put(buffer[x, y], x: x, y: y, wide: buffer.isWide(x: x, y: y), columns: columns)
                }
            }
        } else if let previous {
            for update in buffer.diff(from: previous) where update.y < rows && update.x < columns {
                put(update.cell, x: update.x, y: update.y, wide: buffer.isWide(x: update.x, y: update.y),
                    columns: columns)
            }
        }
        if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < columns, cursor.y < rows {
            leaveok(window, false)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            leaveok(window, true)
        }
        wnoutrefresh(window)
        doupdate()
    }

    /// The next paint clears the physical screen and writes every cell (Ctrl-L, after a resize, after
    /// another program wrote to the terminal). The caller should drop its previous frame as well.
    public func forceRepaint() {
        needsFullPaint = true
    }

    /// Writes one cell; continuation cells are skipped because the wide glyph before them covers them.
    func put(_ cell: Cell, x: Int, y: Int, wide: Bool, columns: Int) {
        guard !cell.isContinuation else { return }
        let window = cn_stdscr()
        let width = wide && x + 1 < columns ? 2 : 1
        let style = resolver.resolve(cell.role, cell.emphasis)
        let pad = fillCellText(cell.grapheme, columns: width)
        if !addCell(window, x: x, y: y, style: style) {
            cellText[0] = wchar_t(truncatingIfNeeded: UInt32(UInt8(ascii: "?")))
            cellText[1] = 0
            _ = addCell(window, x: x, y: y, style: style)
        }
        if let pad {
            cellText[0] = wchar_t(truncatingIfNeeded: pad.value)
            cellText[1] = 0
            _ = addCell(window, x: x + 1, y: y, style: style)
        }
    }

    /// `setcchar` + `mvwadd_wch` of `cellText`. The pair goes through the extended `opts` argument ("a
    /// pointer to an int holding the color pair", curs_getcchar(3X)), so pairs above 255 work.
    private func addCell(_ window: UnsafeMutablePointer<WINDOW>?, x: Int, y: Int,
                         style: StyleResolver.Resolved) -> Bool {
        var character = cchar_t()
        var pair = style.pair
        let shortPair = Int16(truncatingIfNeeded: min(style.pair, 32_767))
        let made = withUnsafeMutablePointer(to: &pair) { pairPointer in
            setcchar(&character, cellText, style.attributes, shortPair, pairPointer)
        }
        guard made != ERR else { return false }
        // At the bottom-right corner add_wch reports ERR after storing the cell (the cursor cannot advance),
        // so only setcchar's result means the cell could not be drawn.
        mvwadd_wch(window, Int32(y), Int32(x), &character)
        return true
    }

    /// Puts what to draw for `grapheme` into `cellText` and returns the glyph for the next column when the
    /// drawn glyph is narrower than the buffer's cell. ncursesw advances by `wcwidth` of the first character,
    /// so whenever that disagrees with the buffer's width (VS16 emoji, a character the C library does not
    /// know, ASCII fallback) a substitute of the right width keeps every later column where the buffer says.
    func fillCellText(_ grapheme: Character, columns: Int) -> Unicode.Scalar? {
        let scalars = grapheme.unicodeScalars
        guard let base = scalars.first else { return store(" ", padTo: columns) }
        guard isUTF8 else {
            let ascii = base.value >= 0x20 && base.value < 0x7F && scalars.count == 1
            return store(ascii ? base : "?", padTo: columns, pad: "?")
        }
        let baseWidth = Int(wcwidth(wchar_t(truncatingIfNeeded: base.value)))
        if baseWidth == columns {
            cellText[0] = wchar_t(truncatingIfNeeded: base.value)
            var count = 1
            // setcchar: "the first is a spacing character, the rest non-spacing"; anything else makes it
            // fail, so keep only the zero-width marks (not ZWJ, which would join a second spacing glyph).
            for scalar in scalars.dropFirst() {
                guard count < Int(CCHARW_MAX), scalar.value != 0x200D else { break }
                let w = wchar_t(truncatingIfNeeded: scalar.value)
                guard wcwidth(w) == 0 else { break }
                cellText[count] = w
                count += 1
            }
            cellText[count] = 0
            return nil
        }
        if columns == 2 && baseWidth == 1 { return store(base, padTo: 2) }
        return store("\u{FFFD}", padTo: columns)
    }

    private func store(_ scalar: Unicode.Scalar, padTo columns: Int, pad: Unicode.Scalar = " ") -> Unicode.Scalar? {
        cellText[0] = wchar_t(truncatingIfNeeded: scalar.value)
        cellText[1] = 0
        return columns == 2 ? pad : nil
    }
}
