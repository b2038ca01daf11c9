import ConsoleUI
import Foundation
import Localization
import SellerCore
import SellerStore
import Synchronization
import TermUI

/// How an action command reports each action: a line for people, or a JSON object per line for scripts.
enum ActionReport {
    /// The line for a person, in `language`.
    static func line(action: SellerAction, item: OutboxItem?, refusal: String?, record: SellerRecord?,
                     language: Language = CommandLanguage.current) -> String {
        let phrase: Phrase
        if let refusal {
            phrase = ActionReportText.refused(action, refusal)
        } else if let item {
            let error = item.state == .done ? nil : OutboxErrorText.reason(item)?.text(language)
            phrase = ActionReportText.item(symbol(item.state), action, item, status: record.map(statusWords),
                                           error: error)
        } else {
            phrase = ActionReportText.target(action)
        }
        return TextSanitizer.sanitize(phrase(language))
    }

    /// A failed action carries `failure` (its class: `keys-refused`, `not-allowed`, `refused`, `file-changed`,
    /// `gave-up`, …) and the marketplace's `httpStatus`, `errorCode` and `errorMessage` when it answered. The
    /// target's kind is spelled as `list` takes it (`exceptions`, not the gateway's `produce-messages`).
    static func json(action: SellerAction, item: OutboxItem?, refusal: String?, record: SellerRecord?) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("action"); writer.appendString(action.kind.rawValue)
        writer.comma(); writer.key("target"); writer.beginObject()
        writer.key("kind"); writer.appendString(action.targetKind.commandName)
        writer.comma(); writer.key("id"); writer.appendString(action.targetId)
        writer.endObject()
        writer.comma(); writer.key("status")
        writer.appendString(refusal != nil ? "refused" : item?.state.rawValue ?? "unknown")
        if let refusal { writer.comma(); writer.key("reason"); writer.appendString(refusal) }
        if let item {
            writer.comma(); writer.key("outboxId"); writer.appendRaw(Array(String(item.id).utf8))
            writer.comma(); writer.key("idempotencyKey"); writer.appendString(item.idempotencyKey)
            writer.comma(); writer.key("attempts"); writer.appendInt(item.attempts)
            if let error = item.lastError { writer.comma(); writer.key("error"); writer.appendString(error) }
            if let failure = item.failure, item.state == .failed {
                // `reason` as for a refusal, so a script reads why any action did not succeed from one member.
                if refusal == nil, let error = item.lastError {
                    writer.comma(); writer.key("reason"); writer.appendString(error)
                }
                append(failure, to: &writer)
            }
        }
        if let record {
            writer.comma(); writer.key("targetStatus"); writer.appendString(statusValue(record))
        }
        writer.endObject()
        return writer.text
    }

    /// The failure's members: its class, then what the marketplace answered, each only when known.
    static func append(_ failure: ActionFailure, to writer: inout JSONWriter) {
        writer.comma(); writer.key("failure"); writer.appendString(failure.kind.rawValue)
        if let status = failure.httpStatus { writer.comma(); writer.key("httpStatus"); writer.appendInt(status) }
        if let code = failure.errorCode { writer.comma(); writer.key("errorCode"); writer.appendString(code) }
        if let message = failure.message {
            writer.comma(); writer.key("errorMessage"); writer.appendString(message)
        }
    }

    private static func symbol(_ state: OutboxState) -> String {
        switch state {
        case .done: "✓"
        case .failed, .discarded: "✗"
        default: "⧗"
        }
    }

    static func statusValue(_ record: SellerRecord) -> String {
        switch record {
        case .exception(let message): message.state.rawValue
        case .supervision(let task): task.node.rawValue
        case .ticket(let ticket): ticket.status.rawValue
        case .order(let order): order.status.rawValue
        case .instance(let instance): instance.status.rawValue
        case .call(let call): call.outcome.rawValue
        }
    }

    static func statusWords(_ record: SellerRecord) -> Phrase {
        switch record {
        case .exception(let message): RecordWords.phrase(message.state)
        case .supervision(let task): RecordWords.phrase(task.node)
        case .ticket(let ticket): RecordWords.phrase(ticket.status)
        case .order(let order): RecordWords.phrase(order.status)
        case .instance(let instance): RecordWords.phrase(instance.status)
        case .call(let call): RecordWords.phrase(call.outcome)
        }
    }
}

/// One progress line on stderr for uploads, on a terminal only.
final class UploadProgressLine: Sendable {
    static let shared = UploadProgressLine()
    private let enabled = isatty(STDERR_FILENO) == 1
    private let shown = Mutex(false)

    func show(id: Int64, sent: Int64, total: Int64) {
        guard enabled, total > 0 else { return }
        let percent = Int(Double(sent) / Double(total) * 100)
        shown.withLock { $0 = true }
        let text = ActionReportText.uploading(id, percent: percent, sentMiB: sent / 1_048_576,
                                              totalMiB: total / 1_048_576)
        Console.errorControl(.carriageReturn, text(CommandLanguage.current))
    }

    func finish() {
        if shown.withLock({ $0 }) { Console.errorRaw("\n") }
    }
}
