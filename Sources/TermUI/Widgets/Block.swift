/// A bordered frame with a title on the top border (which may carry the active filter) and an optional
/// right-hand title (a position such as `12/5,000`). Other widgets render into `inner(_:)`.
public struct Block: Widget {
    public enum Style: Hashable, Sendable {
        case plain
        case rounded
        case double
    }

    public var title: String
    public var rightTitle: String
    public var focused: Bool
    public var style: Style
    /// When set, the whole area is first filled with blanks in this role (dialogs, overlays).
    public var background: StyleRole?

    public init(title: String = "", rightTitle: String = "", focused: Bool = false, style: Style = .plain,
                background: StyleRole? = nil) {
        self.title = title
        self.rightTitle = rightTitle
        self.focused = focused
        self.style = style
        self.background = background
    }

    /// The area inside the border; empty when the area is too small to have one.
    public func inner(_ area: Rect) -> Rect {
        guard area.width >= 2, area.height >= 2 else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
        return area.inset(by: 1)
    }

    public func render(in area: Rect, into buffer: inout Buffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        if let background { buffer.fill(area, role: background) }
        guard area.width >= 2, area.height >= 2 else { return }
        var s = buffer.policy.symbols
        switch style {
        case .plain: break
        case .rounded: s = s.rounded
        case .double: s = s.double
        }
        let role: StyleRole = focused ? .borderFocus : .border
        let top = area.y, bottom = area.bottom - 1, left = area.x, right = area.right - 1
        for x in left + 1..<right {
            buffer.set(s.horizontal, x: x, y: top, role: role)
            buffer.set(s.horizontal, x: x, y: bottom, role: role)
        }
        for y in top + 1..<bottom {
            buffer.set(s.vertical, x: left, y: y, role: role)
            buffer.set(s.vertical, x: right, y: y, role: role)
        }
        buffer.set(s.topLeft, x: left, y: top, role: role)
        buffer.set(s.topRight, x: right, y: top, role: role)
        buffer.set(s.bottomLeft, x: left, y: bottom, role: role)
        buffer.set(s.bottomRight, x: right, y: bottom, role: role)
        drawTitles(top: top, left: left + 1, width: area.width - 2, into: &buffer)
    }

    /// Title as ` title ` after the corner; the right title is kept only if both fit with a gap.
    func drawTitles(top: Int, left: Int, width: Int, into buffer: inout Buffer) {
        let policy = buffer.policy
        var used = 0
        if !title.isEmpty && width >= 3 {
            let text = " " + DisplayWidth.truncate(title, to: width - 2, policy: policy) + " "
            used = buffer.write(text, x: left, y: top, role: .title, emphasis: focused ? .bold : [], maxWidth: width)
        }
        if !rightTitle.isEmpty {
            let text = " " + rightTitle + " "
            let w = DisplayWidth.width(of: text, policy: policy)
            let room = width - used - (used > 0 ? 1 : 0)
            if w <= room {
                buffer.write(text, x: left + width - w, y: top, role: .title, maxWidth: w)
            }
        }
    }
}
