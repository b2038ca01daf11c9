import ListContract
import Localization
import SellerCore
import TermUI

/// `list`'s table headers and count line. Headers are column titles, so the English side keeps the
/// upper-case style of most CLIs' tables; the Chinese side uses the Seller Center's column names.
enum ListText {
    static let orderId = Phrase(zh: "订单号", en: "ORDER ID")
    static let order = Phrase(zh: "订单号", en: "ORDER")
    static let status = Phrase(zh: "状态", en: "STATUS")
    static let state = Phrase(zh: "状态", en: "STATE")
    static let created = Phrase(zh: "创建时间", en: "CREATED")
    static let type = Phrase(zh: "类型", en: "TYPE")
    static let customer = Phrase(zh: "客户", en: "CUSTOMER")
    static let amount = Phrase(zh: "金额", en: "AMOUNT")
    static let product = Phrase(zh: "产品", en: "PRODUCT")
    static let instanceId = Phrase(zh: "实例ID", en: "INSTANCE ID")
    static let charging = Phrase(zh: "计费模式", en: "CHARGING")
    static let expires = Phrase(zh: "到期时间", en: "EXPIRES")
    static let messageId = Phrase(zh: "消息ID", en: "MESSAGE ID")
    static let activity = Phrase(zh: "接口", en: "ACTIVITY")
    static let attempts = Phrase(zh: "尝试次数", en: "ATTEMPTS")
    static let windowEnd = Phrase(zh: "重试截止", en: "WINDOW END")
    static let taskId = Phrase(zh: "任务ID", en: "TASK ID")
    static let node = Phrase(zh: "节点", en: "NODE")
    static let nodeSince = Phrase(zh: "节点开始", en: "NODE SINCE")
    static let rejects = Phrase(zh: "驳回次数", en: "REJECTS")
    static let scenario = Phrase(zh: "场景", en: "SCENARIO")
    static let caseId = Phrase(zh: "工单号", en: "CASE ID")
    static let messages = Phrase(zh: "留言数", en: "MESSAGES")
    static let updated = Phrase(zh: "更新时间", en: "UPDATED")
    static let title = Phrase(zh: "标题", en: "TITLE")
    static let callId = Phrase(zh: "调用ID", en: "CALL ID")
    static let outcome = Phrase(zh: "结果", en: "OUTCOME")
    static let received = Phrase(zh: "收到时间", en: "RECEIVED")
    static let origin = Phrase(zh: "来源", en: "ORIGIN")
    static let signature = Phrase(zh: "签名", en: "SIGNATURE")
    static let milliseconds = Phrase(zh: "耗时ms", en: "MS")
    static let failure = Phrase(zh: "失败原因", en: "FAILURE")
    static let action = Phrase(zh: "操作", en: "ACTION")
    static let target = Phrase(zh: "对象", en: "TARGET")
    static let lastError = Phrase(zh: "最近错误", en: "LAST ERROR")

    /// The line after the table: how many rows, and whether `--limit` cut the list short.
    static func count(_ rows: Int, more: Bool) -> Phrase {
        let number = CountFormat.grouped(rows)
        let counted = Phrase(zh: "共 \(number) 行", en: rows == 1 ? "1 row" : "\(number) rows")
        guard more else { return counted }
        return Phrase(zh: counted.zh + "（还有更多匹配：请调高 --limit）", en: counted.en + " (more match: raise --limit)")
    }

    /// A status filter value's words (`ListStatus` is the typed status of any list).
    static func status(_ status: ListStatus) -> Phrase {
        switch status {
        case .order(let value): RecordWords.phrase(value)
        case .instance(let value): RecordWords.phrase(value)
        case .exception(let value): RecordWords.phrase(value)
        case .supervision(let value): RecordWords.phrase(value)
        case .ticket(let value): RecordWords.phrase(value)
        case .call(let value): RecordWords.phrase(value)
        }
    }
}
