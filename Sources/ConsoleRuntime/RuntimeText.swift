import Localization

/// The runtime's own warnings, shown as toasts at start-up (a theme that did not load, a bad `[console]` line),
/// in the console's language. The file's names and values are quoted as written.
enum RuntimeText {
    static func monochromeInstead(_ theme: String) -> Phrase {
        Phrase(zh: "NO_COLOR/--no-color：使用单色主题，而不是 \(theme)",
               en: "NO_COLOR/--no-color: using the monochrome theme instead of \(theme)")
    }
    static func themeNotLoaded(_ theme: String, _ message: String) -> Phrase {
        Phrase(zh: "主题「\(theme)」无法加载，已使用内置主题：\(message)",
               en: "Theme '\(theme)' not loaded, using the built-in one: \(message)")
    }
    static func unknownConsoleKey(_ key: String, valid: String) -> Phrase {
        Phrase(zh: "配置 [console]：未知设置 \"\(key)\"，可用：\(valid)",
               en: "config [console]: unknown key \"\(key)\"; valid: \(valid)")
    }
    static func onOrOff(_ key: String, got value: String) -> Phrase {
        Phrase(zh: "配置 [console]：\(key) 应为 on 或 off（现为 \"\(value)\"）",
               en: "config [console]: \(key) must be on or off (got \"\(value)\")")
    }
}
