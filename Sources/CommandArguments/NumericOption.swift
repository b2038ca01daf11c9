/// The documented range of each numeric option, one table for every command of both executables (the usage
/// texts quote these ranges), so the same option name means the same range everywhere.
public enum NumericOption: Sendable {
    case number(ClosedRange<Double>)
    case whole(ClosedRange<Int>)
    /// A seed: any unsigned 64-bit whole number.
    case unsigned
    /// A terminal size `WxH`, each side in the range.
    case size(ClosedRange<Int>)

    /// Seconds a command or one request may take: a tenth of a second to a day.
    public static let timeout = NumericOption.number(0.1...86_400)
    /// Concurrent outbox senders: enough to fill a link, few enough for the marketplace's rate limits.
    public static let concurrency: ClosedRange<Int> = 1...16
    /// Either side of a terminal size.
    public static let terminalSide: ClosedRange<Int> = 1...1_000

    public static let ranges: [String: NumericOption] = [
        "--timeout": timeout,
        "--request-timeout": timeout,
        "--concurrency": .whole(concurrency),
        "--max-backoff": .number(0.1...3_600),
        "--lease-seconds": .whole(1...86_400),
        "--orders": .whole(0...1_000_000),
        "--seed": .unsigned,
        "--faults": .number(0...1),
        "--hostile": .number(0...1),
        "--tick": .number(0.1...86_400),
        "--stall-seconds": .number(0...86_400),
        "--port": .whole(0...65_535),
        "--limit": .whole(1...Int(Int32.max)),
        "--keys": .whole(1...1_000_000),
        "--size": .size(terminalSide),
        "--expected": .size(terminalSide),
        "--headless": .size(terminalSide),
    ]

    public func check(_ text: String, name: String) throws(Arguments.UsageError) {
        switch self {
        case .number(let range):
            guard let value = Double(text), value.isFinite, range.contains(value) else {
                throw Arguments.UsageError(description: "\(name) must be a number from \(Self.format(range.lowerBound)) "
                                           + "to \(Self.format(range.upperBound)) (got \(text))")
            }
        case .whole(let range):
            guard let value = Int(text), range.contains(value) else {
                throw Arguments.UsageError(description: "\(name) must be a whole number from \(range.lowerBound) to "
                                           + "\(range.upperBound) (got \(text))")
            }
        case .unsigned:
            guard UInt64(text) != nil else {
                throw Arguments.UsageError(description: "\(name) must be a whole number from 0 to \(UInt64.max) "
                                           + "(got \(text))")
            }
        case .size(let range):
            guard let (width, height) = Self.dimensions(text), range.contains(width), range.contains(height) else {
                throw Arguments.UsageError(description: "\(name): size must be WxH, \(range.lowerBound)-"
                                           + "\(range.upperBound) each, not \(text)")
            }
        }
    }

    /// `160x48` → (160, 48); the range is checked by `check`.
    static func dimensions(_ text: String) -> (width: Int, height: Int)? {
        let parts = text.split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]) else { return nil }
        return (width, height)
    }

    /// `0.1`, `86400`: whole numbers without a trailing `.0`.
    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
