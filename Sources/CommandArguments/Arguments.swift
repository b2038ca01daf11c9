/// The argument parser both executables use (`seller-console` and `koosim`): `--name value`, repeatable
/// options, and flags. Unknown options are errors, so a typo never silently changes what a command does. Every
/// numeric option (`NumericOption.ranges`) is checked here, for every command at once: a value that is not a
/// finite number in the option's documented range is a usage error naming the range, so `nan`, `inf`, `1e308`,
/// `0` or a negative never reach a timer, an allocation or an `Int(…)` conversion.
public struct Arguments: Sendable {
    /// A command line that cannot be used as given: the caller prints it with the command's usage, exit 2.
    public struct UsageError: Error, CustomStringConvertible, Sendable {
        public var description: String
        public init(description: String) { self.description = description }
    }

    public private(set) var values: [String: [String]] = [:]
    public private(set) var flags: Set<String> = []

    public init(_ arguments: [String], options: Set<String>, flags allowedFlags: Set<String> = [],
                ranges: [String: NumericOption] = NumericOption.ranges) throws(UsageError) {
        var index = 0
        while index < arguments.count {
            let name = arguments[index]
            if allowedFlags.contains(name) {
                flags.insert(name)
                index += 1
            } else if options.contains(name) {
                guard index + 1 < arguments.count else { throw UsageError(description: "\(name) needs a value") }
                let value = arguments[index + 1]
                if let option = ranges[name] { try option.check(value, name: name) }
                values[name, default: []].append(value)
                index += 2
            } else {
                throw UsageError(description: "unknown argument \(name)")
            }
        }
    }

    public func value(_ name: String) -> String? { values[name]?.last }
    public func all(_ name: String) -> [String] { values[name] ?? [] }
    public func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// A numeric option's value, already checked against its range when parsed.
    public func number(_ name: String) -> Double? { value(name).flatMap(Double.init) }

    /// A whole-number option's value, already checked against its range when parsed.
    public func integer(_ name: String) -> Int? { value(name).flatMap { Int($0) } }

    /// A seed or other unsigned 64-bit option, already checked when parsed.
    public func unsigned(_ name: String) -> UInt64? { value(name).flatMap { UInt64($0) } }

    /// A `WxH` option's two sides, already checked against their range when parsed.
    public func dimensions(_ name: String) -> (width: Int, height: Int)? {
        value(name).flatMap(NumericOption.dimensions)
    }

    /// Leading words before the first `--` option: a command's ids (`retry PM1 PM2 --json`).
    public static func splitPositionals(_ arguments: [String]) -> (positionals: [String], rest: [String]) {
        let index = arguments.firstIndex { $0.hasPrefix("--") } ?? arguments.count
        return (Array(arguments[..<index]), Array(arguments[index...]))
    }
}
