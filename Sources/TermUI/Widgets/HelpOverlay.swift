/// The `?` overlay: groups of key → description generated from the live keymap, keys aligned by display
/// width, scrolled by `offset`. Draws a framed box centred in the area it is given.
public struct HelpOverlay: Widget {
    public struct Entry: Hashable, Sendable {
        /// Already formatted, e.g. `j / ↓`.
        public var keys: String
        public var description: String

        public init(_ keys: String, _ description: String) {
            self.keys = keys
            self.description = description
        }
    }

    public struct Group: Hashable, Sendable {
        public var title: String
        public var entries: [Entry]

        public init(_ title: String, _ entries: [Entry]) {
            self.title = title
            self.entries = entries
        }
    }

    enum Line: Equatable {
        case group(String)
        case entry(Entry)
        case blank
    }

    /// The box's title, in the caller's language.
    public var title: String
    public var groups: [Group]
    public var offset: Int
    public var maxWidth: Int

    public init(title: String, groups: [Group], offset: Int = 0, maxWidth: Int = 72) {
        self.title = title
        self.groups = groups
        self.offset = offset
        self.maxWidth = maxWidth
    }

    var lines: [Line] {
        var out: [Line] = []
        for (i, group) in groups.enumerated() {
            if i > 0 { out.append(.blank) }
            out.append(.group(group.title))
            out.append(contentsOf: group.entries.map { .entry($0) })
        }
        return out
    }

    /// Lines of content, for clamping `offset` (the box shows `frame.height - 2` at a time).
    public var lineCount: Int { lines.count }

    /// The centred box for `area`.
    public func frame(in area: Rect, policy: WidthPolicy = .default) -> Rect {
        let keyWidth = groups.flatMap(\.entries).map { DisplayWidth.width(of: $0.keys, policy: policy) }.max() ?? 0
        let descWidth = groups.flatMap(\.entries).map { DisplayWidth.width(of: $0.description, policy: policy) }
            .max() ?? 0
        let groupWidth = groups.map { DisplayWidth.width(of: $0.title, policy: policy) }.max() ?? 0
        let content = max(keyWidth + 2 + descWidth, groupWidth, DisplayWidth.width(of: title, policy: policy) + 2)
        let width = min(content + 5, maxWidth, area.width)
        return area.centered(width: width, height: lineCount + 2)
    }

    public func render(in area: Rect, into buffer: inout Buffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let policy = buffer.policy
        let box = frame(in: area, policy: policy)
        let block = Block(title: title, focused: true, background: .dialog)
        block.render(in: box, into: &buffer)
        let inner = block.inner(box)
        guard !inner.isEmpty else { return }
        let all = lines
        let visible = inner.height
        let start = min(max(0, offset), max(0, all.count - visible))
        let scrollbar = Scrollbar(total: all.count, offset: start, visible: visible)
        let content = Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - (scrollbar.isNeeded ? 2 : 1)),
                           height: inner.height)
        let keyWidth = min(all.compactMap { line -> Int? in
            if case .entry(let e) = line { return DisplayWidth.width(of: e.keys, policy: policy) }
            return nil
        }.max() ?? 0, content.width / 2)
        for (i, line) in all.dropFirst(start).prefix(visible).enumerated() {
            let y = content.y + i
            switch line {
            case .group(let t):
                buffer.write(t, x: content.x, y: y, width: content.width, role: .title, emphasis: .bold, clip: content)
            case .entry(let e):
                buffer.write(e.keys, x: content.x, y: y, width: keyWidth, role: .helpKey, emphasis: .bold, clip: content)
                let descX = content.x + keyWidth + 2
                buffer.write(e.description, x: descX, y: y, width: content.right - descX, role: .dialog, clip: content)
            case .blank:
                break
            }
        }
        if scrollbar.isNeeded {
            scrollbar.render(in: Rect(x: inner.right - 1, y: inner.y, width: 1, height: inner.height), into: &buffer)
        }
    }
}
