/// The glyphs a theme may replace. Each is optional: an absent one keeps what the width policy chose, so a
/// theme cannot force box-drawing glyphs onto a terminal that draws them double width.
public struct ThemeSymbols: Hashable, Sendable {
    public var ellipsis: Character?
    public var sortAscending: Character?
    public var sortDescending: Character?

    public init(ellipsis: Character? = nil, sortAscending: Character? = nil, sortDescending: Character? = nil) {
        self.ellipsis = ellipsis
        self.sortAscending = sortAscending
        self.sortDescending = sortDescending
    }

    /// A field `[symbols]` can set.
    enum Key: Sendable {
        case ellipsis, sortAscending, sortDescending

        /// The key a `[symbols]` line names, compared like role names (case, `.`, `-`, `_` ignored).
        /// `sort.asc`/`sort.desc` are the spelling of `Themes/README.md`.
        init?(themeKey: String) {
            switch StyleRole.normalizedKey(themeKey) {
            case "ellipsis": self = .ellipsis
            case "sortascending", "sortasc": self = .sortAscending
            case "sortdescending", "sortdesc": self = .sortDescending
            default: return nil
            }
        }
    }

    mutating func set(_ key: Key, _ glyph: Character) {
        switch key {
        case .ellipsis: ellipsis = glyph
        case .sortAscending: sortAscending = glyph
        case .sortDescending: sortDescending = glyph
        }
    }

    /// This theme's symbols over `base`'s: a field set here wins.
    func overlaid(on base: ThemeSymbols) -> ThemeSymbols {
        ThemeSymbols(ellipsis: ellipsis ?? base.ellipsis,
                     sortAscending: sortAscending ?? base.sortAscending,
                     sortDescending: sortDescending ?? base.sortDescending)
    }

    /// `policy` with the theme's ellipsis, unless that glyph is not exactly one cell under `policy` (an
    /// ambiguous `…` on a CJK-wide terminal keeps the policy's own choice, so columns stay aligned).
    public func applied(to policy: WidthPolicy) -> WidthPolicy {
        var result = policy
        if let glyph = ellipsis, DisplayWidth.width(of: glyph, policy: policy) == 1 { result.ellipsis = glyph }
        return result
    }

    /// `symbols` with the theme's sort markers, under the same one-cell rule as `applied(to: WidthPolicy)`.
    public func applied(to symbols: Symbols, policy: WidthPolicy) -> Symbols {
        var result = symbols
        if let glyph = sortAscending, DisplayWidth.width(of: glyph, policy: policy) == 1 {
            result.sortAscending = glyph
        }
        if let glyph = sortDescending, DisplayWidth.width(of: glyph, policy: policy) == 1 {
            result.sortDescending = glyph
        }
        return result
    }
}
