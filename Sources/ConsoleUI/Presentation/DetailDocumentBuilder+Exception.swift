import ListContract
import Localization
import SellerCore
import TermUI

// Interface exceptions (生产接口消息): what failed and until when the marketplace retries, what happens next,
// the full request and response, every attempt (a journal message's are the relay's calls, linked), then the
// order, the instance and the journalled calls.
extension DetailDocumentBuilder {
    static func write(_ message: ProduceMessage, links: OrderLinks?, into draft: inout DetailDraft) {
        draft.field(RecordField.messageId, message.messageId)
        draft.label(RecordField.source, message.source.phrase,
                    role: message.source == .journal ? .statusPending : .detailValue)
        draft.label(RecordField.activity, labelWithWire(message.activity, draft))
        draft.label(RecordField.interfaceVersion, message.interfaceVersion.phrase)
        draft.label(RecordField.exceptionState, message.state.phrase, role: StatusRoles.role(message.state))
        draft.field(RecordField.orderId, message.orderId)
        draft.field(RecordField.orderLineId, message.orderLineId)
        draft.field(RecordField.instanceId, message.instanceId)
        draft.field(RecordField.productName, message.productName)
        draft.field(RecordField.customerName, message.customerName)
        draft.label(RecordField.retryPolicy, message.retryPolicy.phrase)
        draft.time(RecordField.firstFailureAt, message.firstFailureAt)
        draft.time(RecordField.windowEndsAt, message.windowEndsAt)
        let left = RetryWindow.timeLeft(state: message.state, endsAt: message.windowEndsAt, context: draft.context)
        draft.label(RecordField.windowLeft, left.text, role: left.role ?? .detailValue)
        draft.label(RecordField.attemptCount, String(message.attemptCount))
        draft.field(RecordField.resultCode, message.resultCode)
        draft.time(RecordField.updatedAt, message.updatedAt)
        if message.state.isOpen && message.activity.unsubscribesOnExhaustion {
            draft.note(RecordText.autoUnsubscribeWarning, role: .statusWarn)
        }
        writeNextStep(message, into: &draft)

        draft.section(RecordText.exceptionInfo)
        draft.paragraph(RelayDetailText.phrase(message.exceptionInfo).text(draft.language))
        draft.section(RecordText.requestBody)
        draft.body(message.requestBody, maskingEncrypted: true)
        draft.section(RecordText.responseBody)
        draft.body(message.responseBody, maskingEncrypted: true)

        draft.section(RecordText.attempts(message.attempts.count))
        if message.attempts.isEmpty { draft.note(RecordText.noAttempts, role: .muted) }
        for (index, attempt) in message.attempts.enumerated() {
            if index > 0 { draft.blank() }
            write(attempt, into: &draft)
        }

        draft.section(RecordText.related)
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
                draft.note(RecordText.gatewayExhausted, role: .statusFailed)
            }
        case .journal:
            if message.state == .recovered || message.state == .resolved {
                draft.note(RecordText.recovered, role: .statusOk)
            } else if message.state == .retrying && now < message.windowEndsAt {
                let until = LocalTimeFormat.second(message.windowEndsAt, context: draft.context)
                draft.note(RecordText.stillRetrying(until: until), role: .statusWarn)
            } else {
                draft.note(RecordText.journalExhausted, role: .statusFailed)
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
        draft.label(RecordText.attemptNumber(attempt.number),
                    when + " · " + attempt.trigger.label(draft.language) + " · " + attempt.outcome.label(draft.language),
                    role: StatusRoles.role(attempt.outcome))
        draft.field(RecordField.resultCode, attempt.resultCode)
        draft.field(RecordField.httpStatus, attempt.httpStatus.map(String.init))
        draft.field(RecordField.latency, attempt.latencyMs.map { DurationFormat.latency(milliseconds: $0) })
        if let callId = attempt.callId { draft.field(RecordField.callId, callId) }
        if !attempt.exceptionInfo.isEmpty {
            draft.field(RecordField.exceptionInfo, RelayDetailText.phrase(attempt.exceptionInfo).text(draft.language))
        }
    }
}
