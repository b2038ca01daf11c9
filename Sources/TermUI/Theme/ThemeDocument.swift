/// One theme file as parsed, before `extends` is followed: what the file itself says. Kept separate from
/// `Theme` because a file that extends another cannot be resolved on its own (its `$names` may live in the
/// base's palette); the loader reads the base first and then builds this over it.
public struct ThemeDocument: Hashable, Sendable {
    /// The path or label used in messages.
    public var file: String
    /// `[meta] name`, the title shown to the user (may contain spaces and CJK).
    public var displayName: String?
    public var variant: ThemeVariant?
    /// `[meta] extends`: a theme name or a path, resolved by the loader.
    public var extends: String?
    /// The line of `extends`, so a loop is reported where it can be fixed.
    public var extendsLine: Int?
    /// Names are stored lowercased, as `$name` references are.
    public var palette: [String: ThemeColor]
    public var rules: [StyleRole: ThemeStyleRule]
    public var symbols: ThemeSymbols

    public init(file: String, displayName: String? = nil, variant: ThemeVariant? = nil, extends: String? = nil,
                extendsLine: Int? = nil, palette: [String: ThemeColor] = [:],
                rules: [StyleRole: ThemeStyleRule] = [:], symbols: ThemeSymbols = ThemeSymbols()) {
        self.file = file
        self.displayName = displayName
        self.variant = variant
        self.extends = extends
        self.extendsLine = extendsLine
        self.palette = palette
        self.rules = rules
        self.symbols = symbols
    }

    /// The theme this file describes, laid over `base` (the theme it extends, if any): palette entries,
    /// rule fields and symbols set here win, everything else comes from `base`. Throws when a `$name` is in
    /// neither palette, reporting the line of the rule that uses it.
    public func theme(name: String, over base: Theme? = nil) throws(ThemeError) -> Theme {
        var mergedPalette = base?.palette ?? [:]
        mergedPalette.merge(palette) { _, own in own }
        var mergedRules = base?.rules ?? [:]
        for (role, rule) in rules {
            mergedRules[role] = mergedRules[role].map { rule.overlaid(on: $0) } ?? rule
        }
        return try Theme(name: name, displayName: displayName ?? name,
                         variant: variant ?? base?.variant ?? .dark, palette: mergedPalette, rules: mergedRules,
                         symbols: symbols.overlaid(on: base?.symbols ?? ThemeSymbols()))
    }
}
