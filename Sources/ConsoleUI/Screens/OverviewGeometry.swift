import TermUI

/// Where each heading and line of the 概览 Overview sits inside its border, for a size: shared by drawing and
/// by mouse hit-testing, so a click lands on the line drawn under it. Short screens (80x24) put the groups in
/// two columns; tall ones in one, with a side panel when wide.
struct OverviewGeometry {
    enum Row: Equatable {
        case heading(OverviewGroup, Rect)
        /// A line by its index in `OverviewLine.all`.
        case line(Int, Rect)
    }

    /// Rows one column needs: a heading and a blank line per group, and the lines.
    static var singleColumnHeight: Int { OverviewGroup.allCases.count * 2 - 1 + OverviewLine.all.count }

    var wide: Bool
    var rows: [Row]
    /// The side panel's area (the selected line's explanation), nil when there is no room.
    var panel: Rect?

    init(inner: Rect) {
        wide = inner.height >= Self.singleColumnHeight
        guard wide else {
            let width = (inner.width - 2) / 2
            rows = Self.column([.exceptions, .supervision], in: Rect(x: inner.x, y: inner.y, width: width,
                                                                      height: inner.height))
                + Self.column([.tickets, .instances, .outbox],
                              in: Rect(x: inner.x + width + 2, y: inner.y, width: inner.width - width - 2,
                                       height: inner.height))
            panel = nil
            return
        }
        let hasPanel = inner.width >= ScreenLayout.sideBySideWidth
        let width = hasPanel ? min(inner.width * 3 / 5, 100) : inner.width
        rows = Self.column(OverviewGroup.allCases, in: Rect(x: inner.x, y: inner.y, width: width, height: inner.height))
        panel = hasPanel ? Rect(x: inner.x + width + 2, y: inner.y, width: inner.right - inner.x - width - 2,
                                height: inner.height) : nil
    }

    /// The index of the line at `point`, nil off every line.
    func line(at point: Position) -> Int? {
        for row in rows {
            if case .line(let index, let rect) = row, rect.contains(point) { return index }
        }
        return nil
    }

    /// The groups one under another, a blank row between them, cut at the column's bottom.
    static func column(_ groups: [OverviewGroup], in column: Rect) -> [Row] {
        var rows: [Row] = []
        var y = column.y
        for (index, group) in groups.enumerated() {
            if index > 0 { y += 1 }
            guard y < column.bottom else { break }
            rows.append(.heading(group, Rect(x: column.x, y: y, width: column.width, height: 1)))
            y += 1
            for (lineIndex, line) in OverviewLine.all.enumerated() where line.group == group && y < column.bottom {
                rows.append(.line(lineIndex, Rect(x: column.x, y: y, width: column.width, height: 1)))
                y += 1
            }
        }
        return rows
    }
}
