import ListContract
import SellerCore
import TermUI

// The console's refusal and confirmation sentences. Each language's half is a whole sentence of its own (issue
// 13): the Chinese never carries an English reason, the English names Chinese terms only as labels.
extension ActionText {
    /// `不能驳回需求：当前为「商家实施服务」，只有在「商家确认需求」节点才能确认或驳回需求。 Cannot reject the
    /// requirement (now 商家实施服务): a requirement is confirmed or rejected only at the node 商家确认需求.`
    public static func refusal(_ kind: ActionKind, _ error: TransitionError) -> String {
        let state = TextSanitizer.sanitize(error.state)
        let chinese = "不能\(kind.label)：" + (state.isEmpty ? "" : "当前为「\(state)」，")
            + TextSanitizer.sanitize(error.chineseReason) + "。"
        let english = "Cannot \(kind.englishLabel)" + (state.isEmpty ? "" : " (now \(state))") + ": "
            + TextSanitizer.sanitize(error.reason) + "."
        return chinese + " " + english
    }

    /// The row already has an action waiting in the outbox.
    public static func pendingRefusal(_ kind: ActionKind, pending: StoredValue<ActionKind>) -> String {
        let label = pending.known?.label ?? TextSanitizer.sanitize(pending.rawValue)
        return "不能\(kind.label)：「\(label)」还在队列中，请等它完成，或在队列中放弃它。"
            + " Cannot \(kind.englishLabel): an earlier action on this record is still in the outbox;"
            + " wait for it or discard it there."
    }

    /// `D` on an outbox item that is already done or discarded: the state's label is the whole predicate, so no
    /// word of the template repeats it (issue 13: "#1 已已完成").
    public static func alreadyFinished(_ item: OutboxItem) -> String {
        "#\(item.id) 的状态是「\(item.state.label)」，无需放弃。 #\(item.id) is already finished; nothing to discard."
    }

    /// The local store would not queue the action; its reason is English (the command line shows it too).
    public static func notQueued(reason: String) -> String {
        "未加入队列，本地数据拒绝了这个操作。 Not queued: " + TextSanitizer.sanitize(reason)
    }

    /// The question a form's confirmation asks, one whole sentence per action.
    public static func confirmQuestion(_ kind: ActionKind) -> String {
        switch kind {
        case .rejectRequirement: "驳回这条需求吗？任务将回到用户提交需求。"
        case .replyTicket: "把这条留言发给客户吗？"
        case .resolveTicket: "确认这个工单已经解决吗？客户确认后工单完成。"
        case .confirmRequirement: "确认买家提交的需求吗？任务将进入商家实施。"
        case .acceptTicket: "受理这个工单吗？客户将看到工单处理中。"
        case .deliver: "上传以下文件并提交交付吗？"
        case .restart: "再次调用商家接口，重新启动这条消息吗？"
        case .replayMessage, .replayCall: "用卖家的密钥重新签名，再次发送这次调用吗？"
        case .deliverLicense: "把这个License交付给云商店吗？"
        }
    }
}
