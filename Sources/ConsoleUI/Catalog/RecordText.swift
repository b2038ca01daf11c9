import Localization
import SellerCore

/// The detail pane's own words about records: section headings, notes and the sentences that say what happens
/// next. Each side is a whole sentence in its language; values from the marketplace are passed in and stay as
/// they came.
public enum RecordText {
    // MARK: Sections

    public static let customerInfo = Phrase(zh: "客户信息", en: "Buyer")
    public static let extendParams = Phrase(zh: "扩展参数", en: "Extended parameters")
    public static let related = Phrase(zh: "关联", en: "Related")
    public static let appInfo = Phrase(zh: "应用信息", en: "Application")
    public static let exceptionInfo = Phrase(zh: "异常信息", en: "Error")
    public static let requestBody = Phrase(zh: "请求内容", en: "Request")
    public static let responseBody = Phrase(zh: "响应内容", en: "Response")
    public static let nextStep = Phrase(zh: "下一步", en: "Next step")
    public static let requirement = Phrase(zh: "需求描述", en: "Requirement")
    public static let signatureCheck = Phrase(zh: "签名校验", en: "Signature check")
    public static let request = Phrase(zh: "请求", en: "Request")
    public static let answer = Phrase(zh: "应答", en: "Answer")
    public static let actionFailed = Phrase(zh: "操作失败", en: "Action failed")

    public static func orderLines(_ count: Int) -> Phrase { counted("订单行", "Order lines", count) }
    public static func attempts(_ count: Int) -> Phrase { counted("调用记录", "Calls", count) }
    public static func requirementFiles(_ count: Int) -> Phrase { counted("需求附件", "Requirement files", count) }
    public static func deliverables(_ count: Int) -> Phrase { counted("交付件", "Deliverables", count) }
    public static func history(_ count: Int) -> Phrase { counted("操作记录", "History", count) }
    public static func messages(_ count: Int) -> Phrase { counted("留言记录", "Messages", count) }

    /// `订单行（2）` / `Order lines (2)`.
    static func counted(_ zh: String, _ en: String, _ count: Int) -> Phrase {
        Phrase(zh: "\(zh)（\(count)）", en: "\(en) (\(count))")
    }

    /// What a link or a detail title calls one record of `kind`: `实例` / `Instance`.
    public static func record(_ kind: EntityKind) -> Phrase {
        let english = switch kind {
        case .orders: "Order"
        case .instances: "Instance"
        case .exceptions: "Exception"
        case .supervision: "Supervision task"
        case .tickets: "Ticket"
        case .calls: "Call"
        }
        return Phrase(zh: kind.label, en: english)
    }

    // MARK: Short values

    public static let none = Phrase(zh: "（无）", en: "(none)")
    public static let encrypted = Phrase(zh: "（已加密）", en: "(encrypted)")
    public static let yes = Phrase(zh: "是", en: "Yes")
    public static let no = Phrase(zh: "否", en: "No")
    public static let testCallYes = Phrase(zh: "是 testFlag=1", en: "Yes (testFlag=1)")
    public static let noHTTPAnswer = Phrase(zh: "无HTTP应答", en: "No HTTP answer")
    public static let needsHuaweiReview = Phrase(zh: "（需华为云复核）", en: " (Huawei Cloud reviews it)")
    public static let replayOrigin = Phrase(zh: "（卖家重放，不计入云商店的调用）",
                                            en: " (sent by the seller; not a marketplace call)")

    /// `第2次` / `Call 2`: one attempt's key.
    public static func attemptNumber(_ number: Int) -> Phrase { Phrase(zh: "第\(number)次", en: "Call \(number)") }
    public static func attachment(_ number: Int) -> Phrase { Phrase(zh: "附件\(number)", en: "File \(number)") }
    public static func deliverable(_ number: Int) -> Phrase { Phrase(zh: "交付件\(number)", en: "Deliverable \(number)") }

    /// An order line's period: `1年` / `1 year`, `3个月` / `3 months`, `7天` / `7 days`.
    public static func period(_ number: Int, _ unit: PeriodUnit) -> Phrase {
        let plural = number == 1 ? "" : "s"
        return switch unit {
        case .year: Phrase(zh: "\(number)年", en: "\(number) year\(plural)")
        case .month: Phrase(zh: "\(number)个月", en: "\(number) month\(plural)")
        case .day: Phrase(zh: "\(number)天", en: "\(number) day\(plural)")
        }
    }

    public enum PeriodUnit { case year, month, day }

    // MARK: Empty and loading

    public static let loadingLinks = Phrase(zh: "正在加载关联记录…", en: "Loading related records…")
    public static let noLinks = Phrase(zh: "无关联记录", en: "No related records.")
    public static let noOrderLink = Phrase(zh: "无关联订单", en: "No related order.")
    public static let noAttempts = Phrase(zh: "暂无调用记录", en: "No calls yet.")
    public static let noHistory = Phrase(zh: "暂无操作记录", en: "No history yet.")
    public static let noMessages = Phrase(zh: "暂无留言", en: "No messages yet.")
    public static let noAnswer = Phrase(zh: "（无应答）", en: "(no answer)")
    public static let answerTruncated = Phrase(zh: "（应答内容超过记录上限，只记录了开头部分）",
                                               en: "(The answer was longer than the record limit; only its "
                                                   + "beginning was kept.)")

    public static func moreHeaders(_ count: Int) -> Phrase {
        Phrase(zh: "… 另 \(count) 个头部", en: "… \(count) more headers")
    }

    // MARK: Interface exceptions

    public static let autoUnsubscribeWarning = Phrase(
        zh: "重试截止前仍未成功，订单将被自动退订。",
        en: "If no call succeeds before the retry deadline, the order is unsubscribed automatically.")
    public static let gatewayExhausted = Phrase(
        zh: "自动重试已停止：修复接口后可「重新启动」。",
        en: "Automatic retries have stopped: fix the interface, then restart the message.")
    public static let recovered = Phrase(zh: "已恢复：之后的调用或重放已成功。",
                                         en: "Recovered: a later call or replay succeeded.")
    public static func stillRetrying(until time: String) -> Phrase {
        Phrase(zh: "云商店仍会自动重试（至 \(time)）。修复接口后也可按 R 重放。",
               en: "The marketplace still retries by itself (until \(time)). After fixing the interface you "
                   + "can also replay it with R.")
    }
    public static let journalExhausted = Phrase(
        zh: "自动重试已停止：请在卖家中心「生产接口消息」页点击重新启动，或按 R 重放。",
        en: "Automatic retries have stopped: restart it on Seller Center's production interface messages page, or replay it with R.")

    // MARK: Calls

    public static func idempotencyBreak(earlier: String, now: String?) -> Phrase {
        Phrase(zh: "幂等性问题：同一订单行此前已应答实例ID " + earlier + (now.map { "，这次应答 " + $0 } ?? "")
            + "。云商店要求重复调用返回同一个实例（§3.9）。",
               en: "Idempotency problem: this order line was answered with instance ID " + earlier + " before"
               + (now.map { ", this time with " + $0 } ?? "")
                   + ". The marketplace requires a repeated call to return the same instance (§3.9).")
    }
    public static let awaitingAnswer = Phrase(zh: "尚无应答：调用仍在进行，或中继在应答前停止。",
                                              en: "No answer yet: the call is still running, or the relay "
                                                  + "stopped before it answered.")
    public static let licenseOwed = Phrase(
        zh: "商家接口应答 000004（处理中）：License需稍后交付，按 d 上传（云商店 market-event 接口）。",
        en: "The seller's interface answered 000004 (processing): the license is due later; press d to upload "
            + "it (the marketplace's market-event interface).")

    // MARK: Instances

    public static let expired = Phrase(zh: "已过期", en: "Expired")
    public static let expiringSoon = Phrase(zh: "即将到期", en: "Due soon")
    public static let expiredAdvice = Phrase(zh: "已过期：实例仍未释放，请确认买家是否续费",
                                             en: "Expired: the instance is not released yet; check whether "
                                                 + "the buyer renewed.")
    public static let expiringSoonAdvice = Phrase(zh: "即将到期：30天内到期，买家续费后到期时间会更新",
                                                  en: "Due soon: it expires within 30 days; a renewal by the "
                                                      + "buyer moves the date.")

    // MARK: Supervision

    public static let idleTooLong = Phrase(zh: "用户侧节点停留超过5天", en: "over 5 days at a buyer's node")
    public static let tooManyRejections = Phrase(zh: "驳回超过3次", en: "rejected more than 3 times")
    /// `可发起申诉：用户侧节点停留超过5天，驳回超过3次。`
    public static func mayAppeal(_ reasons: [Phrase]) -> Phrase {
        let joined = Phrase.joined(reasons, chineseSeparator: "，", englishSeparator: " and ")
        return Phrase(zh: "可发起申诉：" + joined.zh + "。", en: "You may appeal: " + joined.en + ".")
    }

    // MARK: A failed action

    public static let retryOrDiscard = Phrase(zh: "在「队列」标签页（按 6）重试或放弃。",
                                              en: "Retry or discard it on the Outbox tab (press 6).")

    /// Every fixed sentence and label above, for the whole-language tests.
    public static let all: [Phrase] = [
        customerInfo, extendParams, related, appInfo, exceptionInfo, requestBody, responseBody, nextStep,
        requirement, signatureCheck, request, answer, actionFailed, orderLines(2), attempts(2), requirementFiles(1),
        deliverables(1), history(3), messages(3), none, encrypted, yes, no, testCallYes, noHTTPAnswer,
        needsHuaweiReview, replayOrigin, attemptNumber(2), attachment(1), deliverable(1), period(3, .month),
        loadingLinks, noLinks, noOrderLink, noAttempts, noHistory, noMessages, noAnswer, answerTruncated,
        moreHeaders(2), autoUnsubscribeWarning, gatewayExhausted, recovered, stillRetrying(until: "2026-11-23 14:05:09"),
        journalExhausted, idempotencyBreak(earlier: "i-1", now: "i-2"), awaitingAnswer, licenseOwed, expired,
        expiringSoon, expiredAdvice, expiringSoonAdvice, idleTooLong, tooManyRejections,
        mayAppeal([idleTooLong, tooManyRejections]), retryOrDiscard,
    ]
}
