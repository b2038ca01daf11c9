import SellerCore
import TermUI

// A journalled marketplace call: what arrived, what the signature check found, what the interface answered and
// how that counts by the marketplace's rules, then links to the order, the instance and the exception.
extension DetailDocumentBuilder {
    static func write(_ call: JournalCall, into draft: inout DetailDraft) {
        let arrival = call.arrival
        draft.field("调用ID", arrival.callId)
        draft.label("来源", arrival.origin.label)
        draft.field("重放自", arrival.replayOf)
        if let activity = arrival.activity {
            draft.label("接口类型", (Activity(rawValue: activity)?.label).map { "\($0)（\(activity)）" } ?? activity)
        }
        draft.label("结果", call.outcome.label, role: StatusRoles.role(call.outcome))
        draft.label("签名", arrival.signature.label, role: StatusRoles.role(arrival.signature))
        draft.time("调用时间", arrival.receivedAt)
        draft.field("订单号", arrival.orderId)
        draft.field("订单行ID", arrival.orderLineId)
        draft.field("实例ID", arrival.instanceId)
        draft.field("eventId", arrival.eventId)
        if let answer = call.answer {
            draft.field("HTTP状态", answer.status.map(String.init))
            draft.field("结果码", answer.resultCode)
            draft.field("耗时", DurationFormat.latency(milliseconds: answer.latencyMs))
            if !answer.failureDetail.isEmpty { draft.field("失败原因", answer.failureDetail) }
        }

        draft.section("请求")
        draft.paragraph(arrival.method + " " + arrival.path + (arrival.query.isEmpty ? "" : "?" + arrival.query))
        draft.body(arrival.body)
        if let answer = call.answer {
            draft.section("应答")
            draft.body(answer.body)
        }
        draft.section("签名校验")
        draft.body(arrival.signatureWork)

        draft.section("关联")
        if let orderId = arrival.orderId, !orderId.isEmpty { draft.link(.orders, id: orderId) }
        if let instanceId = arrival.instanceId, !instanceId.isEmpty { draft.link(.instances, id: instanceId) }
        if let messageId = call.messageId { draft.link(.exceptions, id: messageId) }
    }
}
