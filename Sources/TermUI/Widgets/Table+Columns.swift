// Column sizing for `Table`: shared with callers that need column positions (mouse hit-testing).
extension Table {
    /// Widths for `columns` within `available` cells, `spacing` cells apart. Columns get their minimum left to
    /// right while they fit (later ones get 0 and are hidden; the first always shows, cut to what there is),
    /// then flex columns share the rest by weight up to their maximum.
    public static func columnWidths(_ columns: [TableColumn], available: Int, spacing: Int = 1) -> [Int] {
        var widths = Array(repeating: 0, count: columns.count)
        guard available > 0, !columns.isEmpty else { return widths }
        let gap = max(0, spacing)
        var used = 0
        var shown: [Int] = []
        for (i, column) in columns.enumerated() {
            let need = column.minWidth + (shown.isEmpty ? 0 : gap)
            if shown.isEmpty {
                widths[i] = min(column.minWidth, available)
                used = widths[i]
                shown.append(i)
            } else if used + need <= available {
                widths[i] = column.minWidth
                used += need
                shown.append(i)
            } else {
                break
            }
        }
        var extra = available - used
        while extra > 0 {
            let growable = shown.filter { i in
                columns[i].flex > 0 && (columns[i].maxWidth.map { widths[i] < $0 } ?? true)
            }
            guard !growable.isEmpty else { break }
            let totalFlex = growable.reduce(0) { $0 + min(columns[$1].flex, 1 << 16) }
            var given = 0
            for i in growable {
                var share = extra * min(columns[i].flex, 1 << 16) / totalFlex
                if let cap = columns[i].maxWidth { share = min(share, cap - widths[i]) }
                widths[i] += share
                given += share
            }
            if given == 0 {
                for i in growable where extra - given > 0 {
                    widths[i] += 1
                    given += 1
                }
            }
            extra -= given
        }
        return widths
    }

    /// Left edge of each column relative to the table's content start, given widths (hidden columns too).
    public static func columnOffsets(_ widths: [Int], spacing: Int = 1) -> [Int] {
        var offsets: [Int] = []
        offsets.reserveCapacity(widths.count)
        var x = 0
        for w in widths {
            offsets.append(x)
            if w > 0 { x += w + max(0, spacing) }
        }
        return offsets
    }
}
