import ListContract
import TermUI

extension ListPresentation {
    /// The gutter's mark of a record new to the seller: a word, not a colour, so it reads on any theme.
    public static let newBadge = "新"
    /// The same in a list with marks, where the gutter has one cell left.
    public static let newBadgeNarrow = "•"

    /// The outbox's badge when there is one (what the seller did matters more), else the new mark.
    static func rowBadge(_ row: ListRow, marked: Bool) -> (text: String, role: StyleRole) {
        let badge = actionBadge(row.pendingMark)
        guard badge.text.isEmpty, row.isNew else { return badge }
        return (marked ? newBadgeNarrow : newBadge, .statusPending)
    }
}

extension DetailDocument {
    /// The document with a first line saying the record is new, when it is.
    func markedNew(_ isNew: Bool) -> DetailDocument {
        guard isNew else { return self }
        var marked = self
        marked.lines.insert(.field(key: "新 New", value: "需要处理，此前未查看",
                                   role: .statusPending), at: 0)
        return marked
    }
}
