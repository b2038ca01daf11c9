import Localization
import SellerCore

/// The clipboard feature's sentences, in both languages. A toast names what was copied and its length; the text
/// itself only when it is short and not a secret.
public enum ClipboardText {
    static func label(_ kind: CopyKind) -> Phrase {
        switch kind {
        case .recordId(let entity): recordIdLabel(entity)
        case .orderId: Phrase(zh: "订单号", en: "order ID")
        case .orderLineId: Phrase(zh: "订单行 ID", en: "order line ID")
        case .instanceId: Phrase(zh: "实例 ID", en: "instance ID")
        case .frontEndURL: Phrase(zh: "前台地址", en: "front-end URL")
        case .adminURL: Phrase(zh: "管理地址", en: "admin URL")
        case .sellerCenterURL: Phrase(zh: "卖家中心地址", en: "Seller Center address")
        case .fileSHA256(let name): Phrase(zh: "\(name) 的 SHA-256", en: "SHA-256 of \(name)")
        case .detailText: Phrase(zh: "全部详情（纯文本）", en: "whole detail as text")
        case .secret(let name): Phrase(zh: "\(name)（明文）", en: "\(name) in plain text")
        }
    }

    static func recordIdLabel(_ kind: EntityKind) -> Phrase {
        switch kind {
        case .orders: Phrase(zh: "订单号", en: "order ID")
        case .instances: Phrase(zh: "实例 ID", en: "instance ID")
        case .exceptions: Phrase(zh: "消息 ID", en: "message ID")
        case .supervision: Phrase(zh: "任务 ID", en: "task ID")
        case .tickets: Phrase(zh: "工单号", en: "ticket ID")
        case .calls: Phrase(zh: "调用 ID", en: "call ID")
        }
    }

    static func characters(_ count: Int) -> Phrase {
        Phrase(zh: "\(count) 个字符", en: count == 1 ? "1 character" : "\(count) characters")
    }

    /// The toast after a copy: the short text itself, else its length; the program when one ran.
    static func copied(_ copy: ClipboardCopy, shown: String?) -> Phrase {
        let label = label(copy.kind)
        let via = copy.method.program.map { Phrase(zh: "（经 \($0.name)）", en: " (with \($0.name))") }
            ?? Phrase(verbatim: "")
        if let shown {
            return Phrase(zh: "已复制\(label.zh)\(via.zh)：\(shown)", en: "Copied the \(label.en)\(via.en): \(shown)")
        }
        let count = characters(copy.text.count)
        return Phrase(zh: "已复制\(label.zh)\(via.zh)，共 \(count.zh)。", en: "Copied the \(label.en)\(via.en), \(count.en).")
    }

    static func tooLarge(bytes: Int, limit: Int) -> Phrase {
        let size = (bytes + 1023) / 1024
        return Phrase(zh: "未复制：内容有 \(size) KB，超过剪贴板上限 \(limit / 1024) KB。",
                      en: "Not copied: \(size) KB is more than the clipboard limit of \(limit / 1024) KB.")
    }

    static let disabled = Phrase(zh: "复制已关闭：配置文件的 [console] 中设置了 clipboard = none。",
                                 en: "Copying is off: the config's [console] sets clipboard = none.")

    static func failed(_ kind: CopyKind, _ failure: ProgramFailure) -> Phrase {
        let label = label(kind)
        let reason = failure.phrase
        return Phrase(zh: "未能复制\(label.zh)：\(reason.zh)", en: "Could not copy the \(label.en): \(reason.en)")
    }

    static let nothingToCopy = Phrase(zh: "这里没有可复制的记录。", en: "There is no record here to copy.")

    static func chooserTitle(_ kind: EntityKind, id: String) -> Phrase {
        Phrase(zh: "复制 · \(kind.label) \(id)", en: "Copy · \(kind.englishLabel) \(id)")
    }

    static let chooserHint = Phrase(zh: "Enter 复制 · 1–9 直接选 · Esc 关闭",
                                    en: "Enter copies · 1–9 picks · Esc closes")

    static func revealQuestion(_ name: String) -> Phrase {
        Phrase(zh: "显示并复制 \(name) 的明文吗？它将不再被遮盖，而是进入剪贴板。",
               en: "Reveal \(name) and copy it in plain text? It leaves the mask and goes to the clipboard.")
    }

    static let revealHint = Phrase(zh: "y 显示并复制 · 其他键返回", en: "y reveals and copies · any other key goes back")
}
