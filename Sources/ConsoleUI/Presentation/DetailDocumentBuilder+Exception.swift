import ListContract
import SellerCore
import TermUI

// Interface exceptions (生产接口消息): what failed and until when the marketplace retries, what happens next,
// the full request and response, every attempt (a journal message's are the relay's calls, linked), then the
// order, the instance and the journalled calls.
extension DetailDocumentBuilder {
    static func write(_ message: ProduceMessage, links: OrderLinks?, into draft: inout DetailDraft) {
        let now = draft.context.now
        draft.field("消息ID", message.messageId)
        draft.label("来源", message.source.label, role: message.source == .journal ? .statusPending : .detailValue)
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
        writeNextStep(message, into: &draft)

        draft.section("异常信息")
        draft.paragraph(message.exceptionInfo)
        draft.section("请求内容")
        draft.body(message.requestBody, maskingEncrypted: true)
        draft.section("响应内容")
        draft.body(message.responseBody, maskingEncrypted: true)

        draft.section("调用记录（\(message.attempts.count)）")
        if message.attempts.isEmpty { draft.note("暂无调用记录", role: .muted) }
        for (index, attempt) in message.attempts.enumerated() {
            if index > 0 { draft.blank() }
            write(attempt, into: &draft)
        }

        draft.section("关联")
        draft.link(.orders, id: message.orderId)
        if let instanceId = message.instanceId, !instanceId.isEmpty { draft.link(.instances, id: instanceId) }
        writeCallLinks(message, links: links, into: &draft)
    }

    /// What happens to the message now. A journal message is the relay's record: the marketplace retries it by
    /// itself while its window is open; after that only Seller Center's 重新启动 (the marketplace side) or a
    /// replay from here (the seller's side) calls the interface again.
    static func writeNextStep(_ message: ProduceMessage, into draft: inout DetailDraft) {
        let now = draft.context.now
        switch message.source {
        case .gateway:
            if message.state == .exhausted {
                draft.note("自动重试已停止：修复接口后可「重新启动」。", role: .statusFailed)
            }
        case .journal:
            if message.state == .recovered || message.state == .resolved {
                draft.note("已恢复：之后的调用或重放已成功。", role: .statusOk)
            } else if message.state == .retrying && now < message.windowEndsAt {
                draft.note("云商店仍会自动重试（至 " + LocalTimeFormat.second(message.windowEndsAt, context: draft.context)
                           + "）。修复接口后也可按 R 重放。", role: .statusWarn)
            } else {
                draft.note("自动重试已停止：请在卖家中心「生产接口消息」页点击重新启动，或按 R 重放。", role: .statusFailed)
            }
        }
    }

    /// A journal message links the call behind each attempt; a gateway one the relay's calls of its order and
    /// activity, when the relay saw any.
    static func writeCallLinks(_ message: ProduceMessage, links: OrderLinks?, into draft: inout DetailDraft) {
        switch message.source {
        case .journal:
            var seen = Set<String>()
            for attempt in message.attempts.reversed() {
                guard let id = attempt.callId, !id.isEmpty, seen.insert(id).inserted else { continue }
                draft.link(.calls, id: id)
            }
        case .gateway:
            for id in links?.callIDs ?? [] { draft.link(.calls, id: id) }
        }
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
        if let callId = attempt.callId { draft.field("调用ID", callId) }
        if !attempt.exceptionInfo.isEmpty { draft.field("异常信息", attempt.exceptionInfo) }
    }
}
