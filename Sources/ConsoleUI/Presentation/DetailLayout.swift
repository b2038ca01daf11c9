import TermUI

/// A detail document wrapped to one width, once: the pane then only copies rows, so scrolling a 64 KB response
/// body costs the same as a short one. Everything is measured with `DisplayWidth` under one policy, keys share
/// one aligned column, and wide characters are never split. Rebuild it when the document or the width changes.
public struct DetailLayout: Hashable, Sendable {
    /// One screen row.
    enum Row: Hashable, Sendable {
        /// A field's row: the key on its first row (nil on the rows its value wraps onto).
        case field(key: String?, value: String, role: StyleRole)
        /// In a pane too narrow for two columns, value rows go under their key, indented.
        case stackedValue(String, role: StyleRole)
        case section(String)
        case text(String, role: StyleRole)
        case link(index: Int, label: String)
        case blank
    }

    /// Keys wider than this are cut with an ellipsis, so one long key cannot squeeze every value.
    static let maximumKeyWidth = 16
    /// Cells between the key column and the values.
    static let gap = 2
    /// Below this many value cells, keys go on their own line above their values.
    static let minimumValueWidth = 10
    static let stackedIndent = 2

    public let title: String
    /// The text width the rows were wrapped to.
    public let width: Int
    public let policy: WidthPolicy
    /// Width of the key column; values start `gap` cells after it. Zero when stacked.
    let keyWidth: Int
    let rows: [Row]
    /// The row of each link, by link index.
    let linkRows: [Int]

    public init(document: DetailDocument, width: Int, policy: WidthPolicy = .default) {
        let width = max(1, width)
        let widestKey = document.lines.reduce(0) { widest, line in
            guard case .field(let key, _, _) = line else { return widest }
            return max(widest, DisplayWidth.width(of: key, policy: policy))
        }
        var keyWidth = min(widestKey, DetailLayout.maximumKeyWidth, max(4, width / 3))
        let stacked = width - keyWidth - DetailLayout.gap < DetailLayout.minimumValueWidth
        if stacked { keyWidth = 0 }
        let marker = policy.ambiguous == .wide ? "-> " : "→ "
        var rows: [Row] = []
        var linkRows = Array(repeating: 0, count: document.links.count)
        for line in document.lines {
            switch line {
            case .field(let key, let value, let role):
                if stacked {
                    rows.append(.field(key: DisplayWidth.truncate(key, to: width, policy: policy), value: "", role: role))
                    let indent = min(DetailLayout.stackedIndent, width - 1)
                    for part in DisplayWidth.wrap(value, width: width - indent, policy: policy) {
                        rows.append(.stackedValue(part, role: role))
                    }
                } else {
                    let shownKey = DisplayWidth.truncate(key, to: keyWidth, policy: policy)
                    let valueWidth = width - keyWidth - DetailLayout.gap
                    for (i, part) in DisplayWidth.wrap(value, width: valueWidth, policy: policy).enumerated() {
                        rows.append(.field(key: i == 0 ? shownKey : nil, value: part, role: role))
                    }
                }
            case .section(let title):
                rows.append(.section(DisplayWidth.truncate(title, to: width, policy: policy)))
            case .text(let text, let role):
                for part in DisplayWidth.wrap(text, width: width, policy: policy) {
                    rows.append(.text(part, role: role))
                }
            case .link(let index):
                guard document.links.indices.contains(index) else { continue }
                linkRows[index] = rows.count
                rows.append(.link(index: index, label: DisplayWidth.truncate(marker + document.links[index].label,
                                                                             to: width, policy: policy)))
            case .blank:
                rows.append(.blank)
            }
        }
        self.title = document.title
        self.width = width
        self.policy = policy
        self.keyWidth = keyWidth
        self.rows = rows
        self.linkRows = linkRows
    }

    /// Rows in the laid-out document: the scroll range is `0...maxScroll(height:)`.
    public var lineCount: Int { rows.count }

    /// The row showing link `index`, to scroll a selected link into view; nil for an unknown link.
    public func lineIndex(ofLink index: Int) -> Int? {
        linkRows.indices.contains(index) ? linkRows[index] : nil
    }

    /// The largest useful scroll offset for a pane `height` rows tall.
    public func maxScroll(height: Int) -> Int {
        max(0, rows.count - max(0, height))
    }

    /// The scroll offset nearest to `scroll` that shows link `index` in a pane `height` rows tall.
    public func scroll(_ scroll: Int, revealingLink index: Int, height: Int) -> Int {
        let clamped = min(max(0, scroll), maxScroll(height: height))
        guard let line = lineIndex(ofLink: index), height > 0 else { return clamped }
        if line < clamped { return line }
        if line >= clamped + height { return min(line - height + 1, maxScroll(height: height)) }
        return clamped
    }

    /// The width to lay out at for a pane `paneWidth` cells wide: one column is kept for the scrollbar.
    public static func textWidth(forPaneWidth paneWidth: Int) -> Int {
        paneWidth > 2 ? paneWidth - 1 : max(1, paneWidth)
    }
}
