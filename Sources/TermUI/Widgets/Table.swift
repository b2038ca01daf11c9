/// A list table that only ever receives the rows on screen (paging is the caller's job), plus the total
/// and the offset of the first row so it can draw a scrollbar. Widths are measured by display width, cells
/// are truncated with an ellipsis, and the sorted column carries ▲/▼.
public struct Table: Widget {
    public struct Sort: Hashable, Sendable {
        public var column: Int
        public var ascending: Bool

        public init(column: Int, ascending: Bool) {
            self.column = column
            self.ascending = ascending
        }
    }

    public var columns: [TableColumn]
    public var rows: [TableRow]
    /// Index into `rows` of the selected row, if it is on screen.
    public var selected: Int?
    /// Whether the table has keyboard focus (selected row as `rowSelected`, else `rowSelectedBlur`).
    public var focused: Bool
    public var sort: Sort?
    public var zebra: Bool
    public var showHeader: Bool
    /// Rows in the whole list and the index of `rows[0]` in it, for the scrollbar and zebra parity.
    public var total: Int
    public var offset: Int
    public var spacing: Int
    /// Shown when there are no rows (e.g. "无匹配 No matches").
    public var emptyText: String
    /// Filter terms (space-separated, case-insensitive) marked with the `match` role in unselected rows.
    public var highlight: String

    public init(columns: [TableColumn], rows: [TableRow], selected: Int? = nil, focused: Bool = true,
                sort: Sort? = nil, zebra: Bool = false, showHeader: Bool = true, total: Int? = nil,
                offset: Int = 0, spacing: Int = 1, emptyText: String = "", highlight: String = "") {
        self.columns = columns
        self.rows = rows
        self.selected = selected
        self.focused = focused
        self.sort = sort
        self.zebra = zebra
        self.showHeader = showHeader
        self.total = total ?? rows.count
        self.offset = offset
        self.spacing = spacing
        self.emptyText = emptyText
        self.highlight = highlight
    }

    /// Body rows that fit in `area` (what the caller should page by).
    public func visibleRowCount(in area: Rect) -> Int {
        max(0, area.height - (showHeader ? 1 : 0))
    }

    public func render(in area: Rect, into buffer: inout Buffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let policy = buffer.policy
        let bodyTop = area.y + (showHeader ? 1 : 0)
        let bodyHeight = visibleRowCount(in: area)
        let scrollbar = Scrollbar(total: max(total, rows.count), offset: offset, visible: bodyHeight)
        let hasScrollbar = bodyHeight > 0 && scrollbar.isNeeded && area.width > 2
        let contentWidth = area.width - (hasScrollbar ? 1 : 0)
        let badgeWidth = min(2, rows.prefix(bodyHeight).reduce(0) { max($0, DisplayWidth.width(of: $1.badge, policy: policy)) })
        let gutter = badgeWidth > 0 ? badgeWidth + 1 : 0
        let widths = Table.columnWidths(columns, available: contentWidth - gutter, spacing: spacing)
        let offsets = Table.columnOffsets(widths, spacing: spacing)
        let contentX = area.x + gutter
        let clip = Rect(x: area.x, y: area.y, width: contentWidth, height: area.height)

        if showHeader {
            buffer.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), role: .header)
            for (i, column) in columns.enumerated() where widths[i] > 0 {
                drawHeader(column, index: i, x: contentX + offsets[i], y: area.y, width: widths[i], clip: clip,
                           into: &buffer)
            }
        }
        guard bodyHeight > 0 else { return }
        let terms = Table.terms(highlight)
        for (r, row) in rows.prefix(bodyHeight).enumerated() {
            let y = bodyTop + r
            let isSelected = selected == r
            let rowRole: StyleRole
            if isSelected {
                rowRole = focused ? .rowSelected : .rowSelectedBlur
            } else if let role = row.role {
                rowRole = role
            } else {
                rowRole = zebra && (offset + r) % 2 == 1 ? .rowAlt : .row
            }
            buffer.fill(Rect(x: area.x, y: y, width: contentWidth, height: 1), role: rowRole)
            if gutter > 0 && !row.badge.isEmpty {
                buffer.write(row.badge, x: area.x, y: y, role: isSelected ? rowRole : row.badgeRole,
                             maxWidth: badgeWidth, clip: clip)
            }
            for (i, column) in columns.enumerated() where widths[i] > 0 {
                let text = i < row.cells.count ? row.cells[i] : ""
                let role = isSelected ? rowRole : (row.cellRole(i) ?? rowRole)
                let x = contentX + offsets[i]
                buffer.write(text, x: x, y: y, width: widths[i], alignment: column.alignment, role: role, clip: clip)
                if !isSelected && !terms.isEmpty {
                    Table.markMatches(terms, x: x, y: y, width: widths[i], clip: clip, into: &buffer)
                }
            }
        }
        if rows.count < bodyHeight {
            buffer.fill(Rect(x: area.x, y: bodyTop + rows.count, width: contentWidth, height: bodyHeight - rows.count),
                        role: .row)
            if rows.isEmpty && !emptyText.isEmpty {
                buffer.write(emptyText, x: area.x, y: bodyTop + (bodyHeight - 1) / 2, width: contentWidth,
                             alignment: .center, role: .muted, clip: clip)
            }
        }
        if hasScrollbar {
            scrollbar.render(in: Rect(x: area.right - 1, y: bodyTop, width: 1, height: bodyHeight), into: &buffer)
        }
    }

    /// Title plus sort marker; the marker survives truncation because the title is cut first.
    func drawHeader(_ column: TableColumn, index: Int, x: Int, y: Int, width: Int, clip: Rect,
                    into buffer: inout Buffer) {
        let policy = buffer.policy
        guard let sort, sort.column == index else {
            buffer.write(column.title, x: x, y: y, width: width, alignment: column.alignment, role: .header,
                         emphasis: .bold, clip: clip)
            return
        }
        let s = policy.symbols
        let marker = sort.ascending ? s.sortAscending : s.sortDescending
        let markerWidth = DisplayWidth.width(of: marker, policy: policy)
        let titleRoom = width - markerWidth - 1
        guard titleRoom > 0 else {
            buffer.write(String(marker), x: x, y: y, width: width, role: .headerSort, emphasis: .bold, clip: clip)
            return
        }
        let title = DisplayWidth.truncate(column.title, to: titleRoom, policy: policy)
        let text = title + " " + String(marker)
        let textWidth = DisplayWidth.width(of: text, policy: policy)
        let gap = width - textWidth
        let lead = column.alignment == .right ? gap : (column.alignment == .center ? gap / 2 : 0)
        buffer.write(text, x: x, y: y, width: width, alignment: column.alignment, role: .header, emphasis: .bold,
                     clip: clip)
        buffer.setRole(.headerSort, in: Rect(x: x + lead + textWidth - markerWidth, y: y, width: markerWidth, height: 1)
            .intersection(clip))
    }
}
