/// Why a theme could not be used, as `file:line: message` for the toast and the log. The loader never lets
/// one escape: it falls back to the built-in theme and hands the message over instead.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, so callers and tests need not match on message text.
    public enum Kind: String, Hashable, Sendable {
        case syntax
        case unclosedSection
        case unknownColor
        case unknownAttribute
        case undefinedPaletteName
        case badValue
        case extendsLoop
        case notFound
        case unreadable
    }

    public var kind: Kind
    /// The file's path, or the theme's name when it has no file (built-in text, a test string).
    public var file: String
    /// 1-based; nil when the problem is the whole file (missing, a directory, not UTF-8).
    public var line: Int?
    public var message: String

    public init(_ kind: Kind, file: String, line: Int? = nil, _ message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
