import Localization

/// A value with a label in each of the console's languages: the Chinese one KooGallery's Seller Center uses and
/// an English one for the international site. One protocol, so every enum gives its `Phrase` the same way and a
/// screen never has to know which enum it is showing.
public protocol PhraseLabeled {
    /// The label KooGallery's Chinese pages use (e.g. 处理中).
    var label: String { get }
    /// The same label in English (e.g. Processing); short enough for the list column the Chinese one fits.
    var englishLabel: String { get }
}

extension PhraseLabeled {
    /// Both labels side by side.
    public var phrase: Phrase { Phrase(zh: label, en: englishLabel) }

    /// The label in `language`.
    public func label(_ language: Language) -> String { phrase.text(language) }
}

/// An enum whose raw value is KooGallery's wire spelling and which has the Chinese label a seller sees in the
/// web Seller Center. Lists, filters and the simulator all use these two spellings and nothing else; the English
/// label is for the console's English screens only.
public protocol LabeledEnum: PhraseLabeled, RawRepresentable, CaseIterable, Hashable, Sendable
    where RawValue == String {}
