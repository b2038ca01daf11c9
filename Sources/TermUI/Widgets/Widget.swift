/// Something that draws itself into part of a buffer. Widgets are value types rebuilt from state every
/// frame; `render` first clips `area` to the buffer (so a huge or negative rectangle costs nothing), draws
/// nothing outside it, does nothing when it is empty, and cannot fail.
public protocol Widget {
    func render(in area: Rect, into buffer: inout Buffer)
}

extension Buffer {
    /// Renders a widget into this buffer, clipped to the buffer (convenience for call sites and tests).
    public mutating func render(_ widget: some Widget, in area: Rect) {
        let clipped = area.intersection(self.area)
        guard !clipped.isEmpty else { return }
        widget.render(in: clipped, into: &self)
    }
}
