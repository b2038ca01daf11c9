import Localization

/// What the console says in toasts, the `:` line's errors and the quit question: each a whole sentence in
/// each language, with the seller's own input quoted back (already sanitised by the caller).
enum ScreenMessageText {
    static let noLinks = Phrase(zh: "没有可跳转的记录", en: "No links here")
    static func unknownStatus(_ name: String, choices: String) -> Phrase {
        Phrase(zh: "未知状态「\(name)」，可选：\(choices)", en: "Unknown status '\(name)'; choose one of: \(choices)")
    }
    static func unknownSortColumn(_ column: String, choices: String) -> Phrase {
        Phrase(zh: "无法按「\(column)」排序，可选：\(choices)", en: "Cannot sort by '\(column)'; choose one of: \(choices)")
    }
    static func storeError(_ message: String) -> Phrase {
        Phrase(zh: "读取本地数据失败：\(message)", en: "Could not read the local store: \(message)")
    }
    static func theme(_ name: String) -> Phrase { Phrase(zh: "主题：\(name)", en: "Theme: \(name)") }
    static func couldNotQueue(_ message: String) -> Phrase {
        Phrase(zh: "操作未能写入队列：\(message)", en: "Could not queue the action: \(message)")
    }

    // `:goto`.
    static let gotoNeedsId = Phrase(zh: ":goto 需要记录编号", en: ":goto needs a record id")
    static func gotoNone(_ id: String) -> Phrase {
        Phrase(zh: "没有编号为「\(id)」的记录", en: "No record with the id \(id)")
    }
    static func gotoAmbiguous(_ id: String, names: String) -> Phrase {
        Phrase(zh: "「\(id)」匹配多条记录，请输入更长的编号：\(names)",
               en: "\(id) matches several records; type more of the id: \(names)")
    }

    // The `:` line.
    static let emptyCommand = Phrase(zh: "空命令", en: "Empty command")
    static func unknownCommand(_ verb: String, verbs: String) -> Phrase {
        Phrase(zh: "未知命令：\(verb)（可用：\(verbs)）", en: "Unknown command: \(verb) (known: \(verbs))")
    }
    static func missingArgument(_ verb: String, _ what: Phrase) -> Phrase {
        Phrase(zh: ":\(verb) 需要\(what.zh)", en: ":\(verb) needs \(what.en)")
    }
    static let statusName = Phrase(zh: "状态名或 all", en: "a status name or all")
    static let columnName = Phrase(zh: "列名", en: "a column name")
    static let themeName = Phrase(zh: "主题名", en: "a theme name")
    static let recordId = Phrase(zh: "记录编号", en: "a record id")

    // Sync.
    static let offline = Phrase(
        zh: "离线，无法同步：请在配置中填写 ak、sk（或设置 SELLER_CONSOLE_AK、SELLER_CONSOLE_SK）后重新打开。",
        en: "Offline, cannot sync: add the keys to the profile (or set SELLER_CONSOLE_AK and SELLER_CONSOLE_SK) "
            + "and reopen.")
    static let syncRunning = Phrase(zh: "同步进行中", en: "A sync is already running")
    static func syncFailed(_ error: String) -> Phrase {
        Phrase(zh: "同步失败：\(error)", en: "Sync failed: \(error)")
    }
    static func syncFailed(_ reason: Phrase) -> Phrase {
        Phrase(zh: "同步失败：" + reason.zh, en: "Sync failed: " + reason.en)
    }
    static func syncRejected(_ count: Int) -> Phrase {
        Phrase(zh: "同步完成，\(count) 条记录无法解析", en: "Synced; \(count) records could not be read")
    }

    /// The bottom line's question when a quit would leave actions unsent.
    static func quitQuestion(unsent: Int, inFlight: Int) -> Phrase {
        Phrase(zh: "还有 \(unsent) 个操作未发送" + (inFlight > 0 ? "（\(inFlight) 个发送中）" : "")
                   + "，下次启动时会继续发送。退出？ y/n",
               en: "\(unsent) actions not sent yet" + (inFlight > 0 ? " (\(inFlight) sending)" : "")
                   + "; they are sent at the next start. Quit? y/n")
    }

    // New records (the attention feature).
    static func newFailures(_ count: Int) -> Phrase {
        Phrase(zh: "\(count) 条新的接口异常", en: "\(count) new exceptions")
    }
    static func newMessages(_ count: Int) -> Phrase {
        Phrase(zh: "\(count) 条新的客户留言", en: "\(count) new customer messages")
    }
    static func newRequirements(_ count: Int) -> Phrase {
        Phrase(zh: "\(count) 个新的待确认需求", en: "\(count) new requirements to confirm")
    }
    static func title(newRecords: Int) -> Phrase {
        Phrase(zh: "seller-console · \(newRecords) 条新待处理", en: "seller-console · \(newRecords) new to handle")
    }
    /// After an overview heading: `新 2`.
    static func newCount(_ count: String) -> Phrase { Phrase(zh: "新 \(count)", en: "\(count) new") }
    /// The first line of a new record's detail.
    static let newKey = Phrase(zh: "新", en: "New")
    static let newValue = Phrase(zh: "需要处理，此前未查看", en: "Needs you; not seen before")
}
