import Foundation
import MarketAPI
import SellerCore
import Synchronization
import Testing
import TestSupport

/// Nothing a marketplace sends reaches the terminal raw: every command that prints network or store text
/// (`sync`, `list` as a table and as JSON Lines, every action command, `outbox`) is run as a seller runs it
/// against `HostileGateway`, and its standard output and error must hold none of the attack's bytes.
@Suite("hostile gateway output", .exclusive, .serialized)
struct HostileOutputTests {
    /// The bytes a terminal acts on: ESC, BEL, NUL, any C1 control (UTF-8 `C2 80`…`C2 9F`, among them the
    /// 8-bit CSI `C2 9B`) and RLO (`E2 80 AE`).
    static func forbidden(in bytes: [UInt8]) -> String? {
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case 0x1B: return "ESC at \(index)"
            case 0x07: return "BEL at \(index)"
            case 0x00: return "NUL at \(index)"
            case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
                return "C1 U+00\(String(bytes[index + 1], radix: 16)) at \(index)"
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xAE:
                return "RLO at \(index)"
            default: continue
            }
        }
        return nil
    }

    struct Run {
        var status: Int32
        var output: [UInt8]
        var errors: [UInt8]
        var text: String { String(decoding: output + errors, as: UTF8.self) }
    }

    final class Setup: @unchecked Sendable {
        let gateway: HostileGateway
        let directory: TemporaryDirectory
        var store: String { directory.file("store.db") }

        init() throws {
            gateway = try HostileGateway()
            directory = try TemporaryDirectory("hostile-cli")
        }

        var environment: [String: String] {
            var environment = ProcessInfo.processInfo.environment
            environment["HOME"] = directory.path
            environment["XDG_CONFIG_HOME"] = directory.path + "/config"
            environment["XDG_STATE_HOME"] = directory.path + "/state"
            environment["XDG_DATA_HOME"] = directory.path + "/data"
            environment["SELLER_CONSOLE_AK"] = "hostile-ak"
            environment["SELLER_CONSOLE_SK"] = "hostile-sk-\(UUID().uuidString)"
            return environment
        }

        /// Runs the real binary to completion (bounded: every command here is given short timeouts).
        func run(_ arguments: [String], network: Bool = true) throws -> Run {
            let result = try ChildProcess.run(
                try #require(BuiltExecutable.path("seller-console")),
                arguments + ["--store", store, "--lang", "en"] + (network ? ["--base-url", gateway.baseURL] : []),
                environment: environment, timeout: 60)
            return Run(status: result.status, output: [UInt8](result.outputData), errors: [UInt8](result.errorData))
        }

        func check(_ arguments: [String], network: Bool = true, sourceLocation: SourceLocation = #_sourceLocation)
            throws -> Run {
            let result = try run(arguments, network: network)
            let name = arguments.prefix(3).joined(separator: " ")
            #expect(Self.signalled(result) == false, "\(name) died of a signal", sourceLocation: sourceLocation)
            #expect(HostileOutputTests.forbidden(in: result.output) == nil,
                    "\(name) stdout: \(HostileOutputTests.forbidden(in: result.output) ?? "")",
                    sourceLocation: sourceLocation)
            #expect(HostileOutputTests.forbidden(in: result.errors) == nil,
                    "\(name) stderr: \(HostileOutputTests.forbidden(in: result.errors) ?? "")",
                    sourceLocation: sourceLocation)
            return result
        }

        static func signalled(_ run: Run) -> Bool { run.status > 128 }

        /// The id of the first record of `kind` whose `field` is one of `values` (else the first record).
        func target(_ kind: EntityKind, _ field: String, _ values: [String]) -> String {
            let records = gateway.records[kind] ?? []
            let record = records.first { values.contains(HostileGateway.member($0, field) ?? "") } ?? records.first
            return record.flatMap { HostileGateway.member($0, RecordWire.idField(of: kind)) } ?? "none"
        }
    }

    @Test("sync, list, every action command and outbox print no terminal controls from the marketplace",
          .tags(.heavy))
    func nothingReachesTheTerminal() throws {
        let setup = try Setup()
        let synced = try setup.check(["sync", "--timeout", "5"])
        #expect(synced.status == 9, "records were rejected (issue 13): \(synced.text)")
        #expect(synced.text.contains("rejected"), "the undecodable records are reported: \(synced.text)")

        for kind in EntityKind.allCases.map(\.commandName) + ["outbox"] {
            let table = try setup.check(["list", kind], network: false)
            #expect(table.status == 0, "\(kind): \(table.text)")
            let json = try setup.check(["list", kind, "--json"], network: false)
            #expect(json.status == 0)
            for line in String(decoding: json.output, as: UTF8.self).split(separator: "\n") {
                #expect((try? JSONParser.parse(String(line))) != nil, "list \(kind) --json writes JSON Lines")
            }
        }
        let json = try setup.check(["list", "orders", "--json"], network: false)
        #expect(String(decoding: json.output, as: UTF8.self).contains("\\u001b]0;owned\\u0007"),
                "JSON keeps the text, escaped")

        let exception = setup.target(.exceptions, "state", ["EXHAUSTED", "RETRYING"])
        let waiting = setup.target(.supervision, "node", ["WAIT_SELLER_CONFIRM"])
        let implementing = setup.target(.supervision, "node", ["SELLER_IMPLEMENTING"])
        let pending = setup.target(.tickets, "status", ["PENDING_ACCEPT"])
        let open = setup.target(.tickets, "status", ["IN_PROGRESS", "WAITING_CUSTOMER"])
        let file = setup.directory.file("report.pdf")
        try Data("deliverable".utf8).write(to: URL(fileURLWithPath: file))
        let wait = ["--timeout", "5", "--request-timeout", "2"]
        let commands: [[String]] = [
            ["retry", exception], ["retry", "PM\u{1b}]0;argv\u{7}\u{9b}2J\u{202e}"], ["confirm", waiting],
            ["reject", waiting, "--reason", "不符合"], ["deliver", implementing, "--file", file + ":SOW"],
            ["ticket", "accept", pending], ["ticket", "reply", open, "--message", "好的"],
            ["ticket", "resolve", open, "--cause", "配置", "--solution", "已修复"],
        ]
        for command in commands {
            _ = try setup.check(command + wait)
            _ = try setup.check(command + wait + ["--json"])
        }
        _ = try setup.check(["outbox", "send"] + wait)
        _ = try setup.check(["outbox", "retry", "1"] + wait)
        _ = try setup.check(["outbox", "discard", "2"], network: false)
        let outbox = try setup.check(["list", "outbox"], network: false)
        #expect(outbox.text.contains("refused"), "the marketplace's error is shown, sanitised: \(outbox.text)")
        _ = try setup.check(["list", "outbox", "--json"], network: false)

        setup.gateway.failLists.store(true, ordering: .relaxed)
        let failed = try setup.check(["sync", "--timeout", "5"])
        #expect(failed.status != 0)
        #expect(failed.text.contains("MKT.0101"), "the error code is shown, sanitised: \(failed.text)")
    }
}
