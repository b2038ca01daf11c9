/// A vertical scroll indicator for lists that only hold the visible rows: the caller passes the total and
/// the offset, so the thumb is right without the widget ever seeing all rows.
public struct Scrollbar: Widget {
    public var total: Int
    public var offset: Int
    public var visible: Int

    public init(total: Int, offset: Int, visible: Int) {
        self.total = total
        self.offset = offset
        self.visible = visible
    }

    /// Whether there is anything to indicate (more rows than fit).
    public var isNeeded: Bool { total > max(visible, 0) }

    /// Thumb start and length within a track of `height` cells.
    public func thumb(height: Int) -> (start: Int, length: Int) {
        guard height > 0, isNeeded else { return (0, max(height, 0)) }
        let t = Double(total), v = Double(max(visible, 1))
        let length = max(1, min(height, Int((Double(height) * v / t).rounded())))
        let maxOffset = max(total - max(visible, 1), 1)
        let clampedOffset = min(max(offset, 0), maxOffset)
        let start = Int((Double(height - length) * Double(clampedOffset) / Double(maxOffset)).rounded())
        return (min(max(start, 0), height - length), length)
    }

    public func render(in area: Rect, into buffer: inout Buffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty, isNeeded else { return }
        let s = buffer.policy.symbols
        let x = area.right - 1
        let (start, length) = thumb(height: area.height)
        for i in 0..<area.height {
            let inThumb = i >= start && i < start + length
            buffer.set(inThumb ? s.scrollThumb : s.scrollTrack, x: x, y: area.y + i,
                       role: inThumb ? .scrollbarThumb : .scrollbar)
        }
    }
}
