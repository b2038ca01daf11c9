import Localization
import TermUI

/// The words of `:export`, in both languages.
enum ExportText {
    static let busy = Phrase(zh: "已有导出在进行；按 Esc 取消它，或等它完成。",
                             en: "An export is already running; press Esc to cancel it or wait for it to finish.")
    static let notAList = Phrase(zh: "此标签页没有可导出的列表；请先切换到订单、实例等列表。",
                                 en: "This tab has no list to export; switch to a list such as Orders first.")
    static let cancelling = Phrase(zh: "正在取消导出…", en: "Cancelling the export…")

    static func written(rows: Int, path: String) -> Phrase {
        let count = CountFormat.grouped(rows)
        return Phrase(zh: "已导出 \(count) 行到 \(path)。", en: "Exported \(count) rows to \(path).")
    }

    static func cancelled(rows: Int) -> Phrase {
        let count = CountFormat.grouped(rows)
        return Phrase(zh: "导出已取消（已写 \(count) 行），未留下文件。",
                      en: "Export cancelled after \(count) rows; no file was left.")
    }

    static func failed(path: String, reason: String) -> Phrase {
        Phrase(zh: "导出失败：无法写入 \(path)（\(reason)）。", en: "Export failed: cannot write \(path) (\(reason)).")
    }

    static func refused(_ refusal: ExportRefusal) -> Phrase {
        switch refusal {
        case .exists(let path):
            Phrase(zh: "\(path) 已存在；要覆盖请用 :export! 。",
                   en: "\(path) already exists; use :export! to replace it.")
        case .unusablePath(let path):
            Phrase(zh: "无法使用路径「\(path)」；请写绝对路径、相对路径或 ~/ 开头的路径。",
                   en: "Cannot use the path \"\(path)\"; give an absolute path, a relative one or one starting with ~/.")
        case .isStore(let path):
            Phrase(zh: "\(path) 是本地数据库的文件，不能用来导出。",
                   en: "\(path) is a file of the local store; choose another path.")
        case .filter(let reason):
            Phrase(zh: "筛选条件无法使用，未导出：" + reason.zh, en: "The filter cannot be used, nothing exported: " + reason.en)
        }
    }

    static let usage = Phrase(zh: "用法：:export csv|json 路径（:export! 覆盖已有文件）。",
                              en: "Usage: :export csv|json PATH (:export! replaces an existing file).")

    static func unknownFormat(_ name: String) -> Phrase {
        Phrase(zh: "未知的导出格式「\(name)」；可用 csv 或 json。",
               en: "Unknown export format \"\(name)\"; use csv or json.")
    }

    /// The status bar while it runs: `⇣ 导出 ▰▰▱▱ 1,200/5,000 Esc 取消`.
    static func progress(_ export: ExportState, bar: String) -> Phrase {
        let count = CountFormat.grouped(export.rows) + (export.total.map { "/" + CountFormat.grouped($0) } ?? "")
        if export.cancelling { return Phrase(zh: "⇣ 正在取消导出 \(count)", en: "⇣ Cancelling export \(count)") }
        return Phrase(zh: "⇣ 导出 \(bar) \(count) Esc 取消", en: "⇣ Export \(bar) \(count) Esc cancels")
    }
}
