/// Shown instead of the screens when the terminal is below the minimum size, so nothing tries to lay out
/// in a space it cannot fit.
public struct TooSmallView: Widget {
    public var required: Size
    public var actual: Size

    public init(required: Size, actual: Size) {
        self.required = required
        self.actual = actual
    }

    public var lines: [String] {
        ["终端太小 Terminal too small",
         "需要 need \(required.width)x\(required.height)",
         "当前 now \(actual.width)x\(actual.height)"]
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
