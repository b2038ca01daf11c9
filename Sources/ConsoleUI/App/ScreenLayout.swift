import TermUI

/// Where each part of the screen goes at a size: the tab bar on the first row, the status bar (or the prompt
/// of `/` and `:`) on the last, and between them the list and the detail pane, side by side when the terminal
/// is wide and stacked when it is narrow. `update` uses it too (how many rows a page is, what a click hit).
public struct ScreenLayout: Hashable, Sendable {
    /// Below this the console shows a "too small" screen instead of a cramped one.
    public static let minimumSize = Size(width: 60, height: 15)
    /// From this width on the detail pane sits beside the list.
    public static let sideBySideWidth = 120

    public var size: Size
    public var tabBar: Rect
    public var list: Rect
    public var detail: Rect
    public var statusBar: Rect
    public var isTooSmall: Bool
    public var isSideBySide: Bool

    public init(size: Size, focus: Focus) {
        self.size = size
        isTooSmall = size.width < ScreenLayout.minimumSize.width || size.height < ScreenLayout.minimumSize.height
        isSideBySide = size.width >= ScreenLayout.sideBySideWidth
        tabBar = Rect(x: 0, y: 0, width: size.width, height: 1)
        statusBar = Rect(x: 0, y: max(0, size.height - 1), width: size.width, height: 1)
        let body = Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 2))
        if isSideBySide {
            let listWidth = focus == .detail ? body.width / 2 : body.width * 3 / 5
            list = Rect(x: body.x, y: body.y, width: listWidth, height: body.height)
            detail = Rect(x: body.x + listWidth, y: body.y, width: body.width - listWidth, height: body.height)
        } else {
            let listHeight = focus == .detail ? body.height / 3 : body.height * 3 / 5
            list = Rect(x: body.x, y: body.y, width: body.width, height: listHeight)
            detail = Rect(x: body.x, y: body.y + listHeight, width: body.width, height: body.height - listHeight)
        }
    }

    /// The table's area inside the list pane's border.
    public var tableArea: Rect { list.width >= 2 && list.height >= 2 ? list.inset(by: 1) : .zero }

    /// Data rows visible in the table (its first row is the header).
    public var visibleRows: Int { max(1, tableArea.height - 1) }

    /// The detail text's area inside its border.
    public var detailArea: Rect { detail.width >= 2 && detail.height >= 2 ? detail.inset(by: 1) : .zero }

    /// Lines of detail text visible.
    public var detailLines: Int { max(1, detailArea.height) }
}
