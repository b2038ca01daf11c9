import SellerCore
import TermUI

// Interface exceptions (生产接口消息): what failed and until when the marketplace retries, the full request and
// response, every attempt, then the order and instance.
extension DetailDocumentBuilder {
    static func write(_ message: ProduceMessage, into draft: inout DetailDraft) {
        let now = draft.context.now
        draft.field("消息ID", message.messageId)
        draft.label("接口类型", message.activity.label + "（" + message.activity.rawValue + "）")
        draft.label("接口版本", message.interfaceVersion.label)
        draft.label("处理状态", message.state.label, role: StatusRoles.role(message.state))
        draft.field("订单号", message.orderId)
        draft.field("订单行ID", message.orderLineId)
        draft.field("实例ID", message.instanceId)
        draft.field("产品名称", message.productName)
        draft.field("客户名称", message.customerName)
        draft.label("重试策略", message.retryPolicy.label)
        draft.time("首次失败时间", message.firstFailureAt)
        draft.time("重试截止时间", message.windowEndsAt)
        let left = RetryWindow.timeLeft(state: message.state, endsAt: message.windowEndsAt, now: now)
        draft.label("剩余重试时间", left.text, role: left.role ?? .detailValue)
        draft.label("调用次数", String(message.attemptCount))
        draft.field("结果码", message.resultCode)
        draft.time("更新时间", message.updatedAt)
        if message.state.isOpen && message.activity.unsubscribesOnExhaustion {
            draft.note("重试截止前仍未成功，订单将被自动退订。", role: .statusWarn)
        }
        if message.state == .exhausted {
            draft.note("自动重试已停止：修复接口后可「重新启动」。", role: .statusFailed)
        }

        draft.section("异常信息")
        draft.paragraph(message.exceptionInfo)
        draft.section("请求内容")
        draft.body(message.requestBody)
        draft.section("响应内容")
        draft.body(message.responseBody)

        draft.section("调用记录（\(message.attempts.count)）")
        if message.attempts.isEmpty { draft.note("暂无调用记录", role: .muted) }
        for (index, attempt) in message.attempts.enumerated() {
            if index > 0 { draft.blank() }
            write(attempt, into: &draft)
        }

        draft.section("关联")
        draft.link(.orders, id: message.orderId)
        if let instanceId = message.instanceId, !instanceId.isEmpty { draft.link(.instances, id: instanceId) }
    }

    /// One call: `第2次  2026-11-23 13:00:05 · 自动重试 · 失败`, then its result code, HTTP status, latency and
    /// 异常信息.
    static func write(_ attempt: CallAttempt, into draft: inout DetailDraft) {
        let when = LocalTimeFormat.second(attempt.at, context: draft.context)
        draft.label("第\(attempt.number)次", when + " · " + attempt.trigger.label + " · " + attempt.outcome.label,
                    role: StatusRoles.role(attempt.outcome))
        draft.field("结果码", attempt.resultCode)
        draft.field("HTTP状态", attempt.httpStatus.map(String.init))
        draft.field("耗时", attempt.latencyMs.map { DurationFormat.latency(milliseconds: $0) })
        if !attempt.exceptionInfo.isEmpty { draft.field("异常信息", attempt.exceptionInfo) }
    }
}
