import TermUI

/// The detail pane: a `DetailLayout` drawn from row `scroll`, with keys in `detailKey`, section titles in
/// `title`, links in `link` and the selected link highlighted like a selected table row (blurred when the pane
/// has no focus), plus a scrollbar when the document is taller than the pane.
public struct DetailPane: Widget {
    public var layout: DetailLayout
    public var scroll: Int
    public var selectedLink: Int?
    public var focused: Bool

    public init(layout: DetailLayout, scroll: Int, selectedLink: Int?, focused: Bool) {
        self.layout = layout
        self.scroll = scroll
        self.selectedLink = selectedLink
        self.focused = focused
    }

    public func render(in area: Rect, into buffer: inout Buffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let overflows = layout.lineCount > area.height
        let textWidth = overflows && area.width > 2 ? area.width - 1 : area.width
        let clip = Rect(x: area.x, y: area.y, width: textWidth, height: area.height)
        let start = min(max(0, scroll), layout.maxScroll(height: area.height))
        buffer.fill(area, role: .detailValue)
        let valueX = area.x + layout.keyWidth + DetailLayout.gap
        for (offset, row) in layout.rows.dropFirst(start).prefix(area.height).enumerated() {
            let y = area.y + offset
            switch row {
            case .field(let key, let value, let role):
                if let key { buffer.write(key, x: area.x, y: y, role: .detailKey, clip: clip) }
                buffer.write(value, x: valueX, y: y, role: role, clip: clip)
            case .stackedValue(let value, let role):
                buffer.write(value, x: area.x + DetailLayout.stackedIndent, y: y, role: role, clip: clip)
            case .section(let title):
                buffer.write(title, x: area.x, y: y, role: .title, emphasis: .bold, clip: clip)
            case .text(let text, let role):
                buffer.write(text, x: area.x, y: y, role: role, clip: clip)
            case .link(let index, let label):
                if index == selectedLink {
                    // The whole row, like a selected table row, so the selection shows without colour too.
                    buffer.write(label, x: area.x, y: y, width: textWidth, role: focused ? .rowSelected : .rowSelectedBlur,
                                 clip: clip)
                } else {
                    buffer.write(label, x: area.x, y: y, role: .link, clip: clip)
                }
            case .blank:
                continue
            }
        }
        if overflows && textWidth < area.width {
            Scrollbar(total: layout.lineCount, offset: start, visible: area.height)
                .render(in: Rect(x: area.right - 1, y: area.y, width: 1, height: area.height), into: &buffer)
        }
    }
}
