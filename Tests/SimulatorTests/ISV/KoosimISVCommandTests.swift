import CommandArguments
import Foundation
import Testing
import TestSupport
@testable import Simulator

/// `koosim isv`'s options, and the real binary's help, refusals and lifecycle.
@Suite("koosim isv command")
struct KoosimISVCommandTests {
    @Test func parsesEveryOption() throws {
        let configuration = try ISVCommand.parse([
            "--port", "0", "--key", "k-1", "--interface", "saas-v1", "--misbehave", "slow,html",
            "--misbehave", "wrong-code", "--fail", "0.25", "--seed", "9", "--slow-seconds", "0.5",
        ])
        #expect(configuration.interface == .saasV1 && configuration.accessKey == "k-1")
        #expect(configuration.misbehaviours == [.slow, .html, .wrongCode])
        #expect(configuration.failRate == 0.25 && configuration.seed == 9 && configuration.slowDelay == 0.5)
        let defaults = try ISVCommand.parse(["--port", "8080", "--key", "k"])
        #expect(defaults.interface == .saasV2 && defaults.port == 8080 && defaults.misbehaviours.isEmpty)
        for kind in ISVMisbehaviour.allCases { #expect(ISVCommand.usage.contains(kind.rawValue)) }
        for family in ISVInterface.allCases { #expect(ISVCommand.usage.contains(family.rawValue)) }
    }

    @Test(arguments: [
        ["--port", "0"], ["--key", "k"], ["--port", "0", "--key", ""], ["--port", "70000", "--key", "k"],
        ["--port", "0", "--key", "k", "--interface", "saas-v3"], ["--port", "0", "--key", "k", "--misbehave", "rude"],
        ["--port", "0", "--key", "k", "--misbehave", "slow,"], ["--port", "0", "--key", "k", "--fail", "1.5"],
        ["--port", "0", "--key", "k", "--fail", "nan"], ["--port", "0", "--key", "k", "--bogus"],
    ])
    func refusesBadOptions(arguments: [String]) {
        #expect(throws: Arguments.UsageError.self) { try ISVCommand.parse(arguments) }
    }

    @Test func binaryAnswersHelpAndRefusesBadOptionsWithExit2() throws {
        let koosim = try #require(BuiltExecutable.path("koosim"))
        let help = try ChildProcess.run(koosim, ["isv", "--help"])
        #expect(help.status == 0 && help.output.hasPrefix("usage: koosim isv"))
        let bad = try ChildProcess.run(koosim, ["isv", "--port", "0", "--key", "secret-key-1", "--misbehave", "rude"])
        #expect(bad.status == 2)
        #expect(bad.errors.hasPrefix("koosim isv: --misbehave: unknown kind \"rude\""))
        #expect(!bad.errors.contains("secret-key-1"))
        #expect(try ChildProcess.run(koosim, ["isv", "--key", "k"]).status == 2)
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func binaryServesAndStopsOnSignal(signal: Int32) throws {
        let isv = try ChildProcess(try #require(BuiltExecutable.path("koosim")),
                                   ["isv", "--port", "0", "--key", ISVTestClient.key, "--interface", "order-notify"])
        #expect(waitUntil(timeout: 30) { isv.outputSoFar.hasSuffix("\n") || !isv.isRunning })
        let url = isv.outputSoFar.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(url.hasPrefix("http://127.0.0.1:"))
        let port = try #require(URL(string: url)?.port)
        let client = ISVTestClient(port: UInt16(clamping: port))
        let reply = try client.v2(["activity": "orderNotify", "orderId": "CS1", "orderLineId": "CS1-000001",
                                   "testFlag": "1"])
        #expect(reply.code == "000000")
        #expect(isv.send(signal))
        let outcome = try isv.wait(timeout: 30)
        #expect(outcome.signal == nil && outcome.status == 0)
        #expect(!outcome.output.contains(ISVTestClient.key) && !outcome.errors.contains(ISVTestClient.key))
    }
}

@Suite("sample ISV configuration redaction")
struct SampleISVConfigurationRedactionTests {
    @Test func theKeyNeverShows() {
        var configuration = SampleISVConfiguration(accessKey: "secret-key-42", interface: .license)
        configuration.misbehaviours = [.html]
        var dumped = ""
        dump(configuration, to: &dumped)
        for text in [configuration.description, String(reflecting: configuration), "\(configuration)", dumped] {
            #expect(!text.contains("secret-key-42") && text.contains("<redacted>"), "\(text)")
        }
        #expect(configuration.description.contains("license") && configuration.description.contains("html"))
    }
}
