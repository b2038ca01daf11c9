import Localization
import SellerCore
import TermUI

// The runtime's answers to queued, retried and discarded actions: toasts, and a second dialog when a discard
// cannot learn the outcome. The root refreshes the lists after each.
extension ActionsState {
    func receiveQueued(_ queued: [OutboxItem], refusals: [ActionRefusal], at now: Timestamp, language: Language,
                       toasts: inout Toasts) -> [Effect] {
        if refusals.isEmpty, queued.count == 1, let item = queued.first {
            let what = ActionName.of(item.action.kind).text(language)
            toasts.show(Phrase(zh: "已加入队列 #\(item.id) \(what)：", en: "Queued #\(item.id) \(what): ").text(language)
                        + OutboxTargetText.text(item, language), kind: .info, at: now)
        } else if refusals.isEmpty {
            let count = CountFormat.grouped(queued.count)
            toasts.show(Phrase(zh: "已加入队列 \(count) 个操作", en: "Queued \(count) actions.").text(language),
                        kind: .info, at: now)
        } else if queued.isEmpty, refusals.count == 1, let refusal = refusals.first {
            toasts.show(ActionText.notQueued(reason: refusal.reason).text(language), kind: .error, at: now)
        } else {
            let queuedCount = CountFormat.grouped(queued.count), refusedCount = CountFormat.grouped(refusals.count)
            let first = refusals.first.map { TextSanitizer.sanitize($0.targetId) } ?? ""
            toasts.show(Phrase(zh: "已加入队列 \(queuedCount) 个，\(refusedCount) 个被拒绝（如 \(first)，详见日志）",
                               en: "Queued \(queuedCount); \(refusedCount) refused (such as \(first); see the log).")
                            .text(language), kind: .warn, at: now)
        }
        let reasons = refusals.prefix(5).map { "\($0.targetId): \($0.reason)" }.joined(separator: "; ")
        return [.log("queued \(queued.map { "#\($0.id)" }.joined(separator: " ")); refused \(refusals.count)"
                     + (reasons.isEmpty ? "" : " (\(reasons))"))]
    }

    func receiveOutboxUpdate(id: Int64, operation: OutboxOperation, succeeded: Bool, at now: Timestamp,
                             language: Language, toasts: inout Toasts) {
        switch (operation, succeeded) {
        case (.retry, true):
            toasts.show(Phrase(zh: "#\(id) 已重新排队，马上发送", en: "#\(id) is queued again and goes out now.").text(language),
                        kind: .info, at: now)
        case (.retry, false):
            toasts.show(Phrase(zh: "#\(id) 不能重发：只有失败或等待重试的操作可以立即重发",
                               en: "#\(id) cannot be sent again: only a failed or waiting action can.").text(language),
                        kind: .warn, at: now)
        case (.discard, true): toasts.show(Self.discarded(id).text(language), kind: .info, at: now)
        case (.discard, false): toasts.show(Self.onTheWire(id).text(language), kind: .warn, at: now)
        }
    }

    static func discarded(_ id: Int64) -> Phrase { Phrase(zh: "#\(id) 已放弃", en: "#\(id) is discarded.") }

    static func onTheWire(_ id: Int64) -> Phrase {
        Phrase(zh: "#\(id) 不能放弃：它正在发送中（或已结束），等这次发送结束后再试",
               en: "#\(id) cannot be discarded: it is being sent (or is finished); try again once this attempt ends.")
    }

    /// The answer to 放弃. When the marketplace cannot say whether the item was applied, the seller gets a second
    /// dialog that says so and offers 强制放弃 (Cancel focused): nothing is dropped silently.
    mutating func receiveDiscardAnswer(id: Int64, _ answer: DiscardAnswer, outbox: OutboxListState, at now: Timestamp,
                                      language: Language, toasts: inout Toasts) {
        let text = { (phrase: Phrase) in phrase.text(language) }
        switch answer {
        case .discarded(let forced):
            let phrase = forced ? Phrase(zh: "#\(id) 已放弃（结果未知，已强制放弃）",
                                         en: "#\(id) is discarded (forced; its outcome is unknown).") : Self.discarded(id)
            toasts.show(text(phrase), kind: forced ? .warn : .info, at: now)
        case .appliedAfterAll:
            toasts.show(text(Phrase(zh: "#\(id) 未放弃：云商店已执行了它，现已标记为已完成",
                                    en: "#\(id) is not discarded: the marketplace applied it, so it is now done.")),
                        kind: .warn, at: now)
        case .notPossible:
            toasts.show(text(Self.onTheWire(id)), kind: .warn, at: now)
        case .outcomeUnknown(let reason):
            let item = outbox.items.first { $0.id == id }
            dialog = .confirm(ConfirmDialog(
                title: text(ActionDialogText.outcomeUnknownTitle(id)),
                lines: [text(ActionDialogText.outcomeUnknownLine(id))],
                items: (item.map { ["#\(id) \(OutboxPresentation.actionLabel($0, language)) · "
                                    + OutboxTargetText.text($0, language)] } ?? [])
                    + [text(ActionDialogText.reason(TextSanitizer.sanitize(reason)))],
                notes: [text(ActionDialogText.forceDiscardNote)],
                confirmLabel: text(ActionDialogText.forceDiscard), operation: .discard(outboxId: id, force: true),
                language: language))
        }
    }
}
