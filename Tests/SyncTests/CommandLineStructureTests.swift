import Foundation
import Testing
import TestSupport

/// `seller-console`'s real command table, through the built binary: the help lists every command once, each
/// answers `--help` with its own usage, and a usage error shows only that usage.
@Suite("command line: structure", .exclusive, .serialized)
struct CommandLineStructureTests {
    /// The command names of `seller-console help`: each row of its list, `a | b` rows split.
    static func listedCommands() throws -> [String] {
        let (status, output, _) = try CommandLineTests.run("seller-console", ["help"])
        #expect(status == 0)
        let lines = output.components(separatedBy: "\n").drop { $0 != "commands:" }.dropFirst()
        return lines.filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }.flatMap { line in
            let label = line.dropFirst(2).components(separatedBy: "  ").first ?? ""
            return label.components(separatedBy: " | ")
        }
    }

    @Test("help lists every command once, and each answers --help and `help NAME` with its own usage")
    func everyCommandHasUsage() throws {
        let names = try Self.listedCommands()
        #expect(names.count >= 14, "\(names)")
        #expect(Set(names).count == names.count, "\(names)")
        #expect(!names.contains("terminal-check"))
        for name in names where !["help", "version"].contains(name) {
            let (status, output, _) = try CommandLineTests.run("seller-console", [name, "--help"])
            #expect(status == 0, "\(name)")
            #expect(output.hasPrefix("usage: seller-console"), "\(name): \(output)")
            #expect(!output.contains("commands:\n"), "\(name) printed the whole list")
            #expect(try CommandLineTests.run("seller-console", ["help", name]).1 == output, "\(name)")
        }
    }

    @Test("a usage error prints that command's usage only, exit 2", arguments: [
        (["sync", "--bogus", "1"], "usage: seller-console sync"),
        (["list", "orders", "--bogus"], "usage: seller-console list"),
        (["outbox", "send", "--concurrency", "99"], "usage: seller-console outbox"),
        (["outbox"], "usage: seller-console outbox"),
        (["retry"], "usage: seller-console retry"),
        (["demo", "--seed", "abc"], "usage: seller-console demo"),
        (["benchmark-sync", "--orders", "nan"], "usage: seller-console benchmark-sync"),
        (["benchmark-console", "--store", "/nonexistent", "--size", "0x5"], "usage: seller-console benchmark-console"),
        (["sign-request", "--ak", "a"], "usage: seller-console sign-request"),
        (["open", "--bogus"], "usage: seller-console [open]"),
    ])
    func usageErrorShowsOwnUsage(arguments: [String], usage: String) throws {
        let (status, output, errors) = try CommandLineTests.run("seller-console", arguments)
        #expect(status == 2, "\(arguments): \(errors)")
        #expect(output.isEmpty)
        #expect(errors.hasPrefix("seller-console: "), "\(arguments): \(errors)")
        #expect(errors.contains("\n" + usage), "\(arguments): \(errors)")
        #expect(!errors.contains("commands:\n"), "\(arguments): the whole list")
    }

    @Test("an unknown command (terminal-check among them: a test fixture now) is one line, exit 2")
    func unknownCommand() throws {
        for command in ["lst", "terminal-check"] {
            let (status, _, errors) = try CommandLineTests.run("seller-console", [command, "--expected", "80x24"])
            #expect(status == 2)
            #expect(errors.hasPrefix("seller-console: unknown command \(command); the commands are open, demo,"))
            #expect(errors.components(separatedBy: "\n").filter { !$0.isEmpty }.count == 1, "\(errors)")
        }
    }

    @Test("--version and version print the same line")
    func version() throws {
        let (status, output, _) = try CommandLineTests.run("seller-console", ["--version"])
        #expect(status == 0)
        #expect(output.hasPrefix("seller-console ") && output.hasSuffix("\n"))
        #expect(output.split(separator: "\n").count == 1)
        let (again, sameOutput, _) = try CommandLineTests.run("seller-console", ["version"])
        #expect(again == 0 && sameOutput == output)
    }

    @Test("koosim parses with the same parser and ranges")
    func koosimSharesTheParser() throws {
        let (status, _, errors) = try CommandLineTests.run("koosim", ["--ak", "a", "--sk", "s", "--port", "70000"])
        #expect(status == 2)
        #expect(errors.contains("--port must be a whole number from 0 to 65535 (got 70000)"))
        #expect(errors.contains("usage: koosim"))
        let (tick, _, tickErrors) = try CommandLineTests.run("koosim", ["--ak", "a", "--sk", "s", "--tick", "nan"])
        #expect(tick == 2 && tickErrors.contains("--tick must be a number from 0.1 to 86400"))
    }
}
