import TermUI

/// The caller's mapping from roles to looks, handed to the terminal as a plain value (ConsoleUI builds it
/// from a theme file). Roles it does not mention use `fallback`.
public struct TerminalPalette: Hashable, Sendable {
    public var specs: [StyleRole: ThemeStyle]
    public var fallback: ThemeStyle

    public init(_ specs: [StyleRole: ThemeStyle] = [:], fallback: ThemeStyle = .plain) {
        self.specs = specs
        self.fallback = fallback
    }

    public subscript(role: StyleRole) -> ThemeStyle {
        get { specs[role] ?? fallback }
        set { specs[role] = newValue }
    }
}
