import Localization
import TermUI

/// Builds the list tables' columns in one language: the title from a `Phrase`, and for a fixed column the width
/// that language needs (its title and its longest value), so the layouts in `ListPresentation` read as one
/// table for both languages.
struct ListColumnTitles {
    let language: Language

    /// KooGallery order ids are 17 characters (CS + yyMMddHHmm + 5); longer ones get a little more room.
    var orderId: TableColumn { flexible(RecordField.orderId, min: 17, max: 24, flex: 1) }
    var customer: TableColumn { flexible(RecordField.customerName, min: 8, max: 24, flex: 2) }

    func flexible(_ title: Phrase, min: Int, max: Int? = nil, flex: Int,
                  alignment: Alignment = .left) -> TableColumn {
        TableColumn(title.text(language), min: min, max: max, flex: flex, alignment: alignment)
    }

    /// A fixed column as wide in both languages.
    func fixed(_ title: Phrase, _ width: Int, alignment: Alignment = .left) -> TableColumn {
        TableColumn.fixed(title.text(language), width, alignment: alignment)
    }

    /// A fixed column whose width depends on the language's words.
    func fixed(_ title: Phrase, zh: Int, en: Int, alignment: Alignment = .left) -> TableColumn {
        TableColumn.fixed(title.text(language), language == .zh ? zh : en, alignment: alignment)
    }

    /// `LocalTimeFormat.compact` is at most 11 cells. A column a list opens sorted by keeps its whole title
    /// beside the sort marker.
    func time(_ title: Phrase, sortedByDefault: Bool = false) -> TableColumn {
        let text = title.text(language)
        let titleWidth = DisplayWidth.width(of: text) + (sortedByDefault ? ListPresentation.sortMarkerWidth : 0)
        return TableColumn.fixed(text, max(11, titleWidth))
    }
}
