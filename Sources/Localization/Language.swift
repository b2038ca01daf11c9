/// The console's two languages. Chinese is the marketplace's own and stays the default; English serves sellers
/// on the international site and their staff. Every user-facing sentence exists in both (see `Phrase`).
public enum Language: String, CaseIterable, Hashable, Sendable {
    case zh, en

    /// What `--lang` and `lang =` accept, for error messages and completion.
    public static let choices = "zh, en"

    /// `zh`, `zh-CN`, `zh_CN.UTF-8`, `en`, `en_US.UTF-8`, `EN`: the language part of a flag, a config value or a
    /// POSIX locale name. Nil for anything else, so a typo in `--lang` or `lang =` is an error, never a guess.
    public init?(tag: String) {
        let code = tag.lowercased().prefix { $0.isLetter }
        switch code {
        case "zh": self = .zh
        case "en": self = .en
        default: return nil
        }
    }

    /// The language the process environment asks for, by POSIX precedence: `LC_ALL`, then `LC_MESSAGES`, then
    /// `LANG`; the first that is set and not empty decides. A Chinese locale gives Chinese; any other named
    /// language gives English (the international site's common language); `C`, `POSIX` or nothing keeps Chinese,
    /// the marketplace's language, since a bare server locale says nothing about the person at the keyboard.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            let code = value.lowercased().prefix { $0.isLetter }
            if code.isEmpty || code == "c" || code == "posix" { return .zh }
            return Language(tag: value) ?? .en
        }
        return .zh
    }

    /// `--lang` first, then the profile's `lang =`, then the environment. Both explicit values were checked
    /// where they were read.
    public static func resolve(flag: Language?, profile: Language?, environment: [String: String]) -> Language {
        flag ?? profile ?? fromEnvironment(environment)
    }
}
