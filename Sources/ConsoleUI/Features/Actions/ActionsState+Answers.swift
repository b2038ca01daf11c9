import SellerCore
import TermUI

// The runtime's answers to queued, retried and discarded actions: toasts, and a second dialog when a discard
// cannot learn the outcome. The root refreshes the lists after each.
extension ActionsState {
    func receiveQueued(_ queued: [OutboxItem], refusals: [ActionRefusal], at now: Timestamp,
                       toasts: inout Toasts) -> [Effect] {
        if refusals.isEmpty, queued.count == 1, let item = queued.first {
            toasts.show("已加入队列 #\(item.id) \(item.action.kind.label)：\(TextSanitizer.sanitize(item.targetLabel))",
                      kind: .info, at: now)
        } else if refusals.isEmpty {
            toasts.show("已加入队列 \(CountFormat.grouped(queued.count)) 个操作 Queued", kind: .info, at: now)
        } else if queued.isEmpty, refusals.count == 1, let refusal = refusals.first {
            toasts.show(ActionText.notQueued(reason: refusal.reason), kind: .error, at: now)
        } else {
            let first = refusals.first.map {
                "（\(TextSanitizer.sanitize($0.targetId))：\(TextSanitizer.sanitize($0.reason))）"
            } ?? ""
            toasts.show("已加入队列 \(CountFormat.grouped(queued.count)) 个，\(CountFormat.grouped(refusals.count)) 个被拒绝"
                      + first, kind: .warn, at: now)
        }
        return [.log("queued \(queued.map { "#\($0.id)" }.joined(separator: " ")); refused \(refusals.count)")]
    }

    func receiveOutboxUpdate(id: Int64, operation: OutboxOperation, succeeded: Bool, at now: Timestamp,
                             toasts: inout Toasts) {
        switch (operation, succeeded) {
        case (.retry, true): toasts.show("#\(id) 已重新排队，马上发送 Queued again", kind: .info, at: now)
        case (.retry, false):
            toasts.show("#\(id) 不能重发：只有失败或等待重试的操作可以立即重发", kind: .warn, at: now)
        case (.discard, true): toasts.show("#\(id) 已放弃 Discarded", kind: .info, at: now)
        case (.discard, false):
            toasts.show("#\(id) 不能放弃：它正在发送中（或已结束），等这次发送结束后再试 It is on the wire", kind: .warn, at: now)
        }
    }

    /// The answer to 放弃. When the marketplace cannot say whether the item was applied, the seller gets a second
    /// dialog that says so and offers 强制放弃 (Cancel focused): nothing is dropped silently.
    mutating func receiveDiscardAnswer(id: Int64, _ answer: DiscardAnswer, outbox: OutboxListState, at now: Timestamp,
                                      toasts: inout Toasts) {
        switch answer {
        case .discarded(let forced):
            toasts.show("#\(id) 已放弃 Discarded" + (forced ? "（结果未知，已强制放弃）" : ""), kind: forced ? .warn : .info, at: now)
        case .appliedAfterAll:
            toasts.show("#\(id) 未放弃：云商店已执行了它，现已标记为已完成 It was applied; now done", kind: .warn, at: now)
        case .notPossible:
            toasts.show("#\(id) 不能放弃：它正在发送中（或已结束），等这次发送结束后再试 It is on the wire", kind: .warn, at: now)
        case .outcomeUnknown(let reason):
            let item = outbox.items.first { $0.id == id }
            dialog = .confirm(ConfirmDialog(
                title: "结果未知 #\(id) Outcome unknown",
                lines: ["#\(id) 的最后一次发送没有收到答复，云商店可能已经执行了它，而现在无法确认。"],
                items: (item.map { ["#\(id) \(OutboxPresentation.actionLabel($0)) · "
                                    + TextSanitizer.sanitize($0.targetLabel)] } ?? [])
                    + ["原因：" + TextSanitizer.sanitize(reason)],
                notes: ["稍后再试放弃会再次询问云商店。强制放弃后，如果它其实已执行，重新操作会让它再执行一次。"],
                confirmLabel: "强制放弃", operation: .discard(outboxId: id, force: true)))
        }
    }
}
