import ListContract
import SellerCore
import TermUI

/// How dialogs name an action's target: the order number and buyer first (what a seller recognises, in the
/// style of `ActionTarget.label`), then the record's own id and state. Built from the loaded detail record when
/// it is the row's, otherwise from the list row. Every store string is sanitised.
public enum ActionText {
    /// `订单 CS… · 买家 · 接口类型` from the record when it is loaded, else from the row.
    public static func targetLabel(_ row: ListRow, record: SellerRecord?) -> String {
        if let record, record.kind == row.kind, record.id == row.id {
            return TextSanitizer.sanitize(ActionTarget.label(of: record))
        }
        return TextSanitizer.sanitize(ActionTarget.label(of: row))
    }

    /// The row's own id and where it stands: `消息 PM3XK9T · 处理状态 已耗尽`.
    public static func idLine(_ row: ListRow) -> String {
        let line: String = switch row.content {
        case .exception(let r): "消息 \(r.messageId) · 处理状态 \(r.stateLabel)"
        case .supervision(let r): "任务 \(r.taskId) · 当前节点 \(r.nodeLabel)"
        case .ticket(let r): "工单状态 \(r.statusLabel) · 留言 \(r.messageCount)"
        case .order(let r): "订单 \(r.orderId)"
        case .instance(let r): "实例 \(r.instanceId)"
        case .call(let r): "调用 \(r.callId) · \(r.outcome.label)"
        }
        return TextSanitizer.sanitize(line)
    }

    /// The two lines a dialog shows for one target.
    public static func targetLines(_ row: ListRow, record: SellerRecord?) -> [String] {
        [targetLabel(row, record: record), idLine(row)]
    }

    /// One line per marked exception in a bulk dialog: `PM3XK9T · 订单 CS… · 买家 · 接口类型`.
    public static func markLabel(_ row: ListRow, record: SellerRecord?) -> String {
        TextSanitizer.sanitize(row.id) + " · " + targetLabel(row, record: record)
    }

    /// `验收报告.pdf · 验收文档 · 1.2 MB`.
    public static func fileLine(_ upload: DeliverableUpload) -> String {
        TextSanitizer.sanitize(upload.fileName) + " · " + upload.kind.label + " · " + NumberFormat.bytes(upload.size)
    }

    /// The first lines of a typed text, for a confirmation that quotes it.
    public static func quote(_ text: String, lines: Int = 3) -> [String] {
        let all = TextSanitizer.sanitize(text, mode: .multiLine).split(separator: "\n", omittingEmptySubsequences: false)
        var quoted = all.prefix(lines).map { "  " + $0 }
        if all.count > lines { quoted.append("  …") }
        return quoted
    }
}
