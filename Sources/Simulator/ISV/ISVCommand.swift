import CommandArguments
import Foundation

/// `koosim isv`'s command line, parsed in the library so tests check it without starting a process.
public enum ISVCommand {
    public static let usage = """
        usage: koosim isv --port P --key K [--interface saas-v2|saas-v1|license|order-notify|online-license]
                          [--misbehave KIND[,KIND…]] [--fail RATE] [--seed N] [--slow-seconds S]

          A sample seller production interface on 127.0.0.1: it answers every activity of the chosen family
          the way the marketplace expects, and misbehaves on demand. The first line of stdout is its URL.

          --port P          port on 127.0.0.1, 0 to 65535 (0 picks a free one)
          --key K           the access key calls are signed with and sensitive fields are encrypted with
          --interface F     the interface family (default saas-v2)
          --misbehave KINDS comma-separated, applied to every call, of:
                            \(kinds)
          --fail RATE       share of calls (0…1) that get one misbehaviour drawn at random (seeded)
          --seed N          seed of the --fail draws (default 1)
          --slow-seconds S  how long `slow` holds an answer, 0 to 86400 (default 21, past the 20 s timeout)
        """

    static let kinds = ISVMisbehaviour.allCases.map(\.rawValue).joined(separator: ", ")

    static let options: Set<String> = ["--port", "--key", "--interface", "--misbehave", "--fail", "--seed",
                                       "--slow-seconds"]

    static let ranges = NumericOption.ranges.merging(["--fail": .number(0...1), "--slow-seconds": .number(0...86_400)]) { current, _ in current }

    /// Parses the arguments after `isv`.
    public static func parse(_ arguments: [String]) throws(Arguments.UsageError) -> SampleISVConfiguration {
        let values = try Arguments(arguments, options: options, ranges: ranges)
        guard let key = values.value("--key"), !key.isEmpty else { throw .init(description: "--key is required") }
        guard values.value("--port") != nil else { throw .init(description: "--port is required") }
        var interface = ISVInterface.saasV2
        if let name = values.value("--interface") {
            guard let family = ISVInterface(rawValue: name) else {
                let names = ISVInterface.allCases.map(\.rawValue).joined(separator: ", ")
                throw .init(description: "--interface must be one of \(names)")
            }
            interface = family
        }
        var configuration = SampleISVConfiguration(accessKey: key, interface: interface)
        if let port = values.integer("--port") { configuration.port = UInt16(clamping: port) }
        for list in values.all("--misbehave") {
            for name in list.split(separator: ",", omittingEmptySubsequences: false) {
                guard let kind = ISVMisbehaviour(rawValue: String(name)) else {
                    throw .init(description: "--misbehave: unknown kind \"\(String(name.prefix(40)))\" (one of \(kinds))")
                }
                configuration.misbehaviours.insert(kind)
            }
        }
        configuration.failRate = values.number("--fail") ?? 0
        if let seed = values.unsigned("--seed") { configuration.seed = seed }
        if let seconds = values.number("--slow-seconds") { configuration.slowDelay = seconds }
        return configuration
    }
}
