/// A minimal option parser: `--name value`, repeatable options, and flags. Unknown options are errors, so a
/// typo never silently changes what a command does.
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
                values[name, default: []].append(arguments[index + 1])
                index += 2
            } else {
                throw UsageError(description: "unknown argument \(name)")
            }
        }
    }

    func value(_ name: String) -> String? { values[name]?.last }
    func all(_ name: String) -> [String] { values[name] ?? [] }
    func has(_ flag: String) -> Bool { flags.contains(flag) }
}
