// The difference between two frames: what the terminal layer has to repaint.
extension Buffer {
    /// Cells that differ from `previous`, in row-major order. A different size means everything changed. When
    /// a wide grapheme changes, its continuation is reported too, and a cell that used to be a continuation
    /// and now is not is reported as changed, so half glyphs never survive a repaint.
    public func diff(from previous: Buffer) -> [CellUpdate] {
        var updates: [CellUpdate] = []
        let w = size.width
        guard previous.size == size else {
            updates.reserveCapacity(cells.count)
            for (i, cell) in cells.enumerated() { updates.append(CellUpdate(x: i % w, y: i / w, cell: cell)) }
            return updates
        }
        var forceNext = false
        cells.withUnsafeBufferPointer { now in
            previous.cells.withUnsafeBufferPointer { before in
                for i in 0..<now.count {
                    let changed = forceNext || now[i] != before[i]
                    forceNext = false
                    guard changed else { continue }
                    updates.append(CellUpdate(x: i % w, y: i / w, cell: now[i]))
                    if i + 1 < now.count && (i + 1) % w != 0 && now[i + 1].isContinuation && !now[i].isContinuation {
                        forceNext = true
                    }
                }
            }
        }
        return updates
    }
}
