/// One user-facing sentence (or label) in both languages, side by side. The console's catalogs are written as
/// `Phrase` values, so a missing translation is a compile error rather than a key that shows up on screen, and a
/// translator reads each sentence beside its counterpart. Each side is a whole sentence in its own language: the
/// English may name a Chinese marketplace term as a label, never the other way round.
public struct Phrase: Hashable, Sendable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// A phrase that reads the same in both languages: an id, a number, a file name.
    public init(verbatim text: String) {
        zh = text
        en = text
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .zh: zh
        case .en: en
        }
    }

    public func callAsFunction(_ language: Language) -> String { text(language) }

    /// Both sides changed the same way (sanitising, trimming, quoting).
    public func map(_ transform: (String) -> String) -> Phrase {
        Phrase(zh: transform(zh), en: transform(en))
    }

    /// Joins phrases per language: Chinese sentences run together, English ones take `englishSeparator`.
    public static func joined(_ phrases: [Phrase], chineseSeparator: String = "", englishSeparator: String = " ")
        -> Phrase {
        Phrase(zh: phrases.map(\.zh).joined(separator: chineseSeparator),
               en: phrases.map(\.en).joined(separator: englishSeparator))
    }
}
