/// One `[styles]` line as written: each field either set or left to inherit (`-`), colours possibly naming
/// a palette entry. Palette names stay unresolved until the theme is built, so a theme that `extends` another
/// and redefines `$accent` recolours every role of the base that uses `$accent`.
public struct ThemeStyleRule: Hashable, Sendable {
    /// A colour in a rule: a literal, or a `$name` looked up in the (merged) palette when the theme is built.
    public enum Color: Hashable, Sendable {
        case literal(ThemeColor)
        case palette(String)
    }

    public var foreground: Color?
    public var background: Color?
    public var bold: Bool?
    public var underline: Bool?
    public var reverse: Bool?
    public var dim: Bool?
    /// Where the rule was written, for `file:line` in errors found when the theme is built.
    public var file: String
    public var line: Int

    public init(fg foreground: Color? = nil, bg background: Color? = nil, bold: Bool? = nil,
                underline: Bool? = nil, reverse: Bool? = nil, dim: Bool? = nil, file: String = "", line: Int = 0) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
        self.file = file
        self.line = line
    }

    /// This rule over the same role's rule in a base theme: fields set here win, the rest come from `base`.
    /// The location stays this rule's, since it is the one the user is editing.
    func overlaid(on base: ThemeStyleRule) -> ThemeStyleRule {
        ThemeStyleRule(fg: foreground ?? base.foreground, bg: background ?? base.background,
                       bold: bold ?? base.bold, underline: underline ?? base.underline,
                       reverse: reverse ?? base.reverse, dim: dim ?? base.dim, file: file, line: line)
    }

    /// The rule with its palette references looked up and unset fields taken from `parent`.
    func resolved(over parent: ThemeStyle, palette: [String: ThemeColor]) throws(ThemeError) -> ThemeStyle {
        ThemeStyle(fg: try color(foreground, palette: palette) ?? parent.foreground,
                   bg: try color(background, palette: palette) ?? parent.background,
                   bold: bold ?? parent.bold, underline: underline ?? parent.underline,
                   reverse: reverse ?? parent.reverse, dim: dim ?? parent.dim)
    }

    private func color(_ value: Color?, palette: [String: ThemeColor]) throws(ThemeError) -> ThemeColor? {
        switch value {
        case nil:
            return nil
        case .literal(let color)?:
            return color
        case .palette(let name)?:
            guard let color = palette[name] else {
                throw ThemeError(.undefinedPaletteName, file: file, line: line,
                                 "'$\(name)' is not defined in [palette]")
            }
            return color
        }
    }
}
