/// A horizontal bar for long operations (an upload, a sync page count), with an optional label on the right.
public struct ProgressBar: Widget {
    public var fraction: Double
    /// Shown right of the bar; defaults to the percentage.
    public var label: String?

    public init(fraction: Double, label: String? = nil) {
        self.fraction = fraction
        self.label = label
    }

    /// 0...1; NaN counts as 0, so a division by zero upstream cannot break a frame.
    var clampedFraction: Double {
        guard fraction.isFinite else { return fraction == .infinity ? 1 : 0 }
        return min(max(fraction, 0), 1)
    }

    public func render(in area: Rect, into buffer: inout Buffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let policy = buffer.policy
        let s = policy.symbols
        let text = label ?? "\(Int((clampedFraction * 100).rounded(.down)))%"
        let textWidth = DisplayWidth.width(of: text, policy: policy)
        let showText = !text.isEmpty && area.width >= textWidth + 2
        let barWidth = showText ? area.width - textWidth - 1 : area.width
        let filled = Int((Double(barWidth) * clampedFraction).rounded(.down))
        for i in 0..<barWidth {
            let full = i < filled
            buffer.set(full ? s.progressFull : s.progressEmpty, x: area.x + i, y: area.y,
                       role: full ? .progress : .progressTrack)
        }
        if showText {
            buffer.write(" " + text, x: area.x + barWidth, y: area.y, role: .app, maxWidth: textWidth + 1, clip: area)
        }
    }
}
