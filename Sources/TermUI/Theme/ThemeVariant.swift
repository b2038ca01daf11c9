/// Whether a theme is meant for a dark or a light background, so `:theme toggle` can pick the sibling and
/// the user can be warned when a theme does not suit the terminal.
public enum ThemeVariant: String, Hashable, Sendable, CaseIterable {
    case dark
    case light
}
