import TermUI

/// The 队列 Outbox tab: actions waiting to be sent, failed and recently sent.
enum OutboxPane {
    static func render(_ state: AppState, in area: Rect, into buffer: inout Buffer) {
        let count = state.outboxCount ?? 0
        let block = Block(title: "队列 Outbox", rightTitle: CountFormat.grouped(count), focused: state.focus == .list)
        buffer.render(block, in: area)
        let inner = block.inner(area)
        let text = count == 0
            ? "队列为空：没有待发送或失败的操作。\nThe outbox is empty: no action is waiting or failed."
            : "\(CountFormat.grouped(count)) 个操作在队列中。\n\(CountFormat.grouped(count)) actions in the outbox."
        buffer.render(ScrollingText(text, role: .muted), in: inner)
    }
}
