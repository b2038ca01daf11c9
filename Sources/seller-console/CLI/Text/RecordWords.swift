import ListContract
import Localization
import SellerCore

/// The marketplace's words for a record's status, type and the like, in both languages: SellerCore's labels
/// (`PhraseLabeled`), the same words the console's columns and details use, so the two never disagree.
enum RecordWords {
    static func phrase<Value: LabeledEnum>(_ value: Value) -> Phrase { value.phrase }

    /// A stored value: its words when this build knows it, else the stored spelling in both languages.
    static func phrase<Value: LabeledEnum>(_ value: StoredValue<Value>) -> Phrase {
        value.known.map { phrase($0) } ?? Phrase(verbatim: value.rawValue)
    }

    /// The words of every case, for a column as wide as its widest label.
    static func all<Value: LabeledEnum>(_ type: Value.Type, in language: Language) -> [String] {
        Value.allCases.map { phrase($0)(language) }
    }
}
