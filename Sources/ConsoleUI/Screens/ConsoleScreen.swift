import SellerCore
import TermUI

/// Draws the whole console for a state into a buffer: tab bar, list, detail pane, status bar, then whatever
/// floats on top (help, toasts). Pure: the same state always gives the same screen, which is what the golden
/// tests compare.
public enum ConsoleScreen {
    public static func render(_ state: AppState) -> Buffer {
        var buffer = Buffer(size: state.size, policy: state.policy)
        render(state, into: &buffer)
        return buffer
    }

    public static func render(_ state: AppState, into buffer: inout Buffer) {
        if buffer.size != state.size { buffer.resize(to: state.size) }
        buffer.reset()
        let layout = state.layout
        if layout.isTooSmall {
            buffer.render(TooSmallView(lines: ScreenPaneText.tooSmall(required: ScreenLayout.minimumSize,
                                                                     actual: state.size)(state.language)),
                          in: buffer.area)
            return
        }
        buffer.render(TabBarLayout(state: state).tabs, in: layout.tabBar)
        if state.activeTab == .overview {
            OverviewPane.render(state, in: OverviewPane.area(layout), into: &buffer)
        } else if state.activeTab == .outbox {
            OutboxPane.render(state, in: layout.list, into: &buffer)
        } else {
            ListPane.render(state, in: layout.list, into: &buffer)
        }
        if state.activeTab != .overview { DetailPaneView.render(state, in: layout.detail, into: &buffer) }
        BottomLine.render(state, in: layout.statusBar, into: &buffer)
        ActionDialogView.render(state, into: &buffer)
        ProblemsView.render(state, into: &buffer)
        ViewChooserView.render(state, into: &buffer)
        CopyChooserView.render(state, into: &buffer)
        if case .help(let offset) = state.mode {
            buffer.render(HelpOverlay(title: ScreenHelpText.title(state.language), groups: state.helpGroups,
                                      offset: offset), in: buffer.area)
        }
        // Toasts stack upwards from the foot of the detail pane, inside its border, newest lowest (several at
        // once at start-up); one that no longer fits is left for later.
        let room = layout.detailArea
        var margin = 0
        for toast in state.toasts.reversed() {
            let widget = Toast(toast.message, kind: toast.kind, maxWidth: min(60, room.width))
            let frame = widget.frame(in: room, bottomMargin: margin, policy: state.policy)
            guard frame.y >= room.y, frame.height > 0 else { break }
            buffer.render(widget, in: frame)
            margin += frame.height
        }
    }

    /// Where the terminal cursor belongs (in a text prompt), nil to hide it.
    public static func cursorPosition(_ state: AppState) -> Position? {
        if state.dialog != nil { return state.layout.isTooSmall ? nil : ActionDialogView.cursorPosition(state) }
        return BottomLine.cursorPosition(state, in: state.layout.statusBar)
    }
}
