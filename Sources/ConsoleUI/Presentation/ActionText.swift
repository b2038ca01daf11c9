import ListContract
import Localization
import SellerCore
import TermUI

/// How dialogs name an action's target: the order number and buyer first (what a seller recognises, in the
/// style of `ActionTarget.label`), then the record's own id and state, in the console's language. Built from the
/// loaded detail record when it is the row's, otherwise from the list row. Every store string is sanitised.
public enum ActionText {
    /// `订单 CS… · 买家 · 接口类型` from the record when it is loaded, else from the row.
    public static func targetLabel(_ row: ListRow, record: SellerRecord?, language: Language) -> String {
        if let record, record.kind == row.kind, record.id == row.id {
            return TextSanitizer.sanitize(ActionTarget.label(of: record, language: language))
        }
        return TextSanitizer.sanitize(ActionTarget.label(of: row, language: language))
    }

    /// The row's own id and where it stands: `消息 PM3XK9T · 处理状态 已耗尽` / `Message PM3XK9T · State Exhausted`.
    public static func idLine(_ row: ListRow, language: Language) -> String {
        func words(_ phrase: Phrase) -> String { phrase.text(language) }
        let line: String = switch row.content {
        case .exception(let r):
            words(ActionTarget.Words.message) + " \(r.messageId) · " + words(RecordField.exceptionState) + " "
                + r.state.label(language)
        case .supervision(let r):
            words(ActionTarget.Words.task) + " \(r.taskId) · " + words(RecordField.node) + " " + r.node.label(language)
        case .ticket(let r):
            words(RecordField.ticketStatus) + " " + r.status.label(language) + " · "
                + words(Phrase(zh: "留言 \(r.messageCount)",
                               en: r.messageCount == 1 ? "1 message" : "\(r.messageCount) messages"))
        case .order(let r): words(ActionTarget.Words.order) + " \(r.orderId)"
        case .instance(let r): words(ActionTarget.Words.instance) + " \(r.instanceId)"
        case .call(let r): words(ActionTarget.Words.call) + " \(r.callId) · " + r.outcome.label(language)
        }
        return TextSanitizer.sanitize(line)
    }

    /// The two lines a dialog shows for one target.
    public static func targetLines(_ row: ListRow, record: SellerRecord?, language: Language) -> [String] {
        [targetLabel(row, record: record, language: language), idLine(row, language: language)]
    }

    /// One line per marked exception in a bulk dialog: `PM3XK9T · 订单 CS… · 买家 · 接口类型`.
    public static func markLabel(_ row: ListRow, record: SellerRecord?, language: Language) -> String {
        TextSanitizer.sanitize(row.id) + " · " + targetLabel(row, record: record, language: language)
    }

    /// `验收报告.pdf · 验收文档 · 1.2 MB`.
    public static func fileLine(_ upload: DeliverableUpload, language: Language) -> String {
        TextSanitizer.sanitize(upload.fileName) + " · " + upload.kind.label(language) + " · "
            + NumberFormat.bytes(upload.size)
    }

    /// The first lines of a typed text, for a confirmation that quotes it.
    public static func quote(_ text: String, lines: Int = 3) -> [String] {
        let all = TextSanitizer.sanitize(text, mode: .multiLine).split(separator: "\n", omittingEmptySubsequences: false)
        var quoted = all.prefix(lines).map { "  " + $0 }
        if all.count > lines { quoted.append("  …") }
        return quoted
    }
}
