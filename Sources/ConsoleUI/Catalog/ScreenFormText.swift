import Localization

/// The forms' own words as the screens draw them: the deliver form's labels, placeholders and key lines, and
/// the text forms' placeholders and checkbox. What a form asks and refuses is the actions' (`ActionText`).
enum ScreenFormText {
    static let deliverTitle = Phrase(zh: "确认完成(交付)", en: "Deliver (确认完成)")
    static let submit = Phrase(zh: "提交", en: "Submit")
    static let pathLabel = Phrase(zh: "文件路径 ", en: "Path ")
    static let startLabel = Phrase(zh: "服务实际开通时间 ", en: "Service start ")
    static let pathPlaceholder = Phrase(zh: "输入路径，Tab 补全（相对于当前目录）",
                                        en: "Type a path, Tab completes (relative to the current folder)")
    static func totalSize(_ size: String) -> Phrase { Phrase(zh: " · 共 \(size)", en: " · \(size) in all") }
    static func chosenFiles(_ count: Int) -> Phrase { Phrase(zh: "已选文件 \(count)", en: "Chosen files \(count)") }
    static let pickerKeys = Phrase(zh: "Tab 补全 · ↑↓ 选择 · Enter 进入目录/添加文件 · Ctrl-N 下一项",
                                   en: "Tab completes · ↑↓ select · Enter opens a folder/adds a file · Ctrl-N next")
    static let filesKeys = Phrase(zh: "Space/t 切换类型 · x 移除 · Tab 下一项",
                                  en: "Space/t change the kind · x removes · Tab next")
    static let startTimeKeys = Phrase(zh: "本地时间 yyyy-MM-dd HH:mm，可不填 · Tab 下一项",
                                      en: "Local time yyyy-MM-dd HH:mm, optional · Tab next")
    static let buttonKeys = Phrase(zh: "Enter 执行 · ←→ 切换按钮 · Esc 取消",
                                   en: "Enter presses · ←→ other button · Esc cancels")
    static func listing(_ directory: String) -> Phrase {
        Phrase(zh: "读取 \(directory) 中…", en: "Listing \(directory)…")
    }
    static func cannotList(_ directory: String, _ error: String) -> Phrase {
        Phrase(zh: "无法读取 \(directory)：\(error)", en: "Cannot list \(directory): \(error)")
    }
    static func noMatches(_ directory: String) -> Phrase {
        Phrase(zh: "（\(directory) 中没有匹配的文件）", en: "(no matching files in \(directory))")
    }
    static let directory = Phrase(zh: "目录", en: "folder")
    static let noFiles = Phrase(zh: "  还没有选择文件", en: "  No files chosen yet")
    static let measuring = Phrase(zh: "计算中…", en: "Measuring…")

    static let waitForCustomer = Phrase(zh: "设置为待客户反馈（Ctrl-T）", en: "Wait for the customer (Ctrl-T)")
    static let rejectPlaceholder = Phrase(zh: "告诉买家需求哪里需要补充或修改（Tab 到按钮，Enter 换行）",
                                          en: "Tell the buyer what to add or change (Tab to the buttons, Enter: new line)")
    static let replyPlaceholder = Phrase(zh: "给客户的留言（Tab 切换，Enter 换行）",
                                         en: "Your message to the customer (Tab switches, Enter: new line)")
    static let causePlaceholder = Phrase(zh: "问题出现的原因", en: "What caused the problem")
    static let solutionPlaceholder = Phrase(zh: "如何解决的", en: "How it was solved")
    static let licensePlaceholder = Phrase(zh: "License内容（与文件二选一）", en: "The license text (or a file instead)")
    static let licensePathPlaceholder = Phrase(zh: "文件路径，相对路径从启动目录算起",
                                               en: "A file path, relative to where the console started")
}
