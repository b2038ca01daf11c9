import Localization

/// The names of record fields, shared by the detail pane's keys and the list headers that show the same value,
/// so a field is called the same in both places. The Chinese are Seller Center's own names; a `…Column` name is
/// the shorter English header of a narrow list column. English keys stay within the detail pane's key column
/// (16 cells).
public enum RecordField {
    public static let orderId = Phrase(zh: "订单号", en: "Order ID")
    public static let orderLineId = Phrase(zh: "订单行ID", en: "Order line ID")
    public static let instanceId = Phrase(zh: "实例ID", en: "Instance ID")
    public static let answeredInstanceId = Phrase(zh: "应答实例ID", en: "Answered ID")
    public static let productName = Phrase(zh: "产品名称", en: "Product")
    public static let productId = Phrase(zh: "产品ID", en: "Product ID")
    public static let skuCode = Phrase(zh: "SKU编码", en: "SKU code")
    public static let customerName = Phrase(zh: "客户名称", en: "Customer")
    public static let customerId = Phrase(zh: "客户ID", en: "Customer ID")
    public static let userName = Phrase(zh: "用户名", en: "User name")
    public static let userId = Phrase(zh: "用户ID", en: "User ID")
    public static let mobilePhone = Phrase(zh: "手机号码", en: "Mobile phone")
    public static let email = Phrase(zh: "邮箱", en: "Email")
    public static let orderType = Phrase(zh: "订单类型", en: "Order type")
    public static let orderStatus = Phrase(zh: "订单状态", en: "Order status")
    public static let createTime = Phrase(zh: "创建时间", en: "Created")
    public static let updatedAt = Phrase(zh: "更新时间", en: "Updated")
    public static let currency = Phrase(zh: "币种", en: "Currency")
    public static let chargingMode = Phrase(zh: "计费模式", en: "Billing")
    public static let period = Phrase(zh: "购买周期", en: "Period")
    public static let linearValue = Phrase(zh: "线性值", en: "Linear value")
    public static let orderAmount = Phrase(zh: "订单金额", en: "Order amount")
    public static let paidAmount = Phrase(zh: "成交金额", en: "Paid amount")
    public static let expireTime = Phrase(zh: "到期时间", en: "Expires")
    public static let instanceStatus = Phrase(zh: "实例状态", en: "Instance status")
    public static let trial = Phrase(zh: "试用", en: "Trial")
    public static let actualStartTime = Phrase(zh: "实际开始时间", en: "Started")
    public static let expiryNotice = Phrase(zh: "到期提醒", en: "Expiry")
    public static let frontEndUrl = Phrase(zh: "前台地址", en: "Front-end URL")
    public static let adminUrl = Phrase(zh: "管理地址", en: "Admin URL")
    public static let password = Phrase(zh: "密码", en: "Password")
    public static let memo = Phrase(zh: "备注", en: "Memo")
    public static let messageId = Phrase(zh: "消息ID", en: "Message ID")
    public static let source = Phrase(zh: "来源", en: "Source")
    public static let activity = Phrase(zh: "接口类型", en: "Activity")
    public static let interfaceVersion = Phrase(zh: "接口版本", en: "API version")
    public static let exceptionState = Phrase(zh: "处理状态", en: "State")
    public static let retryPolicy = Phrase(zh: "重试策略", en: "Retry policy")
    public static let firstFailureAt = Phrase(zh: "首次失败时间", en: "First failure")
    public static let windowEndsAt = Phrase(zh: "重试截止时间", en: "Retry deadline")
    public static let windowLeft = Phrase(zh: "剩余重试时间", en: "Retry time left")
    public static let attemptCount = Phrase(zh: "调用次数", en: "Calls")
    public static let resultCode = Phrase(zh: "结果码", en: "Result code")
    public static let httpStatus = Phrase(zh: "HTTP状态", en: "HTTP status")
    public static let latency = Phrase(zh: "耗时", en: "Latency")
    public static let callId = Phrase(zh: "调用ID", en: "Call ID")
    public static let exceptionInfo = Phrase(zh: "异常信息", en: "Error")
    public static let taskId = Phrase(zh: "任务ID", en: "Task ID")
    public static let flowKind = Phrase(zh: "交付类型", en: "Delivery type")
    public static let scenario = Phrase(zh: "场景", en: "Scenario")
    public static let node = Phrase(zh: "当前节点", en: "Node")
    public static let nodeSince = Phrase(zh: "进入节点时间", en: "At node since")
    public static let daysIdle = Phrase(zh: "停留天数", en: "Days idle")
    public static let rejectCount = Phrase(zh: "驳回次数", en: "Rejections")
    public static let actualServiceStart = Phrase(zh: "实际服务开始时间", en: "Service started")
    public static let caseId = Phrase(zh: "工单号", en: "Ticket ID")
    public static let title = Phrase(zh: "标题", en: "Title")
    public static let ticketStatus = Phrase(zh: "工单状态", en: "Ticket status")
    public static let assignee = Phrase(zh: "处理人", en: "Assignee")
    public static let cause = Phrase(zh: "出现原因", en: "Cause")
    public static let solution = Phrase(zh: "解决方案", en: "Solution")
    public static let outcome = Phrase(zh: "结果", en: "Result")
    public static let signature = Phrase(zh: "签名", en: "Signature")
    public static let receivedAt = Phrase(zh: "调用时间", en: "Received")
    public static let answeredAt = Phrase(zh: "应答时间", en: "Answered")
    public static let failureKind = Phrase(zh: "失败类型", en: "Failure type")
    public static let failureReason = Phrase(zh: "失败原因", en: "Failure")
    public static let testCall = Phrase(zh: "测试调用", en: "Test call")
    public static let peer = Phrase(zh: "调用方", en: "Caller")
    public static let verdict = Phrase(zh: "结论", en: "Verdict")
    public static let transportError = Phrase(zh: "传输错误", en: "Transport error")
    public static let replayOf = Phrase(zh: "重放自", en: "Replay of")
    public static let action = Phrase(zh: "操作", en: "Action")
    public static let reason = Phrase(zh: "原因", en: "Reason")
    public static let time = Phrase(zh: "时间", en: "Time")
    public static let status = Phrase(zh: "状态", en: "Status")
    public static let amount = Phrase(zh: "金额", en: "Amount")
    public static let messageCount = Phrase(zh: "留言数", en: "Msgs")
    public static let orderTypeColumn = Phrase(zh: "订单类型", en: "Type")
    public static let windowLeftColumn = Phrase(zh: "剩余重试时间", en: "Retry left")
    public static let daysIdleColumn = Phrase(zh: "停留天数", en: "Idle")
    public static let rejectCountColumn = Phrase(zh: "驳回次数", en: "Rejects")
    public static let lastAttemptAt = Phrase(zh: "最近调用时间", en: "Last call")
    public static let rejectReason = Phrase(zh: "驳回原因", en: "Reason")
    public static let replyContent = Phrase(zh: "留言", en: "Reply")

    /// Every field name, for the whole-language tests.
    public static let all: [Phrase] = [
        orderId, orderLineId, instanceId, answeredInstanceId, productName, productId, skuCode, customerName,
        customerId, userName, userId, mobilePhone, email, orderType, orderStatus, createTime, updatedAt, currency,
        chargingMode, period, linearValue, orderAmount, paidAmount, expireTime, instanceStatus, trial,
        actualStartTime, expiryNotice, frontEndUrl, adminUrl, password, memo, messageId, source, activity,
        interfaceVersion, exceptionState, retryPolicy, firstFailureAt, windowEndsAt, windowLeft, attemptCount,
        resultCode, httpStatus, latency, callId, exceptionInfo, taskId, flowKind, scenario, node, nodeSince, daysIdle,
        rejectCount, actualServiceStart, caseId, title, ticketStatus, assignee, cause, solution, outcome, signature,
        receivedAt, answeredAt, failureKind, failureReason, testCall, peer, verdict, transportError, replayOf, action,
        reason, time, status, amount, messageCount, orderTypeColumn, windowLeftColumn, daysIdleColumn,
        rejectCountColumn, lastAttemptAt, rejectReason, replyContent,
    ]
}
