/// Attributes a widget may insist on regardless of theme (a focused button is reversed even in mono).
public struct Emphasis: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Emphasis(rawValue: 1 << 0)
    public static let underline = Emphasis(rawValue: 1 << 1)
    public static let reverse = Emphasis(rawValue: 1 << 2)
    public static let dim = Emphasis(rawValue: 1 << 3)
}
