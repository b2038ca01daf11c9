import Localization
import SellerCore

/// The reasons a profile cannot be used, in both languages: the errors a seller meets first (no keys yet, a
/// credentials file others can read, a typo in the config). File names, keys and values stay as written.
enum ProfileText {
    static func noBaseURL(_ profile: String) -> Phrase {
        Phrase(zh: "配置 \(profile) 没有 base_url（site local 必须设置）",
               en: "profile \(profile) has no base_url (site local needs one)")
    }

    static func noKeys(_ profile: String, credentials: String) -> Phrase {
        Phrase(zh: "配置 \(profile) 没有访问密钥：请设置 SELLER_CONSOLE_AK 和 SELLER_CONSOLE_SK，"
                   + "或在 \(credentials) 的 [\(profile)] 下填写 ak/sk",
               en: "no access key for profile \(profile): set SELLER_CONSOLE_AK and SELLER_CONSOLE_SK, "
                   + "or add ak/sk under [\(profile)] in \(credentials)")
    }

    static func noSection(_ profile: String, config: String) -> Phrase {
        Phrase(zh: "\(config) 中没有 [profile \(profile)]", en: "no [profile \(profile)] in \(config)")
    }

    static func cannotRead(_ path: String) -> Phrase {
        Phrase(zh: "无法读取 \(path)", en: "cannot read \(path)")
    }

    static func tooOpen(_ path: String, mode: Int) -> Phrase {
        let octal = String(mode, radix: 8)
        return Phrase(zh: "\(path) 其他用户也能访问（权限 \(octal)）；请运行：chmod 600 \(path)",
                      en: "\(path) is accessible by others (mode \(octal)); run: chmod 600 \(path)")
    }

    static func unknownSite(_ text: String) -> Phrase {
        let valid = Site.allCases.map { "\($0.rawValue) (\($0.label))" }.joined(separator: ", ")
        return Phrase(zh: "未知的 site \"\(text)\"；可用的值：\(valid)", en: "unknown site \"\(text)\"; valid: \(valid)")
    }

    static func unknownLanguage(_ text: String) -> Phrase {
        Phrase(zh: "未知的 lang \"\(text)\"；可用的值：\(Language.choices)",
               en: "unknown lang \"\(text)\"; valid: \(Language.choices)")
    }

    static func badRefresh(_ text: String, range: ClosedRange<Int>) -> Phrase {
        Phrase(zh: "refresh_seconds 须为 0（不在后台同步）或 \(range.lowerBound) 到 \(range.upperBound) 之间的整数"
                   + "（实际为 \"\(text)\"）",
               en: "refresh_seconds must be 0 (no background sync) or a whole number from \(range.lowerBound) to "
                   + "\(range.upperBound) (got \"\(text)\")")
    }

    /// `key` is nil when it must not be shown (a mangled credentials line may hold the secret in its "key").
    static func unknownKey(_ key: String?, section: String, valid: [String]) -> Phrase {
        let list = valid.joined(separator: ", ")
        return Phrase(zh: (key.map { "未知的键 \"\($0)\"" } ?? "未知的键") + "（[\(section)] 中）；可用的键：\(list)",
                      en: (key.map { "unknown key \"\($0)\"" } ?? "unknown key") + " in [\(section)]; valid: \(list)")
    }

    // MARK: - Reading a file

    static func notRegularFile(_ path: String) -> Phrase {
        Phrase(zh: "\(path)：不是普通文件", en: "\(path): not a regular file")
    }

    static func tooLarge(_ path: String, kilobytes: Int) -> Phrase {
        Phrase(zh: "\(path)：超过 \(kilobytes) KiB，不是配置文件", en: "\(path): larger than \(kilobytes) KiB, not a config file")
    }

    static func unreadableFile(_ path: String) -> Phrase {
        Phrase(zh: "\(path)：无法读取", en: "\(path): cannot read")
    }

    static func unclosedSection(_ location: String) -> Phrase {
        Phrase(zh: "\(location)：[section] 缺少右括号", en: "\(location): unclosed [section]")
    }

    static func expectedKeyValue(_ location: String) -> Phrase {
        Phrase(zh: "\(location)：应为 key = value", en: "\(location): expected key = value")
    }
}
