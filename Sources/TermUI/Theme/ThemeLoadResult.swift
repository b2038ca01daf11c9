/// What the loader hands back: always a usable theme, plus what went wrong, if anything, for a toast and the
/// log. Nothing is thrown, so a bad theme can never stop the console from starting.
public struct ThemeLoadResult: Sendable {
    public var theme: Theme
    public var warnings: [ThemeWarning]
    /// Every file read, the requested one first and then the ones it extends, so a caller can poll their
    /// modification times for hot reload. Empty for a built-in theme or a fallback.
    public var files: [String]
    /// Set when the requested theme could not be used and `theme` is the fallback instead.
    public var error: ThemeError?

    public init(theme: Theme, warnings: [ThemeWarning] = [], files: [String] = [], error: ThemeError? = nil) {
        self.theme = theme
        self.warnings = warnings
        self.files = files
        self.error = error
    }

    /// True when the requested theme was not loaded.
    public var fellBack: Bool { error != nil }

    /// `file:line: message` for the toast, or nil when the theme loaded.
    public var message: String? { error?.description }
}
