import ListContract
import Localization
import SellerCore
import TermUI

// The console's refusal and confirmation sentences, each a whole sentence in one language (issues 13 and 14):
// the Chinese never carries an English reason, the English names Chinese terms only as labels.
extension ActionText {
    /// `不能驳回需求：当前为「商家实施服务」，只有在「商家确认需求」节点才能确认或驳回需求。` /
    /// `Cannot reject the requirement (now Implementing): a requirement is confirmed or rejected only at the To confirm step.`
    public static func refusal(_ kind: ActionKind, _ error: TransitionError) -> Phrase {
        let state = TextSanitizer.sanitize(error.state)
        let english = englishState(error.state).map { TextSanitizer.sanitize($0) } ?? state
        return Phrase(
            zh: "不能\(kind.label)：" + (state.isEmpty ? "" : "当前为「\(state)」，")
                + TextSanitizer.sanitize(error.chineseReason) + "。",
            en: "Cannot \(kind.englishLabel)" + (english.isEmpty ? "" : " (now \(english))") + ": "
                + TextSanitizer.sanitize(error.reason) + ".")
    }

    /// The English label of a state a `TransitionError` names by its Chinese label, when it is one this build
    /// knows (nodes, exception and ticket states, call outcomes); nil otherwise, and the label stays as it is.
    static func englishState(_ label: String) -> String? {
        let known: [any PhraseLabeled] = SupervisionNode.allCases + ExceptionState.allCases + TicketStatus.allCases
            + CallOutcome.allCases + OutboxState.allCases
        return known.first { $0.label == label }?.englishLabel
    }

    /// The row already has an action waiting in the outbox.
    public static func pendingRefusal(_ kind: ActionKind, pending: StoredValue<ActionKind>) -> Phrase {
        let label = pending.known.map { ActionName.of($0) } ?? Phrase(verbatim: TextSanitizer.sanitize(pending.rawValue))
        return Phrase(
            zh: "不能\(kind.label)：「\(label.zh)」还在队列中，请等它完成，或在队列中放弃它。",
            en: "Cannot \(kind.englishLabel): an earlier action on this record (\(label.en)) is still in the outbox;"
                + " wait for it or discard it there.")
    }

    /// `D` on an outbox item that is already done or discarded: the state's label is the whole predicate, so no
    /// word of the template repeats it (issue 13: "#1 已已完成").
    public static func alreadyFinished(_ item: OutboxItem) -> Phrase {
        Phrase(zh: "#\(item.id) 的状态是「\(item.state.label)」，无需放弃。",
               en: "#\(item.id) is already \(item.state.englishLabel.lowercased()); there is nothing to discard.")
    }

    /// The local store would not queue the action. Its reason is English (the command line shows it too), so the
    /// Chinese says what happened in a sentence of its own and leaves the reason to the log and the English.
    public static func notQueued(reason: String) -> Phrase {
        Phrase(zh: "未加入队列：本地数据拒绝了这个操作（详见日志）。",
               en: "Not queued: " + TextSanitizer.sanitize(reason))
    }

    /// The question a form's confirmation asks, one whole sentence per action.
    public static func confirmQuestion(_ kind: ActionKind) -> Phrase {
        switch kind {
        case .rejectRequirement:
            Phrase(zh: "驳回这条需求吗？任务将回到用户提交需求。",
                   en: "Reject this requirement? The task goes back to the buyer to submit it again.")
        case .replyTicket: Phrase(zh: "把这条留言发给客户吗？", en: "Send this message to the customer?")
        case .resolveTicket:
            Phrase(zh: "确认这个工单已经解决吗？客户确认后工单完成。",
                   en: "Mark this ticket resolved? It is done once the customer confirms.")
        case .confirmRequirement:
            Phrase(zh: "确认买家提交的需求吗？任务将进入商家实施。",
                   en: "Confirm the buyer's requirement? The task moves on to the seller's implementation.")
        case .acceptTicket:
            Phrase(zh: "受理这个工单吗？客户将看到工单处理中。", en: "Accept this ticket? The customer sees it in progress.")
        case .deliver: Phrase(zh: "上传以下文件并提交交付吗？", en: "Upload these files and submit the delivery?")
        case .restart:
            Phrase(zh: "再次调用商家接口，重新启动这条消息吗？",
                   en: "Call the seller's interface again and restart this message?")
        case .replayMessage, .replayCall:
            Phrase(zh: "用卖家的密钥重新签名，再次发送这次调用吗？", en: "Sign this call again with the seller's key and send it again?")
        case .deliverLicense: Phrase(zh: "把这个License交付给云商店吗？", en: "Deliver this license to the marketplace?")
        }
    }
}
