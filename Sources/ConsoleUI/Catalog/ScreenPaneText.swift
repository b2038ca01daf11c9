import Localization
import TermUI

/// The panes' own words: titles, what an empty or failed list says, the detail pane's messages, the overview's
/// and the `:problems` box's titles, and the too-small screen. Record text inside them is the presentation's.
enum ScreenPaneText {
    static let loading = Phrase(zh: "加载中…", en: "Loading…")
    static func cannotRead(_ error: String) -> Phrase {
        Phrase(zh: "无法读取：\(error)", en: "Cannot read: \(error)")
    }

    // The list pane's title parts: `订单 · 筛选「华为」 · 状态 已完成 · 创建时间 ↓`.
    static func filter(_ text: String) -> Phrase { Phrase(zh: "筛选「\(text)」", en: "filter “\(text)”") }
    static func status(_ preset: Phrase) -> Phrase { Phrase(zh: "状态 \(preset.zh)", en: "status \(preset.en)") }
    static func scope(_ line: Phrase) -> Phrase {
        Phrase(zh: "概览「\(line.zh)」Esc 清除", en: "overview “\(line.en)”, Esc clears")
    }
    static func marked(_ count: Int) -> Phrase { Phrase(zh: "已标记 \(count)", en: "\(count) marked") }
    static let markedAll = Phrase(zh: "已标记全部匹配", en: "all matching marked")

    static func filterRefused(_ error: String) -> Phrase {
        Phrase(zh: "筛选无效：\(error)", en: "Filter refused: \(error)")
    }
    static let nothingYet = Phrase(zh: "暂无记录", en: "Nothing here yet")
    static func noMatchesClear(_ key: String) -> Phrase {
        Phrase(zh: "无匹配记录，按 \(key) 清除筛选", en: "No matches; \(key) clears the filter")
    }
    static func noMatchesStatus(_ key: String) -> Phrase {
        Phrase(zh: "无匹配记录，按 \(key) 切换状态", en: "No matches; \(key) changes the status")
    }

    // The outbox pane.
    static func outboxTitle(_ preset: Phrase) -> Phrase {
        Phrase(zh: "队列 · 状态 \(preset.zh) · 最新在前", en: "Outbox · status \(preset.en) · newest first")
    }
    static func unfinished(_ count: String) -> Phrase { Phrase(zh: "未完成 \(count)", en: "\(count) open") }
    static let outboxEmpty = Phrase(zh: "队列为空：还没有操作。", en: "The outbox is empty: no actions yet.")
    static func outboxNone(_ preset: Phrase) -> Phrase {
        Phrase(zh: "没有\(preset.zh)的操作", en: "No actions with the status \(preset.en)")
    }

    // The detail pane.
    static let detail = Phrase(zh: "详情", en: "Detail")
    static func outboxItem(_ id: Int64) -> Phrase { Phrase(zh: "队列 #\(id)", en: "Outbox #\(id)") }
    static let back = Phrase(zh: "Esc 返回", en: "Esc back")
    static let linkKeys = Phrase(zh: "] 链接 Enter 打开", en: "] link Enter open")
    static let notStored = Phrase(zh: "本地没有这条记录（可能尚未同步）。",
                                  en: "This record is not in the local store (not synced yet?).")
    static let selectAction = Phrase(zh: "选择一个操作查看详情。", en: "Select an action to see its details.")
    static let noSelection = Phrase(zh: "没有选中的记录。", en: "No record selected.")

    // The `:problems` box.
    static func problemsTitle(_ count: String) -> Phrase {
        Phrase(zh: "同步问题 · \(count) 条无法解析", en: "Sync problems · \(count) records rejected")
    }
    static func problemsShown(_ count: String) -> Phrase {
        Phrase(zh: "（显示前 \(count) 条）", en: " (the first \(count) shown)")
    }
    static let problemsClose = Phrase(zh: "Esc 关闭", en: "Esc close")
    static let problemsNone = Phrase(zh: "没有无法解析的记录", en: "Every synced record was read")
    static let problemsColumns = [
        Phrase(zh: "类型", en: "Kind"), Phrase(zh: "编号", en: "Id"), Phrase(zh: "字段", en: "Field"),
        Phrase(zh: "原因", en: "Reason"),
    ]

    // The overview.
    static let overviewTitle = Phrase(zh: "概览 · 需要处理的事项", en: "Overview · what needs you")
    static let neverSynced = Phrase(zh: "尚未同步", en: "never synced")
    static func lastSync(_ time: String) -> Phrase { Phrase(zh: "上次同步 \(time)", en: "last sync \(time)") }

    /// The screen shown below the minimum size.
    static func tooSmall(required: Size, actual: Size) -> [Phrase] {
        [Phrase(zh: "终端太小", en: "Terminal too small"),
         Phrase(zh: "需要 \(required.width)x\(required.height)", en: "need \(required.width)x\(required.height)"),
         Phrase(zh: "当前 \(actual.width)x\(actual.height)", en: "now \(actual.width)x\(actual.height)")]
    }
}

extension Array where Element == Phrase {
    /// Every phrase in `language`.
    func callAsFunction(_ language: Language) -> [String] { map { $0(language) } }
}
