/// Something in a theme file that was ignored rather than refused (an unknown key, a repeated key), so a
/// theme written for a newer version, or with one typo, still loads.
public struct ThemeWarning: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): warning: \(message)" }
}
