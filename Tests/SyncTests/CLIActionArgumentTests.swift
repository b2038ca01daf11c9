import Foundation
import Testing
import TestSupport

/// Action arguments that cannot make a valid action are usage errors (exit 2) that say what is wrong, before any
/// store or network is touched; and `demo` leaves nothing behind in the seller's data folder.
@Suite("command line: action arguments", .exclusive, .serialized)
struct CLIActionArgumentTests {
    typealias Home = CLIConfigurationTests.Home

    @Test("an empty reason, message, cause or solution is a usage error naming the option")
    func emptyTexts() throws {
        let home = try Home()
        let empty = home.directory.file("empty.txt")
        try Data(" \n".utf8).write(to: URL(fileURLWithPath: empty))
        let cases: [([String], String)] = [
            (["reject", "SV1", "--reason", ""], "--reason must not be empty"),
            (["reject", "SV1", "--reason", "   "], "--reason must not be empty"),
            (["reject", "SV1", "--reason-file", empty], "--reason-file \(empty) must not be empty"),
            (["ticket", "reply", "TT1", "--message", ""], "--message must not be empty"),
            (["ticket", "resolve", "TT1", "--cause", "", "--solution", "x"], "--cause must not be empty"),
        ]
        for (arguments, message) in cases {
            let (status, errors, _) = try home.run(arguments + ["--no-wait"])
            #expect(status == 2, "\(arguments): \(errors)")
            #expect(errors.contains(message), "\(arguments): \(errors)")
        }
    }

    @Test("--file PATH: with no kind after the colon names what is missing and the valid kinds")
    func emptyKind() throws {
        let home = try Home()
        let report = home.directory.file("report.txt")
        try Data("report".utf8).write(to: URL(fileURLWithPath: report))
        let (status, errors, _) = try home.run(["deliver", "SV1", "--file", report + ":", "--no-wait"])
        #expect(status == 2, "\(errors)")
        #expect(errors.contains("no kind after ':' in --file \(report):; valid: SOW (需求文档)"), "\(errors)")
    }

    @Test("demo leaves the data folder as it found it: nothing named after the binary's folder")
    func demoLeavesNoDataFolder() throws {
        let home = try TemporaryDirectory("demo-data")
        let data = home.path + "/data"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home.path
        environment["XDG_DATA_HOME"] = data
        environment["XDG_STATE_HOME"] = home.path + "/state"
        let result = try ChildProcess.run(try #require(BuiltExecutable.path("seller-console")),
                                          ["demo", "--sync-only", "--orders", "30"], environment: environment,
                                          timeout: 120)
        #expect(result.status == 0, "\(result.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: data).isEmpty)
    }
}
