import CursesTerminal
import Localization

/// The runtime's own warnings, shown as toasts at start-up (a theme that did not load, a bad `[console]` line),
/// in the console's language. The file's names and values are quoted as written.
enum RuntimeText {
    static func monochromeInstead(_ theme: String) -> Phrase {
        Phrase(zh: "NO_COLOR/--no-color：使用单色主题，而不是 \(theme)",
               en: "NO_COLOR/--no-color: using the monochrome theme instead of \(theme)")
    }
    static func unknownConsoleKey(_ key: String, valid: String) -> Phrase {
        Phrase(zh: "配置 [console]：未知设置 \"\(key)\"，可用：\(valid)",
               en: "config [console]: unknown key \"\(key)\"; valid: \(valid)")
    }
    /// The terminal's locale was not UTF-8 (`CursesTerminal.localeNotice`).
    static func locale(_ notice: LocaleNotice) -> Phrase {
        if let fallback = notice.fallback {
            return Phrase(zh: "字符集 \(notice.codeset) 不是 UTF-8，已改用 \(fallback) 显示中文；"
                              + "设置 LANG=\(fallback)（或 zh_CN.UTF-8）即不再提示。",
                          en: notice.description)
        }
        return Phrase(zh: "字符集 \(notice.codeset) 不是 UTF-8，本机也没有 C.UTF-8 等 UTF-8 区域设置，中文显示为 ?。"
                          + "请安装一个（如 locales 包）并设置 LANG=zh_CN.UTF-8。",
                      en: notice.description)
    }
    static func onOrOff(_ key: String, got value: String) -> Phrase {
        Phrase(zh: "配置 [console]：\(key) 应为 on 或 off（现为 \"\(value)\"）",
               en: "config [console]: \(key) must be on or off (got \"\(value)\")")
    }
}
