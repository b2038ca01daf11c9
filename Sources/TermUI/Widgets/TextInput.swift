/// Draws a `TextInputState` in a one-row field, scrolled horizontally so the cursor stays visible, and tells
/// the terminal layer where to put the hardware cursor (by display width, so it lands right in Chinese text).
public struct TextInput: Widget {
    public var state: TextInputState
    /// Shown in the placeholder role while the text is empty.
    public var placeholder: String
    public var focused: Bool
    /// Also paints the cursor cell in reverse video, for terminals or tests without a hardware cursor.
    public var drawsCursor: Bool
    /// Shows `*` per grapheme instead of the text (secrets typed on screen).
    public var masked: Bool

    public init(_ state: TextInputState, placeholder: String = "", focused: Bool = true, drawsCursor: Bool = false,
                masked: Bool = false) {
        self.state = state
        self.placeholder = placeholder
        self.focused = focused
        self.drawsCursor = drawsCursor
        self.masked = masked
    }

    /// Where the hardware cursor belongs, or nil when not focused or the field is empty.
    public func cursorPosition(in area: Rect) -> Position? {
        guard focused, area.width > 0, area.height > 0 else { return nil }
        let shown = displayState
        let column = shown.cursorColumn - shown.visibleScroll(width: area.width)
        return Position(x: area.x + min(max(column, 0), area.width - 1), y: area.y)
    }

    /// The state as drawn: masked text is measured as its `*`s.
    var displayState: TextInputState {
        guard masked else { return state }
        var s = TextInputState(String(repeating: "*", count: state.characters.count), maxLength: .max,
                               policy: state.policy)
        s.scroll = state.scroll
        while s.cursor > state.cursor { s.handle(.left) }
        return s
    }

    public func render(in area: Rect, into buffer: inout Buffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(row, role: .input)
        let shown = displayState
        if shown.isEmpty {
            if !placeholder.isEmpty {
                buffer.write(placeholder, x: row.x, y: row.y, role: .inputPlaceholder, maxWidth: row.width, clip: row)
            }
        } else {
            let scroll = shown.visibleScroll(width: row.width)
            var column = 0
            let policy = buffer.policy
            for character in shown.characters {
                let w = DisplayWidth.width(of: character, policy: policy)
                if column >= scroll + row.width { break }
                if column >= scroll {
                    buffer.write(String(character), x: row.x + column - scroll, y: row.y, role: .input,
                                 maxWidth: row.width, clip: row)
                } else if column + w > scroll {
                    buffer.set(" ", x: row.x, y: row.y, role: .input)   // wide char cut by the left edge
                }
                column += w
            }
        }
        if drawsCursor, let p = cursorPosition(in: row) {
            buffer.addEmphasis(.reverse, in: Rect(x: p.x, y: p.y, width: buffer.isWide(x: p.x, y: p.y) ? 2 : 1,
                                                  height: 1))
        }
    }
}
