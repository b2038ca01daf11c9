/// A minimal option parser: `--name value`, repeatable options, and flags. Unknown options are errors, so a
/// typo never silently changes what a command does. Every numeric option (`NumericOption.ranges`) is checked
/// here, for every command at once: a value that is not a finite number in the option's documented range is a
/// usage error naming the range, so `nan`, `inf`, `1e308`, `0` or a negative never reach a timer, an
/// allocation or an `Int(…)` conversion.
struct Arguments {
    struct UsageError: Error, CustomStringConvertible {
        var description: String
    }

    private(set) var values: [String: [String]] = [:]
    private(set) var flags: Set<String> = []

    init(_ arguments: [String], options: Set<String>, flags allowedFlags: Set<String> = []) throws(UsageError) {
        var index = 0
        while index < arguments.count {
            let name = arguments[index]
            if allowedFlags.contains(name) {
                flags.insert(name)
                index += 1
            } else if options.contains(name) {
                guard index + 1 < arguments.count else { throw UsageError(description: "\(name) needs a value") }
                let value = arguments[index + 1]
                if let option = NumericOption.ranges[name] { try option.check(value, name: name) }
                values[name, default: []].append(value)
                index += 2
            } else {
                throw UsageError(description: "unknown argument \(name)")
            }
        }
    }

    func value(_ name: String) -> String? { values[name]?.last }
    func all(_ name: String) -> [String] { values[name] ?? [] }
    func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// A numeric option's value, already checked against its range when parsed.
    func number(_ name: String) -> Double? { value(name).flatMap(Double.init) }

    /// A whole-number option's value, already checked against its range when parsed.
    func integer(_ name: String) -> Int? { value(name).flatMap { Int($0) } }
}

/// The documented range of each numeric option, shared by every command that has it (the usage texts quote
/// these ranges).
enum NumericOption {
    case number(ClosedRange<Double>)
    case whole(ClosedRange<Int>)

    /// Seconds a command or one request may take: a tenth of a second to a day.
    static let timeout = NumericOption.number(0.1...86_400)
    /// Concurrent outbox senders: enough to fill a link, few enough for the marketplace's rate limits.
    static let concurrency: ClosedRange<Int> = 1...16

    static let ranges: [String: NumericOption] = [
        "--timeout": timeout,
        "--request-timeout": timeout,
        "--concurrency": .whole(concurrency),
        "--max-backoff": .number(0.1...3_600),
        "--lease-seconds": .whole(1...86_400),
        "--orders": .whole(0...1_000_000),
        "--faults": .number(0...1),
        "--hostile": .number(0...1),
        "--tick": .number(0.1...86_400),
        "--limit": .whole(1...Int(Int32.max)),
        "--keys": .whole(1...1_000_000),
    ]

    func check(_ text: String, name: String) throws(Arguments.UsageError) {
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
        }
    }

    /// `0.1`, `86400`: whole numbers without a trailing `.0`.
    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
