import Localization
import SellerCore
import TermUI

/// Every sentence the attachment downloads show, in both languages.
enum AttachmentText {
    static let notADetail = Phrase(zh: "只能在服务监管任务或工单的详情中下载附件。",
                                   en: "Open a supervision task's or a ticket's detail to save its files.")
    static let noFiles = Phrase(zh: "这条记录没有附件或交付件。", en: "This record has no attachments or deliverables.")
    static let busy = Phrase(zh: "正在下载，请等当前下载结束。", en: "A download is running; wait for it to finish.")

    static let attachmentLabel = Phrase(zh: "附件", en: "Attachment")

    /// A reply's file in the 队列 tab's detail: its name and size.
    static func outboxEntry(_ file: DeliverableUpload, language: Language) -> KeyValuePanel.Entry {
        KeyValuePanel.Entry(attachmentLabel(language),
                            TextSanitizer.sanitize(file.fileName) + " · " + NumberFormat.bytes(file.size))
    }

    static func started(_ count: Int, folder: String) -> Phrase {
        let folder = TextSanitizer.sanitize(folder)
        return Phrase(zh: "开始下载 \(count) 个文件到 \(folder)", en: "Saving \(count) file(s) to \(folder)")
    }

    static func progress(_ progress: DownloadProgress) -> Phrase {
        let percent = Int((progress.fraction * 100).rounded(.down))
        let name = TextSanitizer.sanitize(progress.fileName, limit: 40)
        let count = "\(progress.fileIndex + 1)/\(progress.fileCount)"
        return Phrase(zh: "⇣ 下载 \(percent)% \(count) \(name)", en: "⇣ Saving \(percent)% \(count) \(name)")
    }

    static func saved(_ path: String) -> Phrase {
        let path = TextSanitizer.sanitize(path)
        return Phrase(zh: "已保存，SHA-256 校验通过：\(path)", en: "Saved, SHA-256 verified: \(path)")
    }

    static func failed(_ fileName: String, _ failure: DownloadFailure) -> Phrase {
        let name = TextSanitizer.sanitize(fileName, limit: 40)
        let reason = reason(failure)
        return Phrase(zh: "未保存 \(name)：\(reason.zh)", en: "Not saved: \(name). \(reason.en)")
    }

    static func reason(_ failure: DownloadFailure) -> Phrase {
        switch failure {
        case .notServed:
            Phrase(zh: "云商店没有提供这个文件的下载地址。", en: "The marketplace offers no download for this file.")
        case .unsafeAddress:
            Phrase(zh: "下载地址不是云商店网关的地址，已拒绝。", en: "Its address is not the gateway's, so it was refused.")
        case .noChecksum:
            Phrase(zh: "记录中没有SHA-256，无法校验。", en: "The record has no SHA-256 to check it against.")
        case .tooLarge(let size, let limit):
            Phrase(zh: "文件 \(NumberFormat.bytes(size)) 超过上限或剩余空间 \(NumberFormat.bytes(limit))。",
                   en: "It is \(NumberFormat.bytes(size)), more than the limit or free space of "
                       + "\(NumberFormat.bytes(limit)).")
        case .sizeMismatch(let expected, let actual):
            Phrase(zh: "大小不符：记录为 \(expected) 字节，网关提供 \(actual) 字节，未保留任何内容。",
                   en: "The size differs: the record says \(expected) bytes, the gateway has \(actual); nothing was kept.")
        case .checksumMismatch(let expected, let actual):
            Phrase(zh: "SHA-256不符（应为 \(expected.prefix(12))…，实际 \(actual.prefix(12))…），未保留任何内容。",
                   en: "The SHA-256 differs (expected \(expected.prefix(12))…, got \(actual.prefix(12))…); "
                       + "nothing was kept.")
        case .incomplete(let received, let expected):
            Phrase(zh: "网关只发送了 \(received)/\(expected) 字节，未保留任何内容。",
                   en: "The gateway sent only \(received) of \(expected) bytes; nothing was kept.")
        case .folder(let reason):
            Phrase(zh: "无法写入文件夹：\(TextSanitizer.sanitize(reason, limit: 120))",
                   en: "The folder cannot be written: \(TextSanitizer.sanitize(reason, limit: 120))")
        case .network(let reason):
            Phrase(zh: "网络错误：\(TextSanitizer.sanitize(reason, limit: 120))",
                   en: "Network error: \(TextSanitizer.sanitize(reason, limit: 120))")
        case .marketplace(let reason):
            Phrase(zh: "下载失败：" + reason.zh, en: "Download failed: " + reason.en)
        case .cancelled:
            Phrase(zh: "下载已取消。", en: "The download was cancelled.")
        }
    }
}
