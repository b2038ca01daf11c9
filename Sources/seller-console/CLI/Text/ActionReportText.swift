import Localization
import SellerCore

/// What action commands and `outbox` say about each action. Refusal reasons and the marketplace's error text
/// are quoted as they came; ids, `#` numbers and the symbols ✓ ✗ ⧗ read the same in both languages.
enum ActionReportText {
    /// The action and its target: `重新启动 MSG-1` / `Restart the call MSG-1`.
    static func target(_ action: SellerAction) -> Phrase {
        RecordWords.phrase(action.kind).map { "\($0) \(action.targetId)" }
    }

    static func refused(_ action: SellerAction, _ reason: String) -> Phrase {
        let target = target(action)
        return Phrase(zh: "✗ 被拒绝  \(target.zh)：\(reason)", en: "✗ refused  \(target.en): \(reason)")
    }

    /// `✓ 已完成  …  #3，尝试 1 次` / `✓ done  …  #3, 1 attempt(s)`, then the target's new status and the
    /// last error when there is one.
    static func item(_ symbol: String, _ action: SellerAction, _ item: OutboxItem, status: Phrase?, error: String?)
        -> Phrase {
        let target = target(action)
        var zh = "\(symbol) \(RecordWords.phrase(item.state).zh)  \(target.zh)  #\(item.id)，尝试 \(item.attempts) 次"
        var en = "\(symbol) \(item.state.rawValue)  \(target.en)  #\(item.id), \(item.attempts) attempt(s)"
        if let status {
            zh += "  → \(status.zh)"
            en += "  → \(status.en)"
        }
        if let error {
            zh += "  （\(error)）"
            en += "  (\(error))"
        }
        return Phrase(zh: zh, en: en)
    }

    static func cannotSendNow(_ reason: Phrase) -> Phrase {
        Phrase(zh: "已加入队列，但现在无法发送：\(reason.zh)", en: "queued, but cannot send now: \(reason.en)")
    }

    static func cannotSend(_ reason: Phrase) -> Phrase {
        Phrase(zh: "无法发送：\(reason.zh)", en: "cannot send: \(reason.en)")
    }

    static func cannotChangeOutbox(_ error: any Error) -> Phrase {
        Phrase(zh: "无法修改发送队列：\(error)", en: "cannot change the outbox: \(error)")
    }

    /// `outbox send`'s closing count of every state.
    static func counts(_ counts: [OutboxState: Int]) -> Phrase {
        Phrase(zh: OutboxState.allCases.map { "\($0.label) \(counts[$0] ?? 0)" }.joined(separator: "，"),
               en: OutboxState.allCases.map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: ", "))
    }

    static let idsAreNumbers = Phrase(zh: "队列编号是数字（`seller-console list outbox` 的 # 列）",
                                      en: "outbox ids are numbers (the # column of `seller-console list outbox`)")

    static func notPossible(_ id: Int64) -> Phrase {
        Phrase(zh: "#\(id)：无法操作（没有这个操作、已结束，或正在发送）",
               en: "#\(id): not possible (no such action, already finished, or being sent right now)")
    }

    static func discardedAnyway(_ id: Int64, _ reason: String) -> Phrase {
        Phrase(zh: "#\(id)：已放弃（--force），但它可能已被执行：\(reason)",
               en: "#\(id): discarded (--force) although it may have been applied: \(reason)")
    }

    static func appliedAfterAll(_ id: Int64) -> Phrase {
        Phrase(zh: "#\(id)：未放弃：云商店已执行了它，现已标记为完成",
               en: "#\(id): not discarded: the marketplace had applied it, so it is done now")
    }

    static func outcomeUnknown(_ id: Int64, _ reason: String) -> Phrase {
        Phrase(zh: "#\(id)：未放弃：上次尝试没有收到应答，它可能已被执行，而云商店现在无法确认（\(reason)）。"
                   + "请稍后再试，或用 --force 强制放弃",
               en: "#\(id): not discarded: its last attempt got no answer, so it may already have been applied, "
                   + "and the marketplace cannot tell now (\(reason)). Try again later, or discard it anyway with "
                   + "--force")
    }

    static func uploading(_ id: Int64, percent: Int, sentMiB: Int64, totalMiB: Int64) -> Phrase {
        Phrase(zh: "⇡ #\(id) 上传中 \(percent)%（\(sentMiB) / \(totalMiB) MiB）   ",
               en: "⇡ #\(id) uploading \(percent)% (\(sentMiB) / \(totalMiB) MiB)   ")
    }
}
