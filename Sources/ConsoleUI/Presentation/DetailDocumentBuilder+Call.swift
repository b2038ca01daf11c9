import Localization
import SellerCore
import TermUI

// A journalled marketplace call: what arrived, how it counts by the marketplace's rules, then the whole exchange
// (request line, headers, body; the answer's status, headers, body) with secrets and the encrypted buyer fields
// masked, the signature check with its work, and links to the order, the instance, the exception and the call
// a replay re-sent. Everything from the store goes through `DetailDraft`, which sanitises it.
extension DetailDocumentBuilder {
    static func write(_ call: JournalCall, into draft: inout DetailDraft) {
        let arrival = call.arrival
        draft.field(RecordField.callId, arrival.callId)
        writeOrigin(arrival, into: &draft)
        if let activity = arrival.activity {
            draft.field(RecordField.activity, Activity(rawValue: activity).map { labelWithWire($0, draft) } ?? activity)
        } else {
            draft.field(RecordField.activity, nil)
        }
        draft.label(RecordField.interfaceVersion, arrival.interfaceVersion?.label(draft.language) ?? NumberFormat.none)
        draft.label(RecordField.outcome, call.outcome.phrase, role: StatusRoles.role(call.outcome))
        draft.label(RecordField.signature, arrival.signature.phrase, role: StatusRoles.role(arrival.signature))
        draft.time(RecordField.receivedAt, arrival.receivedAt)
        if let answer = call.answer {
            draft.time(RecordField.answeredAt, answer.answeredAt)
            draft.label(RecordField.latency, DurationFormat.latency(milliseconds: answer.latencyMs))
            draft.label(RecordField.failureKind, answer.failureKind?.label(draft.language) ?? NumberFormat.none,
                        role: answer.failureKind == nil ? .muted : .statusFailed)
            if !answer.failureDetail.isEmpty {
                draft.field(RecordField.failureReason, RelayDetailText.phrase(answer.failureDetail).text(draft.language),
                            role: .statusFailed)
            }
        }
        draft.field(RecordField.orderId, arrival.orderId)
        draft.field(RecordField.orderLineId, arrival.orderLineId)
        draft.field(RecordField.instanceId, arrival.instanceId)
        if let answered = call.answer?.answeredInstanceId, answered != arrival.instanceId {
            draft.field(RecordField.answeredInstanceId, answered)
        }
        draft.field("eventId", arrival.eventId)
        if arrival.testFlag { draft.label(RecordField.testCall, RecordText.testCallYes, role: .statusWarn) }
        draft.field(RecordField.peer, arrival.peer)
        writeNotes(call, into: &draft)

        writeRequest(arrival, into: &draft)
        writeAnswer(call.answer, into: &draft)
        draft.section(RecordText.signatureCheck)
        draft.label(RecordField.verdict, labelWithWire(arrival.signature, draft),
                    role: StatusRoles.role(arrival.signature))
        draft.body(arrival.signatureWork)

        draft.section(RecordText.related)
        writeLinks(call, into: &draft)
    }

    /// `创建实例（newInstance）` / `Create instance (newInstance)`: the label a seller reads, then the wire name
    /// the logs and the marketplace's pages use.
    static func labelWithWire<E: LabeledEnum>(_ value: E, _ draft: DetailDraft) -> String {
        draft.language == .zh ? value.label + "（" + value.rawValue + "）"
            : value.englishLabel + " (" + value.rawValue + ")"
    }

    /// 来源: the marketplace's own call, or a replay the seller sent (marked, and linked to the call it re-sent).
    static func writeOrigin(_ arrival: JournalArrival, into draft: inout DetailDraft) {
        switch arrival.origin {
        case .marketplace:
            draft.label(RecordField.source, arrival.origin.phrase)
        case .replay:
            draft.label(RecordField.source, draft.text(arrival.origin.phrase) + draft.text(RecordText.replayOrigin),
                        role: .statusWarn)
            draft.field(RecordField.replayOf, arrival.replayOf)
        }
    }

    /// What a seller should know at once: an idempotency break, a missing answer, a license still owed.
    static func writeNotes(_ call: JournalCall, into draft: inout DetailDraft) {
        if let earlier = call.answer?.idempotencyBreak {
            let now = call.answer?.answeredInstanceId.map { TextSanitizer.sanitize($0) }
            draft.note(RecordText.idempotencyBreak(earlier: TextSanitizer.sanitize(earlier), now: now), role: .statusFailed)
        }
        if call.answer == nil {
            draft.note(RecordText.awaitingAnswer, role: .statusWarn)
        }
        if call.answer != nil, LicenseDeliveryRule.refusal(for: call) == nil {
            draft.note(RecordText.licenseOwed, role: .statusWarn)
        }
    }

    static func writeRequest(_ arrival: JournalArrival, into draft: inout DetailDraft) {
        draft.section(RecordText.request)
        let query = arrival.query.isEmpty ? "" : "?" + arrival.query
        let line = SecretMask.maskingSecrets(in: TextSanitizer.sanitize(arrival.method + " " + arrival.path + query,
                                                                        mode: .multiLine), encrypted: true,
                                             language: draft.language)
        draft.note(line, role: .detailValue)
        writeHeaders(arrival.headers, into: &draft)
        draft.body(arrival.body, maskingEncrypted: true)
    }

    static func writeAnswer(_ answer: JournalAnswer?, into draft: inout DetailDraft) {
        draft.section(RecordText.answer)
        guard let answer else { return draft.note(RecordText.noAnswer, role: .muted) }
        if let status = answer.status {
            draft.label(RecordField.httpStatus, String(status), role: status == 200 ? .statusOk : .statusFailed)
        } else {
            draft.label(RecordField.httpStatus, RecordText.noHTTPAnswer, role: .statusFailed)
        }
        draft.field(RecordField.resultCode, answer.resultCode)
        if let error = answer.transportError { draft.field(RecordField.transportError, error, role: .statusFailed) }
        writeHeaders(answer.headers, into: &draft)
        draft.body(answer.body, maskingEncrypted: true)
        if answer.bodyTruncated { draft.note(RecordText.answerTruncated, role: .muted) }
    }

    /// Headers one per line; a header named like a secret shows the placeholder.
    static func writeHeaders(_ headers: [JournalHeader], into draft: inout DetailDraft) {
        for header in headers.prefix(40) {
            let name = TextSanitizer.sanitize(header.name, limit: 64)
            if SecretMask.isSecretName(header.name) {
                draft.label(name, SecretMask.placeholder(draft.language), role: .muted)
            } else {
                draft.field(name, header.value)
            }
        }
        if headers.count > 40 { draft.note(RecordText.moreHeaders(headers.count - 40), role: .muted) }
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
        if !any { draft.note(RecordText.noLinks, role: .muted) }
    }
}
