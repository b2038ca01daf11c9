/// A complete theme: what every `StyleRole` looks like. Built from a theme file (see `ThemeParser`), the
/// built-in text, or a file laid over the theme it extends. Pure data: mapping to ncurses colour pairs is
/// the terminal layer's job, so themes are testable without a terminal.
public struct Theme: Hashable, Sendable {
    /// The name it was loaded by (file name without `.theme`), used by `:theme` and the config file.
    public let name: String
    /// `[meta] name`, for the user; the file name when the file gives none.
    public let displayName: String
    public let variant: ThemeVariant
    /// Named colours after `extends`; kept so a theme laid over this one can still use and redefine them.
    public let palette: [String: ThemeColor]
    /// The rules as written (after `extends`), with palette names unresolved; see `ThemeStyleRule`.
    public let rules: [StyleRole: ThemeStyleRule]
    public let symbols: ThemeSymbols
    /// Every role fully resolved, computed once so painting never walks the parent chain.
    public let styles: [StyleRole: ThemeStyle]

    /// Resolves every role: its own rule's fields, then its parent's resolved look for the rest (`app` starts
    /// from `ThemeStyle.plain`). Throws when a rule names a palette entry that does not exist.
    public init(name: String, displayName: String, variant: ThemeVariant, palette: [String: ThemeColor],
                rules: [StyleRole: ThemeStyleRule], symbols: ThemeSymbols = ThemeSymbols()) throws(ThemeError) {
        self.name = name
        self.displayName = displayName
        self.variant = variant
        self.palette = palette
        self.rules = rules
        self.symbols = symbols
        var resolved: [StyleRole: ThemeStyle] = [:]
        for role in StyleRole.allCases {
            try Self.resolve(role, rules: rules, palette: palette, into: &resolved)
        }
        styles = resolved
    }

    /// For values already resolved (the last-resort plain theme), so it needs no `try`.
    init(name: String, displayName: String, variant: ThemeVariant, palette: [String: ThemeColor],
         rules: [StyleRole: ThemeStyleRule], symbols: ThemeSymbols, styles: [StyleRole: ThemeStyle]) {
        self.name = name
        self.displayName = displayName
        self.variant = variant
        self.palette = palette
        self.rules = rules
        self.symbols = symbols
        self.styles = styles
    }

    /// The role's look with everything inherited filled in.
    public func style(for role: StyleRole) -> ThemeStyle {
        styles[role] ?? .plain
    }

    /// The roles whose look this theme (or a theme it extends) sets explicitly, as opposed to inheriting.
    public var declaredRoles: Set<StyleRole> { Set(rules.keys) }

    /// Resolves `role` after its ancestors. The parent table is a tree rooted at `app` (a test walks it), and
    /// the depth guard keeps a mistake there from recursing without end.
    private static func resolve(_ role: StyleRole, rules: [StyleRole: ThemeStyleRule], palette: [String: ThemeColor],
                                into resolved: inout [StyleRole: ThemeStyle], depth: Int = 0) throws(ThemeError) {
        guard resolved[role] == nil else { return }
        var parentStyle = ThemeStyle.plain
        if let parent = role.themeParent, depth < StyleRole.allCases.count {
            try resolve(parent, rules: rules, palette: palette, into: &resolved, depth: depth + 1)
            parentStyle = resolved[parent] ?? .plain
        }
        resolved[role] = try rules[role]?.resolved(over: parentStyle, palette: palette) ?? parentStyle
    }
}
