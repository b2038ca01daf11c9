// Writing text and filling areas. Everything clips to the buffer (and to an optional clip rectangle), and
// measures with `DisplayWidth` under the buffer's policy.
extension Buffer {
    /// Writes `text` from (x, y) in one role, clipped to `clip` (default: the whole buffer) and to `maxWidth`
    /// columns. Zero-width graphemes are skipped; a wide grapheme that would straddle the right edge becomes
    /// a space, one straddling the left edge leaves a space. Returns the columns advanced.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, role: StyleRole = .app, emphasis: Emphasis = [],
                               maxWidth: Int = .max, clip: Rect? = nil) -> Int {
        let bounds = clip.map { $0.intersection(area) } ?? area
        guard y >= bounds.y, y < bounds.bottom, maxWidth > 0, !bounds.isEmpty else { return 0 }
        let limit = min(bounds.right, x > Int.max - maxWidth ? Int.max : x + maxWidth)
        let left = bounds.x
        guard x < limit else { return 0 }
        var cx = x
        let policy = self.policy
        DisplayWidth.forEachGrapheme(text, policy: policy) { character, w in
            if w == 0 { return true }
            if cx + w > limit {
                if cx < limit && cx >= left {
                    place(" ", width: 1, x: cx, y: y, limit: limit, role: role, emphasis: emphasis)
                    cx += 1
                }
                return false
            }
            if cx >= left {
                place(character, width: w, x: cx, y: y, limit: limit, role: role, emphasis: emphasis)
            } else if cx + w > left {
                place(" ", width: 1, x: left, y: y, limit: limit, role: role, emphasis: emphasis)
            }
            cx += w
            return cx < limit
        }
        return cx - x
    }

    /// Writes a line made of spans, one after another; returns the columns advanced.
    @discardableResult
    public mutating func write(_ spans: [Span], x: Int, y: Int, maxWidth: Int = .max, clip: Rect? = nil) -> Int {
        var used = 0
        for span in spans where used < maxWidth {
            used += write(span.text, x: x + used, y: y, role: span.role, emphasis: span.emphasis,
                          maxWidth: maxWidth - used, clip: clip)
        }
        return used
    }

    /// Writes `text` into exactly `width` columns: truncated with the ellipsis when too long, placed by
    /// `alignment`, and the rest of the field filled with spaces in the same role (so no stale cells remain).
    public mutating func write(_ text: String, x: Int, y: Int, width: Int, alignment: Alignment = .left,
                               role: StyleRole = .app, emphasis: Emphasis = [], clip: Rect? = nil) {
        guard width > 0 else { return }
        let shown = DisplayWidth.truncate(text, to: width, policy: policy)
        let shownWidth = DisplayWidth.width(of: shown, policy: policy)
        let gap = max(0, width - shownWidth)
        let lead: Int
        switch alignment {
        case .left: lead = 0
        case .right: lead = gap
        case .center: lead = gap / 2
        }
        let field = Rect(x: x, y: y, width: width, height: 1)
        let fieldClip = clip.map { $0.intersection(field) } ?? field
        fill(fieldClip, role: role, emphasis: emphasis)
        write(shown, x: x + lead, y: y, role: role, emphasis: emphasis, maxWidth: width - lead, clip: fieldClip)
    }

    /// Fills a rectangle with one grapheme (a space by default) in one role.
    public mutating func fill(_ rect: Rect, with grapheme: Character = " ", role: StyleRole = .app,
                              emphasis: Emphasis = []) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        let w = DisplayWidth.width(of: grapheme, policy: policy)
        if w == 1 {
            let cell = Cell(grapheme, role: role, emphasis: emphasis)
            for y in r.y..<r.bottom {
                let rowStart = y * size.width
                breakWide(at: rowStart + r.x, rowStart: rowStart)
                breakWide(at: rowStart + r.right - 1, rowStart: rowStart)
                for x in r.x..<r.right { cells[rowStart + x] = cell }
            }
        } else {
            let text = String(repeating: String(w == 2 ? grapheme : " "), count: w == 2 ? r.width / 2 + 1 : r.width)
            for y in r.y..<r.bottom {
                let written = write(text, x: r.x, y: y, role: role, emphasis: emphasis, clip: r)
                if written < r.width {
                    write(" ", x: r.x + written, y: y, role: role, emphasis: emphasis, clip: r)
                }
            }
        }
    }

    /// Changes the role (and optionally emphasis) of existing cells without touching their text: a selected
    /// row, a search match.
    public mutating func setRole(_ role: StyleRole, in rect: Rect, emphasis: Emphasis? = nil) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.bottom {
            let rowStart = y * size.width
            for x in r.x..<r.right {
                cells[rowStart + x].role = role
                if let emphasis { cells[rowStart + x].emphasis = emphasis }
            }
        }
    }

    /// Adds emphasis to existing cells (a fake cursor drawn as reverse video).
    public mutating func addEmphasis(_ emphasis: Emphasis, in rect: Rect) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.bottom {
            let rowStart = y * size.width
            for x in r.x..<r.right { cells[rowStart + x].emphasis.formUnion(emphasis) }
        }
    }

    /// Sets a single cell, keeping wide characters whole; outside the buffer it does nothing.
    public mutating func set(_ grapheme: Character, x: Int, y: Int, role: StyleRole = .app, emphasis: Emphasis = []) {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
        let w = DisplayWidth.width(of: grapheme, policy: policy)
        guard w > 0 else { return }
        place(grapheme, width: w, x: x, y: y, limit: size.width, role: role, emphasis: emphasis)
    }
}
