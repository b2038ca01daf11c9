/// One terminal cell. A wide grapheme occupies its cell and the next one, which is marked `isContinuation`
/// and must not be painted: the terminal fills it when drawing the wide glyph.
public struct Cell: Hashable, Sendable {
    /// Exactly one grapheme; a space when blank, and a space (ignored) in a continuation cell.
    public var grapheme: Character
    public var role: StyleRole
    public var emphasis: Emphasis
    public var isContinuation: Bool

    public init(_ grapheme: Character = " ", role: StyleRole = .app, emphasis: Emphasis = [],
                isContinuation: Bool = false) {
        self.grapheme = grapheme
        self.role = role
        self.emphasis = emphasis
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}
