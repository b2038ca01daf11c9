// Soft wrapping of a multi-line input: the visual rows that rendering and Up/Down share.
extension MultiLineTextInputState {
    /// Grapheme ranges of the visual rows of one line at `width` cells (0: the whole line). A wide grapheme
    /// that does not fit moves to the next row; a line that exactly fills its last row gets an empty row
    /// after it, where the cursor goes when it sits at the end.
    public static func segments(of line: [Character], width: Int, policy: WidthPolicy) -> [Range<Int>] {
        guard width > 0 else { return [0..<line.count] }
        var result: [Range<Int>] = []
        var start = 0
        var used = 0
        for (i, c) in line.enumerated() {
            let w = DisplayWidth.width(of: c, policy: policy)
            if used + w > width && i > start {
                result.append(start..<i)
                start = i
                used = 0
            }
            used += w
        }
        result.append(start..<line.count)
        if used >= width && !line.isEmpty { result.append(line.count..<line.count) }
        return result
    }

    /// Visual rows of the whole text at `width`.
    public func visualRowCount(width: Int) -> Int {
        lines.reduce(0) { $0 + Self.segments(of: $1, width: width, policy: policy).count }
    }

    /// The cursor as (visual row, display column) at `width`.
    public func cursorVisualPosition(width: Int) -> (row: Int, column: Int) {
        var visualRow = 0
        for r in 0..<row { visualRow += Self.segments(of: lines[r], width: width, policy: policy).count }
        let segs = Self.segments(of: lines[row], width: width, policy: policy)
        let k = segmentIndex(of: column, in: segs)
        let seg = segs[k]
        let col = DisplayWidth.width(of: lines[row][seg.lowerBound..<column], policy: policy)
        return (visualRow + k, col)
    }

    /// The segment a grapheme index belongs to: the one containing it, or the last one at the line end.
    func segmentIndex(of index: Int, in segs: [Range<Int>]) -> Int {
        for (k, seg) in segs.enumerated() where index >= seg.lowerBound && index < seg.upperBound { return k }
        for (k, seg) in segs.enumerated().reversed() where seg.upperBound == index { return k }
        return max(0, segs.count - 1)
    }

    func visualRowStart() -> Int {
        let segs = Self.segments(of: lines[row], width: wrapWidth, policy: policy)
        return segs[segmentIndex(of: column, in: segs)].lowerBound
    }

    func visualRowEnd() -> Int {
        let segs = Self.segments(of: lines[row], width: wrapWidth, policy: policy)
        let k = segmentIndex(of: column, in: segs)
        return k == segs.count - 1 ? segs[k].upperBound : max(segs[k].lowerBound, segs[k].upperBound - 1)
    }

    /// Up/Down by visual rows, keeping the goal display column; past the first/last row goes to the
    /// start/end of the text.
    mutating func moveVertically(by delta: Int) {
        let here = cursorVisualPosition(width: wrapWidth)
        let goal = goalColumn ?? here.column
        let target = here.row + delta
        var visualRow = 0
        for r in lines.indices {
            let segs = Self.segments(of: lines[r], width: wrapWidth, policy: policy)
            if target < visualRow + segs.count && target >= visualRow {
                let seg = segs[target - visualRow]
                var i = seg.lowerBound
                var used = 0
                while i < seg.upperBound {
                    let w = DisplayWidth.width(of: lines[r][i], policy: policy)
                    if used + w > goal { break }
                    used += w
                    i += 1
                }
                let isLast = target - visualRow == segs.count - 1
                if !isLast && i == seg.upperBound && seg.upperBound > seg.lowerBound { i -= 1 }
                row = r
                column = i
                goalColumn = goal
                return
            }
            visualRow += segs.count
        }
        if target < 0 {
            row = 0
            column = 0
        } else {
            row = lines.count - 1
            column = lines[row].count
        }
        goalColumn = goal
    }
}
