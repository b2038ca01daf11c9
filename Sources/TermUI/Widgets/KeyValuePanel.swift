/// The detail pane: labels in one column aligned by display width, values wrapped beside them, optional
/// section headings, scrolled by `offset` lines. When the area is too narrow for two columns each label
/// goes on its own line above its value.
public struct KeyValuePanel: Widget {
    public struct Entry: Hashable, Sendable {
        public var key: String
        public var value: String
        public var valueRole: StyleRole
        public var isSection: Bool

        public init(_ key: String, _ value: String, role: StyleRole = .detailValue) {
            self.key = key
            self.value = value
            self.valueRole = role
            self.isSection = false
        }

        /// A heading line between groups of entries (`买家 Buyer`).
        public static func section(_ title: String) -> Entry {
            var e = Entry(title, "", role: .title)
            e.isSection = true
            return e
        }
    }

    /// One laid-out row.
    enum Line: Equatable {
        case section(String)
        case pair(key: String?, value: String, role: StyleRole, indent: Int)
    }

    public var entries: [Entry]
    public var offset: Int
    /// Labels wider than this are truncated with an ellipsis.
    public var maxKeyWidth: Int
    public var gap: Int
    public var showsScrollbar: Bool

    public init(_ entries: [Entry], offset: Int = 0, maxKeyWidth: Int = 16, gap: Int = 2,
                showsScrollbar: Bool = true) {
        self.entries = entries
        self.offset = offset
        self.maxKeyWidth = maxKeyWidth
        self.gap = gap
        self.showsScrollbar = showsScrollbar
    }

    /// Below this many value cells the panel stacks labels above values.
    static let minimumValueWidth = 8

    func contentWidth(_ width: Int) -> Int { showsScrollbar && width > 2 ? width - 1 : width }

    func keyWidth(_ policy: WidthPolicy) -> Int {
        let widest = entries.lazy.filter { !$0.isSection }.map { DisplayWidth.width(of: $0.key, policy: policy) }
            .max() ?? 0
        return min(widest, max(0, maxKeyWidth))
    }

    /// Lays out lines for a content width, stopping after `limit` lines.
    func layout(width: Int, limit: Int, policy: WidthPolicy) -> (lines: [Line], keyWidth: Int) {
        guard width > 0, limit > 0 else { return ([], 0) }
        let kw = keyWidth(policy)
        let stacked = width - kw - gap < KeyValuePanel.minimumValueWidth
        let valueWidth = stacked ? max(1, width - 2) : width - kw - gap
        var lines: [Line] = []
        for entry in entries {
            if lines.count >= limit { break }
            if entry.isSection {
                lines.append(.section(entry.key))
                continue
            }
            let room = limit - lines.count
            var wrapped = DisplayWidth.wrap(entry.value, width: valueWidth, maxLines: room, policy: policy)
            if wrapped.isEmpty { wrapped = [""] }
            if stacked {
                lines.append(.pair(key: entry.key, value: "", role: entry.valueRole, indent: 0))
                for v in wrapped.prefix(max(0, room - 1)) {
                    lines.append(.pair(key: nil, value: v, role: entry.valueRole, indent: 2))
                }
            } else {
                for (i, v) in wrapped.enumerated() {
                    lines.append(.pair(key: i == 0 ? entry.key : nil, value: v, role: entry.valueRole,
                                       indent: kw + gap))
                }
            }
        }
        return (lines, stacked ? width : kw)
    }

    /// Total lines for an area `width` wide, for clamping `offset`.
    public func lineCount(width: Int, policy: WidthPolicy = .default) -> Int {
        layout(width: contentWidth(width), limit: .max, policy: policy).lines.count
    }

    public func render(in area: Rect, into buffer: inout Buffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let policy = buffer.policy
        let width = contentWidth(area.width)
        // Scrolled: the total is needed for the scrollbar anyway, so clamp an over-scrolled offset with it.
        let total = offset > 0 ? layout(width: width, limit: .max, policy: policy).lines.count : nil
        let start = min(max(0, offset), max(0, (total ?? 0) - area.height))
        let (lines, kw) = layout(width: width, limit: start + area.height + 1, policy: policy)
        buffer.fill(area, role: .detailValue)
        let clip = Rect(x: area.x, y: area.y, width: width, height: area.height)
        var y = area.y
        for line in lines.dropFirst(start).prefix(area.height) {
            switch line {
            case .section(let title):
                buffer.write(title, x: area.x, y: y, width: width, role: .title, emphasis: .bold, clip: clip)
            case .pair(let key, let value, let role, let indent):
                if let key {
                    buffer.write(key, x: area.x, y: y, width: kw, role: .detailKey, clip: clip)
                }
                buffer.write(value, x: area.x + indent, y: y, role: role, maxWidth: width - indent, clip: clip)
            }
            y += 1
        }
        if showsScrollbar && width < area.width && (lines.count - area.height > start || start > 0) {
            Scrollbar(total: total ?? lineCount(width: area.width, policy: policy), offset: start, visible: area.height)
                .render(in: Rect(x: area.right - 1, y: area.y, width: 1, height: area.height), into: &buffer)
        }
    }
}
