import Localization

/// The deliver form's and its file picker's words, and why a chosen file cannot be delivered.
public enum ActionDeliverText {
    public static let pathLabel = Phrase(zh: "文件路径 ", en: "File path ")
    public static let startLabel = Phrase(zh: "服务实际开通时间 ", en: "Service started ")
    public static let pathPlaceholder = Phrase(zh: "输入路径，Tab 补全（相对于当前目录）",
                                               en: "Type a path; Tab completes (from the current folder)")
    public static let startTimePlaceholder = Phrase(zh: "yyyy-MM-dd HH:mm（可选）", en: "yyyy-MM-dd HH:mm (optional)")
    /// `已选文件 2 · 共 1.2 MB` / `Chosen files: 2 · 1.2 MB in all`.
    public static func chosen(_ count: Int, total: String?) -> Phrase {
        Phrase(zh: "已选文件 \(count)" + (total.map { " · 共 " + $0 } ?? ""),
               en: "Chosen files: \(count)" + (total.map { " · " + $0 + " in all" } ?? ""))
    }
    public static let pickerHint = Phrase(zh: "Tab 补全 · ↑↓ 选择 · Enter 进入目录/添加文件 · Ctrl-N 下一项",
                                          en: "Tab completes · ↑↓ choose · Enter opens a folder or adds a "
                                              + "file · Ctrl-N next")
    public static let filesHint = Phrase(zh: "Space/t 切换类型 · x 移除 · Tab 下一项",
                                         en: "Space/t changes the kind · x removes · Tab next")
    public static let startTimeHint = Phrase(zh: "本地时间 yyyy-MM-dd HH:mm，可不填 · Tab 下一项",
                                             en: "Local time yyyy-MM-dd HH:mm, optional · Tab next")
    public static let buttonsHint = Phrase(zh: "Enter 执行 · ←→ 切换按钮 · Esc 取消",
                                           en: "Enter runs it · ←→ switch buttons · Esc cancels")
    public static func listing(_ directory: String) -> Phrase {
        Phrase(zh: "读取 \(directory) 中…", en: "Listing \(directory)…")
    }
    public static func cannotList(_ directory: String, _ error: String) -> Phrase {
        Phrase(zh: "无法读取 \(directory)：" + error, en: "Cannot read \(directory): " + error)
    }
    public static func noMatches(_ directory: String) -> Phrase {
        Phrase(zh: "（\(directory) 中没有匹配的文件）", en: "(no matching files in \(directory))")
    }
    public static let folder = Phrase(zh: "目录", en: "folder")
    public static let noFilesYet = Phrase(zh: "还没有选择文件", en: "No files yet")
    public static let measuringFile = Phrase(zh: "计算中…", en: "Measuring…")
    public static func alreadyChosen(_ name: String) -> Phrase {
        Phrase(zh: "已选择该文件：" + name, en: "Already chosen: " + name)
    }
    public static func cannotDeliver(_ name: String, _ reason: Phrase) -> Phrase {
        Phrase(zh: "不能交付 \(name)：" + reason.zh, en: "Cannot deliver \(name): " + reason.en)
    }

    public static let all: [Phrase] = [
        pathLabel, startLabel, pathPlaceholder, startTimePlaceholder, chosen(2, total: "1 MB"), pickerHint, filesHint,
        startTimeHint, buttonsHint, listing("./docs/"), cannotList("./docs/", "x"), noMatches("./docs/"), folder,
        noFilesYet, measuringFile, alreadyChosen("a.pdf"), cannotDeliver("a.pdf", FileRefusal.missing.phrase),
    ] + FileRefusal.examples.map(\.phrase)
}

extension FileRefusal {
    /// Why, in both languages (the console shows it; `description` stays as the command line prints it).
    public var phrase: Phrase {
        switch self {
        case .missing: Phrase(zh: "文件不存在", en: "No such file.")
        case .permissionDenied: Phrase(zh: "无法读取（权限？）", en: "Cannot read it (permissions?).")
        case .directory: Phrase(zh: "这是一个目录，只能交付文件", en: "It is a directory; only regular files can be delivered.")
        case .special(let kind):
            Phrase(zh: "只能交付普通文件，这是" + kind.phrase.zh,
                   en: "Only regular files can be delivered; this is " + kind.phrase.en + ".")
        case .replaced: Phrase(zh: "文件刚被替换，请重新选择", en: "The file was replaced while it was opened; choose it again.")
        case .readFailed(let reason): Phrase(zh: "读取失败", en: "Reading failed: " + reason)
        }
    }

    /// One of each case, for the whole-language tests.
    static let examples: [FileRefusal] = [
        .missing, .permissionDenied, .directory, .special(.fifo), .special(.characterDevice), .special(.blockDevice),
        .special(.socket), .special(.other), .replaced, .readFailed("Input/output error"),
    ]
}

extension FileRefusal.Special {
    var phrase: Phrase {
        switch self {
        case .fifo: Phrase(zh: "命名管道", en: "a FIFO (named pipe)")
        case .characterDevice: Phrase(zh: "字符设备", en: "a character device")
        case .blockDevice: Phrase(zh: "块设备", en: "a block device")
        case .socket: Phrase(zh: "套接字", en: "a socket")
        case .other: Phrase(zh: "特殊文件", en: "a special file")
        }
    }
}
