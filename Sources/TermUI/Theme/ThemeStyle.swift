/// How one role looks once its theme and its parent roles have been applied: every field decided, so the
/// terminal layer can turn it into a colour pair and attribute bits without knowing about inheritance.
public struct ThemeStyle: Hashable, Sendable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool

    public init(fg foreground: ThemeColor = .default, bg background: ThemeColor = .default,
                bold: Bool = false, underline: Bool = false, reverse: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }

    /// The terminal's colours and no attributes: what `app` starts from before the theme says anything.
    public static let plain = ThemeStyle()

    /// True when either colour is something other than the terminal's own (monochrome themes have none).
    public var hasColor: Bool { foreground != .default || background != .default }

    /// The attributes as one comparable value, so tests can check that states differ without colour.
    public var attributes: Emphasis {
        var set: Emphasis = []
        if bold { set.insert(.bold) }
        if underline { set.insert(.underline) }
        if reverse { set.insert(.reverse) }
        if dim { set.insert(.dim) }
        return set
    }
}
