/// The choices that make display width depend on the user's terminal rather than on Unicode alone.
/// Passed by value (usually carried by the `Buffer`) so there is no global setting to get out of sync.
public struct WidthPolicy: Hashable, Sendable {
    /// East Asian Ambiguous characters (`…`, `─`, `①`, `“`) are one cell in most terminals but two in
    /// terminals configured for CJK; the user picks, since nothing can detect it reliably.
    public enum Ambiguous: Hashable, Sendable {
        case narrow
        case wide
    }

    public var ambiguous: Ambiguous
    /// Appended when text is cut short; its own width is always counted.
    public var ellipsis: Character

    public init(ambiguous: Ambiguous = .narrow, ellipsis: Character = "…") {
        self.ambiguous = ambiguous
        self.ellipsis = ellipsis
    }

    /// Ambiguous narrow, `…` ellipsis: what most terminals do.
    public static let `default` = WidthPolicy()
    /// For terminals that draw ambiguous characters double width.
    public static let ambiguousWide = WidthPolicy(ambiguous: .wide)

    /// Line-drawing and marker glyphs to use: box drawing is East Asian Ambiguous, so a terminal that draws
    /// ambiguous characters wide gets ASCII instead of broken frames.
    public var symbols: Symbols { ambiguous == .wide ? .ascii : .unicode }
}
