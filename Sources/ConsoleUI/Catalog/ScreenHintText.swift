import Localization

/// The bottom line's words: the key hints' short labels, the prompts' placeholders, the sync state and the
/// relay's figures. Short on purpose: eight hints and the sync state share 80 columns in either language.
enum ScreenHintText {
    /// A command's label beside its key in the status bar; nil for commands that never show there.
    static func label(_ command: Command) -> Phrase? {
        switch command {
        case .open: Phrase(zh: "详情", en: "open")
        case .back: Phrase(zh: "返回", en: "back")
        case .nextLink: Phrase(zh: "链接", en: "link")
        case .filter: Phrase(zh: "筛选", en: "filter")
        case .quickFilter: Phrase(zh: "状态", en: "status")
        case .sortNext: Phrase(zh: "排序", en: "sort")
        case .sync: Phrase(zh: "同步", en: "sync")
        case .commandLine: Phrase(zh: "命令", en: "cmd")
        case .help: Phrase(zh: "帮助", en: "help")
        case .quit: Phrase(zh: "退出", en: "quit")
        case .mark: Phrase(zh: "标记", en: "mark")
        case .markAll: Phrase(zh: "全选", en: "all")
        case .restart: Phrase(zh: "重启", en: "restart")
        case .confirmRequirement: Phrase(zh: "确认", en: "confirm")
        case .rejectRequirement: Phrase(zh: "驳回", en: "reject")
        case .deliver: Phrase(zh: "交付", en: "deliver")
        case .acceptTicket: Phrase(zh: "受理", en: "accept")
        case .replyTicket: Phrase(zh: "留言", en: "reply")
        case .resolveTicket: Phrase(zh: "解决", en: "resolve")
        case .discard: Phrase(zh: "放弃", en: "discard")
        case .replay: Phrase(zh: "重放", en: "replay")
        case .deliverLicense: Phrase(verbatim: "License")
        default: nil
        }
    }

    /// Enter on the overview opens a list rather than a detail.
    static let openLine = Phrase(zh: "打开", en: "open")
    /// `R` on the outbox resends rather than restarts.
    static let resend = Phrase(zh: "重发", en: "resend")
    static let readOnly = Phrase(zh: "只读", en: "read-only")
    static let moveDown = Phrase(zh: "下移", en: "down")
    static let moveUp = Phrase(zh: "上移", en: "up")
    static let close = Phrase(zh: "关闭", en: "close")

    // A dialog's keys.
    static let switchButton = Phrase(zh: "切换", en: "switch")
    static let accept = Phrase(zh: "确定", en: "OK")
    static let cancel = Phrase(zh: "取消", en: "cancel")
    static let nextField = Phrase(zh: "下一项", en: "next")
    static let newlineOrAccept = Phrase(zh: "换行/确定", en: "newline/OK")
    static let waitForCustomer = Phrase(zh: "待客户反馈", en: "wait for customer")
    static let completeOrNext = Phrase(zh: "补全/下一项", en: "complete/next")
    static let openOrAdd = Phrase(zh: "进入/添加", en: "open/add")

    static let filterPlaceholder = Phrase(zh: "筛选：空格分隔多个词", en: "Filter: terms separated by spaces")
    static let commandPlaceholder = Phrase(zh: "命令（Tab 补全）", en: "Command (Tab completes)")

    // The sync state at the right of the status bar.
    static let offline = Phrase(zh: "本地数据", en: "offline")
    static let syncing = Phrase(zh: "同步中", en: "syncing")
    /// A first sync has stored all of a kind's pages and builds its indexes (half a minute at a million orders).
    static func syncIndexing(_ what: Phrase) -> Phrase {
        Phrase(zh: "同步中 \(what.zh) 建立索引", en: "syncing \(what.en): building indexes")
    }
    static func syncing(_ what: Phrase, _ count: String) -> Phrase {
        Phrase(zh: "同步中 \(what.zh) \(count)", en: "syncing \(what.en) \(count)")
    }
    static let notSynced = Phrase(zh: "未同步", en: "not synced")
    static func syncFailed(_ time: String) -> Phrase { Phrase(zh: "同步失败 \(time)", en: "sync failed \(time)") }
    static func synced(_ time: String) -> Phrase { Phrase(zh: "已同步 \(time)", en: "synced \(time)") }

    /// `⚠ 3 条无法解析 :problems`: records the sync could not decode are never silent.
    static func problems(_ count: String) -> Phrase {
        Phrase(zh: "⚠ \(count) 条无法解析 :problems", en: "⚠ \(count) rejected :problems")
    }

    /// The relay's last minute: calls a minute, failures, the last call's time and lost journal writes; `compact`
    /// leaves the hints room on 80 columns.
    static func relay(calls: String, failures: String?, last: String?, lost: String?, compact: Bool) -> Phrase {
        var zh = compact ? "中继\(calls)/分" : "中继 \(calls)次/分"
        var en = compact ? "relay \(calls)/min" : "relay \(calls) calls/min"
        if let failures {
            zh += " 失败\(failures)"
            en += " \(failures) failed"
        }
        if let last {
            zh += (compact ? " " : " 最近") + last
            en += (compact ? " " : " last ") + last
        }
        if let lost {
            zh += (compact ? " 丢失" : " 丢失写入") + lost
            en += (compact ? " lost " : " lost writes ") + lost
        }
        return Phrase(zh: zh, en: en)
    }
}
