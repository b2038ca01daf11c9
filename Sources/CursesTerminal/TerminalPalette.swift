import TermUI

/// The caller's mapping from roles to looks, handed to the terminal as a plain value (ConsoleUI builds it
/// from a theme file). Roles it does not mention use `fallback`.
public struct TerminalPalette: Hashable, Sendable {
    public var specs: [StyleRole: ColorSpec]
    public var fallback: ColorSpec

    public init(_ specs: [StyleRole: ColorSpec] = [:], fallback: ColorSpec = .plain) {
        self.specs = specs
        self.fallback = fallback
    }

    public subscript(role: StyleRole) -> ColorSpec {
        get { specs[role] ?? fallback }
        set { specs[role] = newValue }
    }
}
