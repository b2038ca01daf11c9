/// Draws a `MultiLineTextInputState` soft-wrapped to the area, scrolled to keep the cursor row visible, and
/// reports where the terminal cursor belongs. Wraps at the area width; keep `state.wrapWidth` equal to it so
/// Up/Down agree with what is drawn.
public struct MultiLineTextInput: Widget {
    public var state: MultiLineTextInputState
    public var placeholder: String
    public var focused: Bool
    /// Also paints the cursor cell in reverse video.
    public var drawsCursor: Bool

    public init(_ state: MultiLineTextInputState, placeholder: String = "", focused: Bool = true,
                drawsCursor: Bool = false) {
        self.state = state
        self.placeholder = placeholder
        self.focused = focused
        self.drawsCursor = drawsCursor
    }

    /// The state laid out at this area's width.
    func laidOut(_ area: Rect) -> MultiLineTextInputState {
        var s = state
        s.wrapWidth = area.width
        return s
    }

    /// Where the hardware cursor belongs inside `area`, or nil when not focused or there is no room.
    public func cursorPosition(in area: Rect) -> Position? {
        guard focused, area.width > 0, area.height > 0 else { return nil }
        let s = laidOut(area)
        let p = s.cursorVisualPosition(width: area.width)
        let top = s.visibleScroll(height: area.height)
        return Position(x: area.x + min(p.column, area.width - 1), y: area.y + p.row - top)
    }

    public func render(in area: Rect, into buffer: inout Buffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        buffer.fill(area, role: .input)
        let s = laidOut(area)
        if s.isEmpty {
            if !placeholder.isEmpty {
                let lines = DisplayWidth.wrap(placeholder, width: area.width, maxLines: area.height, policy: buffer.policy)
                for (i, line) in lines.enumerated() {
                    buffer.write(line, x: area.x, y: area.y + i, role: .inputPlaceholder, clip: area)
                }
            }
        } else {
            let top = s.visibleScroll(height: area.height)
            var visualRow = 0
            outer: for line in s.lines {
                for seg in MultiLineTextInputState.segments(of: line, width: area.width, policy: s.policy) {
                    if visualRow >= top + area.height { break outer }
                    if visualRow >= top {
                        buffer.write(String(line[seg]), x: area.x, y: area.y + visualRow - top, role: .input,
                                     clip: area)
                    }
                    visualRow += 1
                }
            }
        }
        if drawsCursor, let p = cursorPosition(in: area) {
            buffer.addEmphasis(.reverse, in: Rect(x: p.x, y: p.y, width: buffer.isWide(x: p.x, y: p.y) ? 2 : 1,
                                                  height: 1))
        }
    }
}
