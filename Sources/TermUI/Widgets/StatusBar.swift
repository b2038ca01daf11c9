/// The bottom line: key hints on the left (`q 退出  / 过滤`), sync state on the right. The right side wins
/// when space is short; hints are dropped whole rather than cut in the middle.
public struct StatusBar: Widget {
    public struct Hint: Hashable, Sendable {
        public var key: String
        public var label: String

        public init(_ key: String, _ label: String) {
            self.key = key
            self.label = label
        }
    }

    public var hints: [Hint]
    /// Sync state or a message in the caller's language, e.g. `已同步 12:03` or `synced 12:03`.
    public var right: String
    /// `bar` normally, `barStale` when the data is old, a status role for errors.
    public var rightRole: StyleRole

    public init(hints: [Hint], right: String = "", rightRole: StyleRole = .bar) {
        self.hints = hints
        self.right = right
        self.rightRole = rightRole
    }

    public func render(in area: Rect, into buffer: inout Buffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let policy = buffer.policy
        let row = area.row(0)
        buffer.fill(row, role: .bar)
        var rightWidth = 0
        if !right.isEmpty {
            let shown = DisplayWidth.truncate(right, to: row.width, policy: policy)
            rightWidth = DisplayWidth.width(of: shown, policy: policy)
            buffer.write(shown, x: row.right - rightWidth, y: row.y, role: rightRole, clip: row)
        }
        let limit = row.right - rightWidth - (rightWidth > 0 ? 2 : 0)
        var x = row.x + 1
        for hint in hints {
            let keyWidth = DisplayWidth.width(of: hint.key, policy: policy)
            let labelWidth = DisplayWidth.width(of: hint.label, policy: policy)
            let need = keyWidth + (labelWidth > 0 ? 1 + labelWidth : 0)
            guard x + need <= limit else { break }
            buffer.write(hint.key, x: x, y: row.y, role: .barKey, emphasis: .bold, clip: row)
            if labelWidth > 0 {
                buffer.write(hint.label, x: x + keyWidth + 1, y: row.y, role: .bar, clip: row)
            }
            x += need + 2
        }
    }
}
