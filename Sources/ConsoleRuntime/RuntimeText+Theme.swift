import Localization
import TermUI

/// A theme file's problems in the console's language. The parser's messages are English (the theme files'
/// own terms and the log); the Chinese names the place and the kind of problem in a sentence of its own.
extension RuntimeText {
    static func themeNotLoaded(_ theme: String, _ error: ThemeError) -> Phrase {
        Phrase(zh: "主题「\(theme)」无法加载，已使用内置主题：\(place(error.file, error.line))" + chinese(error.kind),
               en: "Theme '\(theme)' not loaded, using the built-in one: \(error.description)")
    }

    static func themeWarning(_ warning: ThemeWarning) -> Phrase {
        Phrase(zh: "\(place(warning.file, warning.line))主题文件中有一个未知或重复的设置，已忽略或以后者为准",
               en: warning.description)
    }

    private static func place(_ file: String, _ line: Int?) -> String {
        line.map { "\(file):\($0)：" } ?? "\(file)："
    }

    private static func chinese(_ kind: ThemeError.Kind) -> String {
        switch kind {
        case .syntax: "语法错误"
        case .unclosedSection: "节没有闭合"
        case .unknownColor: "未知的颜色"
        case .unknownAttribute: "未知的文字属性"
        case .undefinedPaletteName: "调色板中没有这个名称"
        case .badValue: "取值无效"
        case .extendsLoop: "extends 形成了循环"
        case .notFound: "找不到这个主题"
        case .unreadable: "无法读取主题文件"
        }
    }
}
