/// Shown instead of the screens when the terminal is below the minimum size, so nothing tries to lay out
/// in a space it cannot fit.
public struct TooSmallView: Widget {
    /// What to say, centred one a line, the first as the warning: the caller's words in the caller's language
    /// (e.g. that the terminal is too small, the size needed and the size now).
    public var lines: [String]

    public init(lines: [String]) {
        self.lines = lines
    }

    public func render(in area: Rect, into buffer: inout Buffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        buffer.fill(area, role: .app)
        let shown = Array(lines.prefix(area.height))
        let top = area.y + (area.height - shown.count) / 2
        for (i, line) in shown.enumerated() {
            buffer.write(line, x: area.x, y: top + i, width: area.width, alignment: .center,
                         role: i == 0 ? .statusFailed : .muted, clip: area)
        }
    }
}
