import CommandArguments
import Testing

/// `CommandTable` on a small table of its own: what a command line asks for is decided from the table alone.
@Suite("command table")
struct CommandTableTests {
    static let table = CommandTable(program: "tool", version: "1.2.3", defaultCommand: "open", commands: [
        Subcommand(["open"], summary: "opens", usage: "usage: tool open [--x]") { _, _ in 0 },
        Subcommand(["send", "push"], summary: "sends", usage: "usage: tool send ID") { _, _ in 0 },
    ])

    /// The command's first name, the name it was invoked by and its arguments, or what else was asked.
    func describe(_ arguments: [String]) -> String {
        switch Self.table.request(for: arguments) {
        case .run(let command, let name, let rest): "run \(command.name) as \(name) \(rest)"
        case .help(let text): "help \(text)"
        case .version: "version"
        case .unknown(let message): "unknown \(message)"
        }
    }

    @Test("no command or options first run the default command; a command gets the words after its name")
    func routing() {
        #expect(describe([]) == "run open as open []")
        #expect(describe(["--x"]) == "run open as open [\"--x\"]")
        #expect(describe(["open", "--x"]) == "run open as open [\"--x\"]")
        #expect(describe(["push", "7"]) == "run send as push [\"7\"]")
    }

    @Test("--help after a command is that command's usage; help alone is the generated list")
    func help() {
        #expect(describe(["send", "7", "--help"]) == "help usage: tool send ID")
        #expect(describe(["-h"]) == "help \(Self.table.usage)")
        #expect(describe(["help", "push"]) == "help usage: tool send ID")
        let usage = Self.table.usage
        #expect(usage.hasPrefix("usage: tool [command] [options]"))
        for line in ["  open", "  send | push", "  version", "  help"] {
            #expect(usage.contains(line), "\(line)")
        }
        #expect(usage.contains("opens") && usage.contains("sends"))
    }

    @Test("--version and version; an unknown command is one line naming the commands, not the usage")
    func versionAndUnknown() {
        #expect(describe(["--version"]) == "version")
        #expect(describe(["version"]) == "version")
        #expect(Self.table.versionLine == "tool 1.2.3")
        let unknown = describe(["sned"])
        #expect(unknown.hasPrefix("unknown unknown command sned; the commands are open, send"))
        #expect(!unknown.contains("\n"))
        #expect(describe(["help", "sned"]).hasPrefix("unknown unknown command sned"))
    }

    @Test("a name claimed twice, or a command named like a built-in word, is found")
    func duplicates() {
        #expect(Self.table.duplicateNames.isEmpty)
        let broken = CommandTable(program: "tool", version: "1", defaultCommand: "a", commands: [
            Subcommand(["a", "b"], summary: "", usage: "") { _, _ in 0 },
            Subcommand(["b"], summary: "", usage: "") { _, _ in 0 },
            Subcommand(["version"], summary: "", usage: "") { _, _ in 0 },
        ])
        #expect(broken.duplicateNames == ["b", "version"])
    }
}

/// The shared parser's checks that `seller-console` and `koosim` both rely on.
@Suite("argument parser")
struct ArgumentParserTests {
    @Test("seeds, ports and sizes are checked while parsing, naming the range")
    func ranges() throws {
        let seed = try Arguments(["--seed", "18446744073709551615"], options: ["--seed"])
        #expect(seed.unsigned("--seed") == UInt64.max)
        #expect(throws: Arguments.UsageError.self) { try Arguments(["--seed", "-1"], options: ["--seed"]) }
        #expect(throws: Arguments.UsageError.self) { try Arguments(["--port", "65536"], options: ["--port"]) }
        let size = try Arguments(["--size", "80x24"], options: ["--size"])
        #expect(size.dimensions("--size")?.width == 80 && size.dimensions("--size")?.height == 24)
        for bad in ["0x24", "80x", "x24", "80x24x1", "1001x5", "abc"] {
            do {
                _ = try Arguments(["--size", bad], options: ["--size"])
                Issue.record("accepted \(bad)")
            } catch {
                #expect(error.description == "--size: size must be WxH, 1-1000 each, not \(bad)")
            }
        }
    }

    @Test("leading words are a command's ids; the rest are options")
    func positionals() {
        let split = Arguments.splitPositionals(["PM1", "PM2", "--json", "x"])
        #expect(split.positionals == ["PM1", "PM2"] && split.rest == ["--json", "x"])
        #expect(Arguments.splitPositionals([]).positionals.isEmpty)
    }

    @Test("documented exit codes keep their values")
    func exitCodes() {
        let codes = [ExitCode.success, ExitCode.failure, ExitCode.usage, ExitCode.authentication, ExitCode.noStore,
                     ExitCode.refused, ExitCode.actionFailed, ExitCode.stillPending, ExitCode.outcomeUnknown]
        #expect(codes == Array(0...8))
    }
}
