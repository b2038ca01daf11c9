/// One cell as ncurses holds it, read back after a paint: proof that what reached curses is what the
/// `Buffer` said (headless tests, ARCHITECTURE §10).
public struct ScreenCell: Hashable, Sendable {
    /// The cell's characters (a wide character is reported at its first column).
    public var text: String
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool
    /// The ncurses colour pair and its colours (-1 is the terminal default).
    public var pair: Int
    public var foreground: Int
    public var background: Int

    public init(text: String, bold: Bool = false, underline: Bool = false, reverse: Bool = false,
                dim: Bool = false, pair: Int = 0, foreground: Int = -1, background: Int = -1) {
        self.text = text
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
        self.pair = pair
        self.foreground = foreground
        self.background = background
    }
}
