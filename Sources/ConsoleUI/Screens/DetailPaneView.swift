import SellerCore
import TermUI

/// The detail pane: a border whose title is the trail of followed links (`订单 CS… › 实例 …`), the wrapped
/// record inside, or a line saying why there is none.
enum DetailPaneView {
    static func render(_ state: AppState, in area: Rect, into buffer: inout Buffer) {
        if state.activeTab == .outbox {
            renderOutboxItem(state, in: area, into: &buffer)
            return
        }
        let detail = state.detail
        let focused = state.focus == .detail && state.mode.isNormalOrPrompt && state.dialog == nil
        let hint = detail.isFollowing ? "Esc 返回" : (focused ? "] 链接 Enter 打开" : "")
        let block = Block(title: title(detail), rightTitle: hint, focused: focused)
        buffer.render(block, in: area)
        let inner = block.inner(area)
        guard !inner.isEmpty else { return }
        if let layout = state.detailLayout {
            buffer.render(DetailPane(layout: layout, scroll: detail.scroll, selectedLink: detail.selectedLink,
                                     focused: focused), in: inner)
            return
        }
        let message: String
        if detail.missing {
            message = "本地没有这条记录（可能尚未同步）。\nThis record is not in the local store (not synced yet?)."
        } else if detail.loading {
            message = "加载中… Loading…"
        } else if state.activeTab == .outbox {
            message = "选择一个操作查看详情。\nSelect an action to see its details."
        } else {
            message = "没有选中的记录。\nNo record selected."
        }
        buffer.render(ScrollingText(message, role: .muted), in: inner)
    }

    static func title(_ detail: DetailState) -> String {
        var stops = detail.trail.map(\.target)
        if let target = detail.target { stops.append(target) }
        guard !stops.isEmpty else { return "详情 Detail" }
        let names = stops.map { $0.kind.label + " " + TextSanitizer.sanitize($0.id) }
        return (stops.count > 3 ? ["…"] + names.suffix(3) : names).joined(separator: " › ")
    }

    /// The selected outbox item: payload, files, idempotency key, every timestamp, the last error.
    static func renderOutboxItem(_ state: AppState, in area: Rect, into buffer: inout Buffer) {
        let focused = state.focus == .detail && state.mode.isNormalOrPrompt && state.dialog == nil
        let item = state.outbox.selectedItem
        let block = Block(title: item.map { "队列 #\($0.id)" } ?? "详情 Detail",
                          rightTitle: focused ? "Esc 返回" : "", focused: focused)
        buffer.render(block, in: area)
        let inner = block.inner(area)
        guard !inner.isEmpty else { return }
        guard let item else {
            buffer.render(ScrollingText("选择一个操作查看详情。\nSelect an action to see its details.", role: .muted),
                          in: inner)
            return
        }
        buffer.render(KeyValuePanel(OutboxPresentation.detail(item, context: state.displayContext),
                                    offset: state.outbox.detailScroll), in: inner)
    }
}
