/// A table column: a title plus how it shares the width. Sizing depends only on these numbers, never on
/// the rows, so columns do not jump while scrolling through a million rows.
public struct TableColumn: Hashable, Sendable {
    public var title: String
    /// Cells the column gets before any flex space is handed out.
    public var minWidth: Int
    /// Upper bound when growing; nil means unbounded.
    public var maxWidth: Int?
    /// Weight for sharing leftover width; 0 keeps the column at `minWidth`.
    public var flex: Int
    public var alignment: Alignment

    public init(_ title: String, min: Int, max: Int? = nil, flex: Int = 0, alignment: Alignment = .left) {
        self.title = title
        self.minWidth = Swift.max(0, min)
        self.maxWidth = max.map { Swift.max($0, Swift.max(0, min)) }
        self.flex = Swift.max(0, flex)
        self.alignment = alignment
    }

    /// A column of exactly `width` cells.
    public static func fixed(_ title: String, _ width: Int, alignment: Alignment = .left) -> TableColumn {
        TableColumn(title, min: width, max: width, alignment: alignment)
    }
}
