/// One changed cell for the painter. Continuation cells appear so the painter knows a wide glyph covers
/// them; it must skip painting them.
public struct CellUpdate: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var cell: Cell

    public init(x: Int, y: Int, cell: Cell) {
        self.x = x
        self.y = y
        self.cell = cell
    }
}
