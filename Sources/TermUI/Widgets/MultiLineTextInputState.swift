/// Editing state of a multi-line field (the reason text of an action). Lines are grapheme arrays; the view
/// soft-wraps them at `wrapWidth` cells, and Up/Down move by those visual rows keeping the display column
/// (a CJK character is two columns), which is what the user sees. Pure: `handle` only changes this value.
public struct MultiLineTextInputState: Hashable, Sendable {
    public internal(set) var lines: [[Character]]
    /// Cursor line and grapheme index within it.
    public internal(set) var row: Int
    public internal(set) var column: Int
    /// Display column kept across Up/Down, so passing a short line does not lose the place.
    var goalColumn: Int?
    /// First visible visual row; `ensureCursorVisible` maintains it, rendering clamps it anyway.
    public var scroll: Int
    /// Width the field is drawn at; 0 moves by whole lines. Set it from the layout each frame.
    public var wrapWidth: Int
    /// Graphemes accepted at most, newlines included.
    public var maxLength: Int
    public var policy: WidthPolicy

    public init(_ text: String = "", wrapWidth: Int = 0, maxLength: Int = 4_000, policy: WidthPolicy = .default) {
        self.maxLength = max(0, maxLength)
        self.policy = policy
        self.wrapWidth = max(0, wrapWidth)
        self.scroll = 0
        self.goalColumn = nil
        let clean = TextSanitizer.sanitize(text, mode: .multiLine, limit: max(1, self.maxLength))
        let split = clean.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        self.lines = split.isEmpty ? [[]] : split
        self.row = lines.count - 1
        self.column = lines[lines.count - 1].count
    }

    public var text: String { lines.map { String($0) }.joined(separator: "\n") }
    public var isEmpty: Bool { lines.count == 1 && lines[0].isEmpty }
    var length: Int { lines.reduce(lines.count - 1) { $0 + $1.count } }

    /// Inserts text at the cursor; newlines split lines, controls are sanitised.
    public mutating func insert(_ text: String) {
        let clean = TextSanitizer.sanitize(text, mode: .multiLine)
        var room = maxLength - length
        for (i, part) in clean.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if i > 0 {
                guard room > 0 else { return }
                splitLine()
                room -= 1
            }
            let add = Array(part).prefix(max(0, room))
            guard !add.isEmpty else { continue }
            let line = lines[row]
            let prefix = String(line[0..<column]) + String(add)
            let merged = Array(prefix + String(line[column...]))
            room -= merged.count - line.count
            lines[row] = merged
            column = min(prefix.count, merged.count)
        }
        goalColumn = nil
    }

    /// Applies an editing or movement key; returns false for keys left to the caller (Esc, Tab…).
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let c):
            guard TextInputState.isInsertable(c, policy: policy) else { return false }
            insert(String(c))
        case .enter, .ctrl("j"):
            guard length < maxLength else { return true }
            splitLine()
        case .backspace, .ctrl("h"):
            if column > 0 {
                lines[row].remove(at: column - 1)
                column -= 1
                renormalize()
            } else if row > 0 {
                column = lines[row - 1].count
                lines[row - 1] += lines[row]
                lines.remove(at: row)
                row -= 1
                renormalize()
            }
        case .delete, .ctrl("d"):
            if column < lines[row].count {
                lines[row].remove(at: column)
                renormalize()
            } else if row + 1 < lines.count {
                lines[row] += lines[row + 1]
                lines.remove(at: row + 1)
                renormalize()
            }
        case .left:
            if column > 0 { column -= 1 } else if row > 0 { row -= 1; column = lines[row].count }
        case .right:
            if column < lines[row].count { column += 1 } else if row + 1 < lines.count { row += 1; column = 0 }
        case .home, .ctrl("a"):
            column = visualRowStart()
        case .end, .ctrl("e"):
            column = visualRowEnd()
        case .up:
            moveVertically(by: -1)
            return true
        case .down:
            moveVertically(by: 1)
            return true
        default:
            return false
        }
        goalColumn = nil
        return true
    }

    mutating func splitLine() {
        let rest = Array(lines[row][column...])
        lines[row].removeSubrange(column...)
        lines.insert(rest, at: row + 1)
        row += 1
        column = 0
    }

    /// Re-splits the cursor line into graphemes after a removal (neighbours may join).
    mutating func renormalize() {
        let line = lines[row]
        let prefix = String(line[0..<column])
        let whole = Array(prefix + String(line[column...]))
        if whole.count != line.count {
            lines[row] = whole
            column = min(prefix.count, whole.count)
        }
    }

    /// Keeps `scroll` such that the cursor row is inside a field `height` rows tall.
    public mutating func ensureCursorVisible(height: Int) {
        scroll = visibleScroll(height: height)
    }

    /// The scroll to draw with: the stored one moved just enough to show the cursor row.
    public func visibleScroll(height: Int) -> Int {
        guard height > 0 else { return 0 }
        let cursorRow = cursorVisualPosition(width: wrapWidth).row
        let total = visualRowCount(width: wrapWidth)
        var s = min(max(scroll, 0), max(0, total - height))
        if cursorRow < s { s = cursorRow }
        if cursorRow >= s + height { s = cursorRow - height + 1 }
        return max(0, s)
    }
}
