import SellerCore
import TermUI

// The 队列 tab's list (paged from SQL by id, newest first) and the answers to actions from the runtime.
extension AppState {
    /// Loads the first page again, as many items as are loaded now (at least a page), keeping the selection.
    mutating func reloadOutbox() -> [Effect] {
        outbox.generation += 1
        outbox.loading = true
        outbox.loadingMore = false
        let limit = min(OutboxListState.maxItems, max(OutboxListState.pageSize, outbox.items.count))
        return [.loadOutboxPage(OutboxPageRequest(states: outbox.preset.states, beforeId: nil, limit: limit,
                                                  generation: outbox.generation))]
    }

    mutating func receiveOutboxPage(_ request: OutboxPageRequest, _ page: [OutboxItem]) -> [Effect] {
        guard request.generation == outbox.generation else { return [] }
        outbox.error = nil
        outbox.receive(request, page, height: layout.visibleRows)
        return prefetchOutbox()
    }

    /// Asks for the next page when the selection nears the end of what is loaded.
    mutating func prefetchOutbox() -> [Effect] {
        guard outbox.loaded, !outbox.loading, outbox.needsMore(height: layout.visibleRows),
              let last = outbox.items.last else { return [] }
        outbox.loadingMore = true
        return [.loadOutboxPage(OutboxPageRequest(states: outbox.preset.states, beforeId: last.id,
                                                  limit: OutboxListState.pageSize, generation: outbox.generation))]
    }

    /// j/k/PgDn… on the 队列 tab: the list, or the detail pane when it has the focus.
    mutating func moveOutbox(by lines: Int) -> [Effect] {
        if focus == .detail {
            scrollOutboxDetail(by: lines)
            return []
        }
        if lines < 0, outbox.selected == 0, !outbox.atTop { return reloadOutboxFromTop() }
        outbox.move(by: lines, height: layout.visibleRows)
        return prefetchOutbox()
    }

    /// `g`: back to the newest item (reloading when the top was dropped while scrolling down).
    mutating func reloadOutboxFromTop() -> [Effect] {
        outbox.items = []
        outbox.selected = 0
        outbox.scroll = 0
        return reloadOutbox()
    }

    mutating func outboxJump(toEnd: Bool) -> [Effect] {
        if focus == .detail {
            outbox.detailScroll = toEnd ? outboxDetailMaxScroll : 0
            return []
        }
        if !toEnd {
            if !outbox.atTop { return reloadOutboxFromTop() }
            outbox.move(by: -outbox.selected, height: layout.visibleRows)
            return []
        }
        outbox.move(by: outbox.items.count, height: layout.visibleRows)
        return prefetchOutbox()
    }

    mutating func cycleOutboxPreset() -> [Effect] {
        outbox.presetIndex = (outbox.presetIndex + 1) % OutboxListState.presets.count
        outbox.detailScroll = 0
        return reloadOutboxFromTop()
    }

    /// Lines the outbox detail can scroll (an estimate from the wrapped values; the view clamps too).
    var outboxDetailMaxScroll: Int {
        guard let item = outbox.selectedItem else { return 0 }
        let width = max(10, layout.detailArea.width - 18)
        let lines = OutboxPresentation.detail(item, context: displayContext).reduce(0) {
            $0 + 1 + DisplayWidth.width(of: $1.value, policy: policy) / width
        }
        return max(0, lines - layout.detailLines)
    }

    mutating func scrollOutboxDetail(by lines: Int) {
        outbox.detailScroll = min(max(0, outbox.detailScroll + lines), outboxDetailMaxScroll)
    }

    // MARK: Answers from the runtime

    mutating func receiveQueued(_ queued: [OutboxItem], refusals: [ActionRefusal]) -> [Effect] {
        if refusals.isEmpty, queued.count == 1, let item = queued.first {
            showToast("已加入队列 #\(item.id) \(item.action.kind.label)：\(TextSanitizer.sanitize(item.targetLabel))",
                      kind: .info)
        } else if refusals.isEmpty {
            showToast("已加入队列 \(CountFormat.grouped(queued.count)) 个操作 Queued", kind: .info)
        } else if queued.isEmpty, refusals.count == 1, let refusal = refusals.first {
            showToast("未加入队列：" + TextSanitizer.sanitize(refusal.reason), kind: .error)
        } else {
            let first = refusals.first.map { "（\(TextSanitizer.sanitize($0.targetId))：\(TextSanitizer.sanitize($0.reason))）" }
                ?? ""
            showToast("已加入队列 \(CountFormat.grouped(queued.count)) 个，\(CountFormat.grouped(refusals.count)) 个被拒绝"
                      + first, kind: .warn)
        }
        return refreshIfDue(force: true) + (queued.isEmpty ? [] : [.wakeSender])
            + [.log("queued \(queued.map { "#\($0.id)" }.joined(separator: " ")); refused \(refusals.count)")]
    }

    mutating func receiveOutboxUpdate(id: Int64, operation: OutboxOperation, succeeded: Bool) -> [Effect] {
        switch (operation, succeeded) {
        case (.retry, true):
            showToast("#\(id) 已重新排队，马上发送 Queued again", kind: .info)
            return refreshIfDue(force: true) + [.wakeSender]
        case (.retry, false):
            showToast("#\(id) 不能重发：只有失败或等待重试的操作可以立即重发", kind: .warn)
        case (.discard, true): showToast("#\(id) 已放弃 Discarded", kind: .info)
        case (.discard, false):
            showToast("#\(id) 不能放弃：它正在发送中（或已结束），等这次发送结束后再试 It is on the wire", kind: .warn)
        }
        return refreshIfDue(force: true)
    }

    /// The answer to 放弃. When the marketplace cannot say whether the item was applied, the seller gets a second
    /// dialog that says so and offers 强制放弃 (Cancel focused): nothing is dropped silently.
    mutating func receiveDiscardAnswer(id: Int64, _ answer: DiscardAnswer) -> [Effect] {
        switch answer {
        case .discarded(let forced):
            showToast("#\(id) 已放弃 Discarded" + (forced ? "（结果未知，已强制放弃）" : ""), kind: forced ? .warn : .info)
        case .appliedAfterAll:
            showToast("#\(id) 未放弃：云商店已执行了它，现已标记为已完成 It was applied; now done", kind: .warn)
        case .notPossible:
            showToast("#\(id) 不能放弃：它正在发送中（或已结束），等这次发送结束后再试 It is on the wire", kind: .warn)
        case .outcomeUnknown(let reason):
            let item = outbox.items.first { $0.id == id }
            dialog = .confirm(ConfirmDialog(
                title: "结果未知 #\(id) Outcome unknown",
                lines: ["#\(id) 的最后一次发送没有收到答复，云商店可能已经执行了它，而现在无法确认。"],
                items: (item.map { ["#\(id) \(OutboxPresentation.actionLabel($0)) · \(TextSanitizer.sanitize($0.targetLabel))"] }
                    ?? []) + ["原因：" + TextSanitizer.sanitize(reason)],
                notes: ["稍后再试放弃会再次询问云商店。强制放弃后，如果它其实已执行，重新操作会让它再执行一次。"],
                confirmLabel: "强制放弃", operation: .discard(outboxId: id, force: true)))
        }
        return refreshIfDue(force: true)
    }
}
