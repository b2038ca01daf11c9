/// A block of text (a ticket body, a JSON payload) wrapped to the area and scrolled by `offset` lines.
/// Wrapping is redone from the text every frame, so a resize reflows it; work stops below the visible rows
/// unless a scrollbar needs the total.
public struct ScrollingText: Widget {
    public var text: String
    public var role: StyleRole
    /// Index of the first wrapped line shown.
    public var offset: Int
    /// When false, long lines are clipped instead of wrapped.
    public var wrap: Bool
    /// Reserves the rightmost column for a scrollbar.
    public var showsScrollbar: Bool

    public init(_ text: String, role: StyleRole = .app, offset: Int = 0, wrap: Bool = true,
                showsScrollbar: Bool = true) {
        self.text = text
        self.role = role
        self.offset = offset
        self.wrap = wrap
        self.showsScrollbar = showsScrollbar
    }

    /// Width available to the text inside an area this wide.
    func textWidth(_ width: Int) -> Int { showsScrollbar && width > 2 ? width - 1 : width }

    /// Wrapped lines, at most `limit` of them.
    func lines(width: Int, limit: Int, policy: WidthPolicy) -> [String] {
        guard width > 0, limit > 0 else { return [] }
        if wrap { return DisplayWidth.wrap(text, width: width, maxLines: limit, policy: policy) }
        var out: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if out.count >= limit { break }
            out.append(String(line))
        }
        return out
    }

    /// Total wrapped lines for an area `width` wide: the scroll range is `0...max(0, lineCount - height)`.
    public func lineCount(width: Int, policy: WidthPolicy = .default) -> Int {
        lines(width: textWidth(width), limit: .max, policy: policy).count
    }

    public func render(in area: Rect, into buffer: inout Buffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let policy = buffer.policy
        let width = textWidth(area.width)
        // Scrolled: the total is needed for the scrollbar anyway, so clamp an over-scrolled offset with it.
        let total = offset > 0 ? lines(width: width, limit: .max, policy: policy).count : nil
        let start = min(max(0, offset), max(0, (total ?? 0) - area.height))
        let shown = lines(width: width, limit: start + area.height + 1, policy: policy)
        buffer.fill(area, role: role)
        let clip = Rect(x: area.x, y: area.y, width: width, height: area.height)
        var y = area.y
        for line in shown.dropFirst(start).prefix(area.height) {
            buffer.write(line, x: area.x, y: y, role: role, maxWidth: width, clip: clip)
            y += 1
        }
        if showsScrollbar && width < area.width && (shown.count - area.height > start || start > 0) {
            Scrollbar(total: total ?? lineCount(width: area.width, policy: policy), offset: start, visible: area.height)
                .render(in: Rect(x: area.right - 1, y: area.y, width: 1, height: area.height), into: &buffer)
        }
    }
}
