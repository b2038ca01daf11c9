import ListContract
import Localization
import TermUI

extension ListPresentation {
    /// The gutter's mark of a record new to the seller: a word, not a colour, so it reads on any theme.
    public static let newBadge = Phrase(zh: "新", en: "N")
    /// The same in a list with marks, where the gutter has one cell left.
    public static let newBadgeNarrow = "•"

    /// The outbox's badge when there is one (what the seller did matters more), else the new mark.
    static func rowBadge(_ row: ListRow, marked: Bool, language: Language) -> (text: String, role: StyleRole) {
        let badge = actionBadge(row.pendingMark)
        guard badge.text.isEmpty, row.isNew else { return badge }
        return (marked ? newBadgeNarrow : newBadge(language), .statusPending)
    }
}

extension DetailDocument {
    /// The document with a first line saying the record is new, when it is.
    func markedNew(_ isNew: Bool, language: Language) -> DetailDocument {
        guard isNew else { return self }
        var marked = self
        marked.lines.insert(.field(key: ScreenMessageText.newKey(language), value: ScreenMessageText.newValue(language),
                                   role: .statusPending), at: 0)
        return marked
    }
}
