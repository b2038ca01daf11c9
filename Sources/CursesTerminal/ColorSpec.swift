/// How one `StyleRole` looks: colours plus attributes. Attributes are kept on monochrome terminals, so a
/// theme that marks state with bold/underline/reverse (never colour alone) stays readable there.
public struct ColorSpec: Hashable, Sendable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool

    public init(fg foreground: TerminalColor = .default, bg background: TerminalColor = .default,
                bold: Bool = false, underline: Bool = false, reverse: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }

    /// The terminal's colours, no attributes.
    public static let plain = ColorSpec()
}
