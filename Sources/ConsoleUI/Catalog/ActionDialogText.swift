import Localization

/// The words of the action dialogs and forms: titles, what an action does, notes, field names and the buttons.
/// Each side is whole in its language; ids, counts and quoted text are passed in.
public enum ActionDialogText {
    // MARK: Buttons

    public static let cancel = Phrase(zh: "取消", en: "Cancel")
    public static let discard = Phrase(zh: "放弃", en: "Discard")
    public static let submit = Phrase(zh: "提交", en: "Submit")
    public static let deliverButton = Phrase(zh: "交付", en: "Deliver")
    public static let forceDiscard = Phrase(zh: "强制放弃", en: "Force discard")

    // MARK: Restart

    public static let restartOne = Phrase(zh: "将再次调用商家接口，重新启动这条消息：",
                                          en: "The marketplace calls the seller's interface again for this message:")
    public static let restartMarked = Phrase(zh: "将再次调用商家接口，重新启动以下消息：",
                                             en: "The marketplace calls the seller's interface again for "
                                                 + "these messages:")
    public static func restartCount(_ count: String) -> Phrase {
        Phrase(zh: "重新启动 \(count) 条消息", en: "Restart \(count) messages")
    }
    public static let restartAllTitle = Phrase(zh: "重新启动全部匹配的消息", en: "Restart every matching message")
    public static func andMore(_ count: Int) -> Phrase { Phrase(zh: "… 另 \(count) 条", en: "… and \(count) more") }
    public static func filterCondition(_ filter: String) -> Phrase {
        Phrase(zh: "筛选「\(filter)」", en: "filter “\(filter)”")
    }
    public static func statusCondition(_ status: String) -> Phrase { Phrase(zh: "状态 \(status)",
                                                                            en: "status \(status)") }
    public static let allStatuses = Phrase(zh: "全部", en: "all")
    /// `将重新启动所有匹配 筛选「x」 · 状态 全部 的消息，共 12 条，例如：`
    public static func restartAllLine(_ conditions: Phrase, count: String) -> Phrase {
        Phrase(zh: "将重新启动所有匹配 " + conditions.zh + " 的消息，共 \(count) 条，例如：",
               en: "Every message matching " + conditions.en + " is restarted, \(count) in all, for example:")
    }
    public static func restartAllNote(cap: String) -> Phrase {
        Phrase(zh: "最多 \(cap) 条；执行时按当前数据重新展开，不能重新启动的会被拒绝并说明原因。",
               en: "At most \(cap). The messages are found again from the current data when it runs; one that "
                   + "cannot be restarted is refused with the reason.")
    }

    // MARK: Forms

    public static let rejectReasonField = Phrase(zh: "驳回原因（必填）", en: "Reason (required)")
    public static let replyField = Phrase(zh: "留言内容（必填）", en: "Message (required)")
    public static let causeField = Phrase(zh: "出现原因（必填）", en: "Cause (required)")
    public static let solutionField = Phrase(zh: "解决方案（必填）", en: "Solution (required)")
    public static let licenseTextField = Phrase(zh: "License文本（最多1024字符）",
                                                en: "License text (at most 1,024 characters)")
    public static let licenseFileField = Phrase(zh: "或 License文件路径", en: "Or a license file path")

    /// `驳回原因不能为空` / `Reason is required.`: the field's name without its `（必填）` / ` (required)`.
    public static func required(_ field: Phrase) -> Phrase {
        Phrase(zh: String(field.zh.prefix { $0 != "（" }) + "不能为空",
               en: String(field.en.components(separatedBy: " (").first ?? field.en) + " is required.")
    }

    public static let rejectReason = Phrase(zh: "驳回原因：", en: "Reason:")
    public static let replyContent = Phrase(zh: "留言：", en: "Reply:")
    public static let replyAndWait = Phrase(zh: "留言：（并设置为待客户反馈）", en: "Reply (and wait for the customer):")
    public static let cause = Phrase(zh: "出现原因：", en: "Cause:")
    public static let solution = Phrase(zh: "解决方案：", en: "Solution:")
    public static let waitForCustomer = Phrase(zh: "设置为待客户反馈 (Ctrl-T)", en: "Wait for the customer (Ctrl-T)")

    /// The grey text in an empty field of each form.
    public static let rejectPlaceholder = Phrase(zh: "告诉买家需求哪里需要补充或修改（Tab 到按钮，Enter 换行）",
                                                 en: "Tell the buyer what the requirement lacks (Tab to the "
                                                     + "buttons, Enter for a new line)")
    public static let replyPlaceholder = Phrase(zh: "给客户的留言（Tab 切换，Enter 换行）",
                                                en: "Your message to the customer (Tab moves, Enter for a new line)")
    public static let causePlaceholder = Phrase(zh: "问题出现的原因", en: "Why the problem happened")
    public static let solutionPlaceholder = Phrase(zh: "如何解决的", en: "How it was solved")
    public static let licenseTextPlaceholder = Phrase(zh: "License内容（与文件二选一）", en: "The license (or give a file)")
    public static let licenseFilePlaceholder = Phrase(zh: "文件路径，相对路径从启动目录算起",
                                                      en: "A file path; a relative one starts at the launch folder")

    // MARK: Discarding what was typed

    public static let discardTypedTitle = Phrase(zh: "放弃输入？", en: "Discard?")
    public static let discardTypedQuestion = Phrase(zh: "放弃已输入的内容吗？按 y 放弃，按 n 或 Esc 继续编辑。",
                                                    en: "Discard what you typed? y discards it; n or Esc goes "
                                                        + "back to it.")

    // MARK: Replay and license

    public static let replayCall = Phrase(
        zh: "用卖家的密钥重新签名（新的时间戳和nonce），把这条调用再次发送到商家接口：",
        en: "This call is signed again with the seller's key (a new timestamp and nonce) and sent to the "
            + "seller's interface again:")
    public static let replayMessage = Phrase(
        zh: "用卖家的密钥重新签名（新的时间戳和nonce），把这条消息最近一次的云商店调用再次发送到商家接口：",
        en: "The marketplace's latest call for this message is signed again with the seller's key (a new "
            + "timestamp and nonce) and sent to the seller's interface again:")
    public static let replayNote = Phrase(
        zh: "重放经队列发送，只发送一次；结果记入调用记录，来源为「重放」，不计入云商店的调用次数。",
        en: "A replay goes through the outbox and is sent once; its result is journalled as a replay and "
            + "never counts as one of the marketplace's calls.")
    public static let licenseBoth = Phrase(zh: "只填写文本或文件路径之一", en: "Give the text or a file, not both.")
    public static let licenseNeither = Phrase(zh: "请填写License文本或文件路径", en: "Type the license or a file path.")
    public static let measuring = Phrase(zh: "正在计算大小和 sha256…", en: "Measuring the size and sha256…")
    public static func licenseTextQuestion(_ eventId: String) -> Phrase {
        Phrase(zh: "把以下License交付给云商店（eventId \(eventId)）？",
               en: "Deliver this license to the marketplace (eventId \(eventId))?")
    }
    public static func licenseFileQuestion(_ eventId: String) -> Phrase {
        Phrase(zh: "上传以下License文件交付给云商店（eventId \(eventId)）？",
               en: "Upload this license file to the marketplace (eventId \(eventId))?")
    }
    public static func licenseTextSummary(_ count: Int) -> Phrase {
        Phrase(zh: "License文本：\(count) 个字符（内容不显示）", en: "License text: \(count) characters (not shown)")
    }

    // MARK: Deliver

    public static let chooseAFile = Phrase(zh: "请至少选择一个文件", en: "Choose at least one file.")
    public static let stillMeasuring = Phrase(zh: "文件还在计算大小和 sha256，请稍候",
                                              en: "The files are still being measured; wait a moment.")
    public static let badStartTime = Phrase(zh: "服务实际开通时间应为 yyyy-MM-dd HH:mm（本地时间）",
                                            en: "The service start time is yyyy-MM-dd HH:mm (local time).")
    public static func startTime(_ time: String) -> Phrase {
        Phrase(zh: "服务实际开通时间 " + time, en: "Service started " + time)
    }
    public static let noStartTime = Phrase(zh: "服务实际开通时间：未填写", en: "Service start time: not given")
    public static func deliverLine(_ count: Int, total: String) -> Phrase {
        Phrase(zh: "上传以下 \(count) 个文件（共 \(total)）并提交交付：",
               en: "Upload these \(count) files (\(total) in all) and submit the delivery:")
    }

    // MARK: Outbox

    public static func discardTitle(_ id: Int64) -> Phrase { Phrase(zh: "放弃操作 #\(id)", en: "Discard #\(id)") }
    public static let discardLine = Phrase(zh: "放弃后这个操作不会再发送给云商店。",
                                           en: "Once discarded, the action is never sent to the marketplace.")
    public static func attemptCount(_ count: Int) -> Phrase {
        Phrase(zh: "尝试 \(count) 次", en: count == 1 ? "1 attempt" : "\(count) attempts")
    }
    public static let acceptTicketTitle = Phrase(zh: "受理工单", en: "Accept ticket")
    public static let acceptButton = Phrase(zh: "受理", en: "Accept")
    public static let discardAsksFirst = Phrase(zh: "若最后一次发送没有收到答复，会先向云商店确认它是否已执行。",
                                                en: "If the last attempt got no answer, the marketplace is "
                                                    + "asked first whether it applied it.")
    public static func outcomeUnknownTitle(_ id: Int64) -> Phrase {
        Phrase(zh: "结果未知 #\(id)", en: "Outcome unknown #\(id)")
    }
    public static func outcomeUnknownLine(_ id: Int64) -> Phrase {
        Phrase(zh: "#\(id) 的最后一次发送没有收到答复，云商店可能已经执行了它，而现在无法确认。",
               en: "#\(id) got no answer to its last attempt; the marketplace may have applied it, and that "
                   + "cannot be confirmed now.")
    }
    public static func reason(_ text: String) -> Phrase { Phrase(zh: "原因：" + text, en: "Reason: " + text) }
    public static let forceDiscardNote = Phrase(
        zh: "稍后再试放弃会再次询问云商店。强制放弃后，如果它其实已执行，重新操作会让它再执行一次。",
        en: "Discarding again later asks the marketplace again. After a forced discard, doing the action "
            + "again applies it twice if it was in fact applied.")

    /// Every fixed phrase above with sample arguments, for the whole-language tests.
    public static let all: [Phrase] = [
        cancel, discard, submit, deliverButton, forceDiscard, acceptTicketTitle, acceptButton, restartOne, restartMarked, restartCount("3"),
        restartAllTitle, andMore(2), filterCondition("abc"), statusCondition("失败"), allStatuses,
        restartAllLine(filterCondition("abc"), count: "12"), restartAllNote(cap: "10,000"), rejectReasonField,
        replyField, causeField, solutionField, licenseTextField, licenseFileField, required(rejectReasonField),
        rejectReason, replyContent, replyAndWait, cause, solution, waitForCustomer, rejectPlaceholder,
        replyPlaceholder, causePlaceholder, solutionPlaceholder, licenseTextPlaceholder, licenseFilePlaceholder,
        discardTypedTitle, discardTypedQuestion, replayCall, replayMessage, replayNote, licenseBoth, licenseNeither,
        measuring, licenseTextQuestion("e1"), licenseFileQuestion("e1"), licenseTextSummary(12), chooseAFile,
        stillMeasuring, badStartTime, startTime("2026-11-23 14:05"), noStartTime, deliverLine(2, total: "1 MB"),
        discardTitle(3), discardLine, attemptCount(2), discardAsksFirst, outcomeUnknownTitle(3), outcomeUnknownLine(3),
        reason("x"), forceDiscardNote,
    ]
}
