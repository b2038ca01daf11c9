import Localization

/// The words of saved views and remembered state, in both languages.
public enum ViewText {
    static func badSection(_ name: String, at location: String, _ reason: Phrase) -> Phrase {
        Phrase(zh: "\(location)：视图「\(name)」未载入：\(reason.zh)",
               en: "\(location): view \"\(name)\" was not loaded: \(reason.en)")
    }

    static func duplicate(_ name: String, at location: String) -> Phrase {
        Phrase(zh: "\(location)：视图「\(name)」重复，只用第一个。",
               en: "\(location): view \"\(name)\" is defined twice; the first one is used.")
    }

    static func unknownKey(_ key: String) -> Phrase {
        Phrase(zh: "未知设置「\(key)」（可用 tab、filter、status、sort、desc）。",
               en: "unknown key \"\(key)\" (valid: tab, filter, status, sort, desc).")
    }

    static let missingTab = Phrase(zh: "缺少 tab = 设置。", en: "it has no tab = line.")

    static func unknownTab(_ tab: String) -> Phrase {
        Phrase(zh: "「\(tab)」不是列表标签页（可用 orders、instances、exceptions、supervision、tickets、calls）。",
               en: "\"\(tab)\" is not a list tab (valid: orders, instances, exceptions, supervision, tickets, calls).")
    }

    static func unknownStatus(_ status: String, _ names: [String]) -> Phrase {
        let list = names.joined(separator: ", ")
        return Phrase(zh: "此标签页没有状态「\(status)」（可用 \(list)）。",
                      en: "this tab has no status \"\(status)\" (valid: \(list)).")
    }

    static func unknownSort(_ sort: String, _ names: [String]) -> Phrase {
        let list = names.joined(separator: ", ")
        return Phrase(zh: "此标签页不能按「\(sort)」排序（可用 \(list)）。",
                      en: "this tab cannot sort by \"\(sort)\" (valid: \(list)).")
    }

    static func badFlag(_ value: String) -> Phrase {
        Phrase(zh: "desc 应为 yes 或 no，而不是「\(value)」。", en: "desc must be yes or no, not \"\(value)\".")
    }

    static let noViews = Phrase(zh: "没有保存的视图；在配置文件中加入 [view 名称] 小节（tab、filter、status、sort、desc）。",
                                en: "No saved views; add a [view NAME] section to the config file (tab, filter, status, sort, desc).")

    static func unknownView(_ name: String, _ names: [String]) -> Phrase {
        let list = names.isEmpty ? "—" : names.joined(separator: ", ")
        return Phrase(zh: "没有名为「\(name)」的视图（已有：\(list)）。",
                      en: "There is no view named \"\(name)\" (saved: \(list)).")
    }

    static func opened(_ name: String) -> Phrase {
        Phrase(zh: "视图：\(name)", en: "View: \(name)")
    }

    static let chooserTitle = Phrase(zh: "保存的视图", en: "Saved views")
    static let chooserHint = Phrase(zh: "Enter 打开  Esc 关闭", en: "Enter opens  Esc closes")

    public static func brokenMemory(_ path: String, _ reason: String) -> Phrase {
        Phrase(zh: "上次的界面状态未恢复（\(path)：\(reason)）；退出时会重写它。",
               en: "The last session's state was not restored (\(path): \(reason)); it is rewritten at quit.")
    }

    public static func foreignMemory(_ path: String, _ profile: String) -> Phrase {
        Phrase(zh: "\(path) 属于配置「\(profile)」，未恢复；退出时会重写它。",
               en: "\(path) belongs to profile \"\(profile)\" and was not restored; it is rewritten at quit.")
    }

    public static func memoryNotSaved(_ path: String, _ reason: String) -> Phrase {
        Phrase(zh: "界面状态未能保存到 \(path)：\(reason)", en: "Could not save the console state to \(path): \(reason)")
    }
}
