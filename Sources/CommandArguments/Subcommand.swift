/// One row of a program's command table: what `help` lists and what runs. A usage error thrown by `run` is
/// printed with this command's `usage` (not the whole list) and exits 2.
public struct Subcommand: Sendable {
    /// The name and any other names that run the same command (`retry`, `confirm`, …); the first is listed.
    public let names: [String]
    /// One line for the program's command list.
    public let summary: String
    /// The command's own usage, printed for `--help` and with a usage error.
    public let usage: String
    /// Runs the command with the arguments after its name and the name it was invoked by; returns the exit code.
    public let run: @Sendable (_ name: String, _ arguments: [String]) async throws(Arguments.UsageError) -> Int32

    public init(_ names: [String], summary: String, usage: String,
                run: @escaping @Sendable (_ name: String, _ arguments: [String]) async throws(Arguments.UsageError)
                    -> Int32) {
        self.names = names
        self.summary = summary
        self.usage = usage
        self.run = run
    }

    public var name: String { names.first ?? "" }
}
