/// An activity indicator advanced by a tick the app increments (no timers here), optionally with a label.
public struct Spinner: Widget {
    public var tick: Int
    public var label: String

    public init(tick: Int, label: String = "") {
        self.tick = tick
        self.label = label
    }

    /// The frame for a tick; any tick, negative or huge, is valid.
    public static func frame(_ tick: Int, symbols: Symbols = .unicode) -> Character {
        let frames = symbols.spinner
        guard !frames.isEmpty else { return " " }
        let n = frames.count
        return frames[((tick % n) + n) % n]
    }

    public func render(in area: Rect, into buffer: inout Buffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let frame = Spinner.frame(tick, symbols: buffer.policy.symbols)
        buffer.set(frame, x: area.x, y: area.y, role: .spinner)
        if !label.isEmpty && area.width > 2 {
            buffer.write(label, x: area.x + 2, y: area.y, width: area.width - 2, role: .app, clip: area)
        }
    }
}
