/// A program's subcommands as data: the dispatch, `help` and the top-level usage all come from the one table,
/// so a command cannot be runnable yet missing from the help, or listed yet unknown.
public struct CommandTable: Sendable {
    /// What a command line asks for, decided before anything runs.
    public enum Request {
        /// Run `command` with `arguments` (the words after its name), invoked as `name`.
        case run(Subcommand, name: String, arguments: [String])
        /// Print `text` (the program's usage, or a command's) and exit 0.
        case help(String)
        case version
        /// Not a command of the table: a one-line message naming the commands.
        case unknown(String)
    }

    public let program: String
    public let version: String
    public let commands: [Subcommand]
    /// Runs when the command line is empty or starts with an option.
    public let defaultCommand: String
    /// Text after the command list (how to get a command's options).
    public let footer: String

    public init(program: String, version: String, defaultCommand: String, commands: [Subcommand],
                footer: String = "") {
        self.program = program
        self.version = version
        self.defaultCommand = defaultCommand
        self.commands = commands
        self.footer = footer
    }

    public func command(named name: String) -> Subcommand? { commands.first { $0.names.contains(name) } }

    /// The words the table answers itself, listed after the commands.
    public var builtIns: [(name: String, summary: String)] {
        [("version", "the version of this binary (also --version)"),
         ("help", "this text; `\(program) <command> --help` for a command's options")]
    }

    /// Names that more than one command (or a command and a built-in word) claims: the table is wrong if any.
    public var duplicateNames: [String] {
        var seen = Set<String>(), duplicates: [String] = []
        for name in commands.flatMap(\.names) + builtIns.map(\.name) + ["--help", "-h", "--version"]
        where !seen.insert(name).inserted {
            duplicates.append(name)
        }
        return duplicates
    }

    /// `program --version`, `program version`: one line.
    public var versionLine: String { "\(program) \(version)" }

    /// The program's usage, generated from the table: one line per command, its names and its summary.
    public var usage: String {
        let rows = commands.map { ($0.names.joined(separator: " | "), $0.summary) } + builtIns
        let width = min(18, rows.map(\.0.count).max() ?? 0)
        var lines = ["usage: \(program) [command] [options]", "", "commands:"]
        for (label, summary) in rows {
            if label.count > width {
                lines.append("  " + label)
                lines.append("  " + String(repeating: " ", count: width + 2) + summary)
            } else {
                lines.append("  " + label + String(repeating: " ", count: width + 2 - label.count) + summary)
            }
        }
        if !footer.isEmpty { lines += ["", footer] }
        return lines.joined(separator: "\n")
    }

    /// Decides what `arguments` (without the program name) ask for. No command, or options first, runs the
    /// default command with all of them; `--help`/`-h` anywhere after a command asks for that command's usage.
    public func request(for arguments: [String]) -> Request {
        guard let first = arguments.first else { return route(defaultCommand, []) }
        switch first {
        case "--help", "-h", "help":
            guard first == "help", arguments.count > 1 else { return .help(usage) }
            return command(named: arguments[1]).map { .help($0.usage) } ?? unknown(arguments[1])
        case "--version", "version":
            return .version
        default:
            if first.hasPrefix("-") { return route(defaultCommand, arguments) }
            return route(first, Array(arguments.dropFirst()))
        }
    }

    private func route(_ name: String, _ rest: [String]) -> Request {
        guard let command = command(named: name) else { return unknown(name) }
        if rest.contains("--help") || rest.contains("-h") { return .help(command.usage) }
        return .run(command, name: name, arguments: rest)
    }

    private func unknown(_ name: String) -> Request {
        .unknown("unknown command \(name); the commands are \(commands.map(\.name).joined(separator: ", ")) "
                 + "(`\(program) help` explains them)")
    }
}
