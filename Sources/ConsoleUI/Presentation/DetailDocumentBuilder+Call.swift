import SellerCore
import TermUI

// A journalled marketplace call: what arrived, how it counts by the marketplace's rules, then the whole exchange
// (request line, headers, body; the answer's status, headers, body) with secrets and the encrypted buyer fields
// masked, the signature check with its work, and links to the order, the instance, the exception and the call
// a replay re-sent. Everything from the store goes through `DetailDraft`, which sanitises it.
extension DetailDocumentBuilder {
    static func write(_ call: JournalCall, into draft: inout DetailDraft) {
        let arrival = call.arrival
        draft.field("调用ID", arrival.callId)
        writeOrigin(arrival, into: &draft)
        if let activity = arrival.activity {
            draft.field("接口类型", (Activity(rawValue: activity)?.label).map { "\($0)（\(activity)）" } ?? activity)
        } else {
            draft.field("接口类型", nil)
        }
        draft.label("接口版本", arrival.interfaceVersion?.label ?? NumberFormat.none)
        draft.label("结果", call.outcome.label, role: StatusRoles.role(call.outcome))
        draft.label("签名", arrival.signature.label, role: StatusRoles.role(arrival.signature))
        draft.time("调用时间", arrival.receivedAt)
        if let answer = call.answer {
            draft.time("应答时间", answer.answeredAt)
            draft.label("耗时", DurationFormat.latency(milliseconds: answer.latencyMs))
            draft.label("失败类型", answer.failureKind?.label ?? NumberFormat.none,
                        role: answer.failureKind == nil ? .muted : .statusFailed)
            if !answer.failureDetail.isEmpty { draft.field("失败原因", answer.failureDetail, role: .statusFailed) }
        }
        draft.field("订单号", arrival.orderId)
        draft.field("订单行ID", arrival.orderLineId)
        draft.field("实例ID", arrival.instanceId)
        if let answered = call.answer?.answeredInstanceId, answered != arrival.instanceId {
            draft.field("应答实例ID", answered)
        }
        draft.field("eventId", arrival.eventId)
        if arrival.testFlag { draft.label("测试调用", "是 testFlag=1", role: .statusWarn) }
        draft.field("调用方", arrival.peer)
        writeNotes(call, into: &draft)

        writeRequest(arrival, into: &draft)
        writeAnswer(call.answer, into: &draft)
        draft.section("签名校验")
        draft.label("结论", arrival.signature.label + "（" + arrival.signature.rawValue + "）",
                    role: StatusRoles.role(arrival.signature))
        draft.body(arrival.signatureWork)

        draft.section("关联")
        writeLinks(call, into: &draft)
    }

    /// 来源: the marketplace's own call, or a replay the seller sent (marked, and linked to the call it re-sent).
    static func writeOrigin(_ arrival: JournalArrival, into draft: inout DetailDraft) {
        switch arrival.origin {
        case .marketplace:
            draft.label("来源", arrival.origin.label)
        case .replay:
            draft.label("来源", arrival.origin.label + "（卖家重放，不计入云商店的调用）", role: .statusWarn)
            draft.field("重放自", arrival.replayOf)
        }
    }

    /// What a seller should know at once: an idempotency break, a missing answer, a license still owed.
    static func writeNotes(_ call: JournalCall, into draft: inout DetailDraft) {
        if let earlier = call.answer?.idempotencyBreak {
            let now = call.answer?.answeredInstanceId.map { "，这次应答 " + TextSanitizer.sanitize($0) } ?? ""
            draft.note("幂等性问题：同一订单行此前已应答实例ID " + TextSanitizer.sanitize(earlier) + now
                       + "。云商店要求重复调用返回同一个实例（§3.9）。", role: .statusFailed)
        }
        if call.answer == nil {
            draft.note("尚无应答：调用仍在进行，或中继在应答前停止。", role: .statusWarn)
        }
        if call.answer != nil, LicenseDeliveryRule.refusal(for: call) == nil {
            draft.note("商家接口应答 000004（处理中）：License需稍后交付，按 d 上传（云商店 market-event 接口）。",
                       role: .statusWarn)
        }
    }

    static func writeRequest(_ arrival: JournalArrival, into draft: inout DetailDraft) {
        draft.section("请求")
        let query = arrival.query.isEmpty ? "" : "?" + arrival.query
        let line = SecretMask.maskingSecrets(in: TextSanitizer.sanitize(arrival.method + " " + arrival.path + query,
                                                                        mode: .multiLine), encrypted: true)
        draft.note(line, role: .detailValue)
        writeHeaders(arrival.headers, into: &draft)
        draft.body(arrival.body, maskingEncrypted: true)
    }

    static func writeAnswer(_ answer: JournalAnswer?, into draft: inout DetailDraft) {
        draft.section("应答")
        guard let answer else { return draft.note("（无应答）", role: .muted) }
        if let status = answer.status {
            draft.label("HTTP状态", String(status), role: status == 200 ? .statusOk : .statusFailed)
        } else {
            draft.label("HTTP状态", "无HTTP应答", role: .statusFailed)
        }
        draft.field("结果码", answer.resultCode)
        if let error = answer.transportError { draft.field("传输错误", error, role: .statusFailed) }
        writeHeaders(answer.headers, into: &draft)
        draft.body(answer.body, maskingEncrypted: true)
        if answer.bodyTruncated { draft.note("（应答内容超过记录上限，只记录了开头部分）", role: .muted) }
    }

    /// Headers one per line; a header named like a secret shows the placeholder.
    static func writeHeaders(_ headers: [JournalHeader], into draft: inout DetailDraft) {
        for header in headers.prefix(40) {
            let name = TextSanitizer.sanitize(header.name, limit: 64)
            if SecretMask.isSecretName(header.name) {
                draft.label(name, SecretMask.placeholder, role: .muted)
            } else {
                draft.field(name, header.value)
            }
        }
        if headers.count > 40 { draft.note("… 另 \(headers.count - 40) 个头部", role: .muted) }
    }

    static func writeLinks(_ call: JournalCall, into draft: inout DetailDraft) {
        let arrival = call.arrival
        var any = false
        func link(_ kind: EntityKind, _ id: String?) {
            guard let id, !id.isEmpty else { return }
            draft.link(kind, id: id)
            any = true
        }
        link(.orders, arrival.orderId)
        link(.instances, arrival.instanceId ?? call.answer?.answeredInstanceId)
        link(.exceptions, call.messageId)
        link(.calls, arrival.replayOf)
        if !any { draft.note("无关联记录", role: .muted) }
    }
}
