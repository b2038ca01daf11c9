import Localization
import Profiles

/// `info`'s labels and the words about each file, key and the language. Paths, names and modes stay as they are.
enum InfoText {
    static let profile = Phrase(zh: "配置名", en: "profile")
    static let site = Phrase(zh: "站点", en: "site")
    static let config = Phrase(zh: "配置文件", en: "config")
    static let credentials = Phrase(zh: "凭据文件", en: "credentials")
    static let keys = Phrase(zh: "密钥", en: "keys")
    static let store = Phrase(zh: "本地库", en: "store")
    static let log = Phrase(zh: "日志", en: "log")
    static let theme = Phrase(zh: "主题", en: "theme")
    static let relay = Phrase(zh: "中继", en: "relay")
    static let themeFolders = Phrase(zh: "主题目录", en: "theme folders")
    static let builtinThemes = Phrase(zh: "内置主题", en: "built-in themes")
    static let language = Phrase(zh: "语言", en: "language")

    static let notCreated = Phrase(zh: "（尚未创建）", en: " (not created yet)")
    static let noBaseURL = Phrase(zh: "（没有 base_url）", en: " (no base_url)")
    static let noFolder = Phrase(zh: "（不存在）", en: " (none)")

    static func upstream(_ url: String) -> Phrase { Phrase(zh: "上游 " + url, en: "upstream " + url) }

    /// A file's state after its path (the English with its leading space, the Chinese with full-width brackets).
    static func file(_ state: ProfileReport.FileState) -> Phrase {
        switch state {
        case .missing: Phrase(zh: "（不存在）", en: " (missing)")
        case .present(let mode): Phrase(zh: "（权限 \(octal(mode))）", en: " (mode \(octal(mode)))")
        case .problem(let why): Phrase(zh: "（问题：\(why.zh)）", en: " (problem: \(why.en))")
        }
    }

    static func source(_ source: ProfileReport.KeySource) -> Phrase {
        switch source {
        case .environment: Phrase(zh: "来自环境变量", en: "from the environment")
        case .credentials: Phrase(zh: "来自凭据文件", en: "from credentials")
        case .none: Phrase(zh: "未设置", en: "not set")
        }
    }

    static func keys(access: ProfileReport.KeySource, secret: ProfileReport.KeySource,
                     production: ProfileReport.KeySource) -> Phrase {
        Phrase(zh: "AK \(source(access).zh)，SK \(source(secret).zh)，生产密钥 \(source(production).zh)",
               en: "AK \(source(access).en), SK \(source(secret).en), production key \(source(production).en)")
    }

    /// `en (from --lang)`, `zh (from LANG)`: the language and what decided it.
    static func language(_ language: Language, _ source: CommandLanguage.Source) -> Phrase {
        let why: Phrase = switch source {
        case .flag: Phrase(zh: "来自 --lang", en: "from --lang")
        case .profile: Phrase(zh: "来自配置的 lang =", en: "from the profile's lang =")
        case .environment(let variable): Phrase(zh: "来自 \(variable)", en: "from \(variable)")
        case .fallback: Phrase(zh: "默认", en: "the default")
        }
        return Phrase(zh: "\(language.rawValue)（\(why.zh)）", en: "\(language.rawValue) (\(why.en))")
    }

    static func octal(_ mode: Int) -> String { "0" + String(mode, radix: 8) }
}
