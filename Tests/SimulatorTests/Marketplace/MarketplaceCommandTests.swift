import Foundation
import SellerCore
import Testing
import TestSupport
@testable import Simulator

/// `koosim --call URL …`: the options parse into `MarketplaceCallSettings`, bad ones are usage errors, and the
/// production key never shows in a description.
@Suite("koosim --call options")
struct MarketplaceCommandTests {
    static let base = ["--ak", "ak", "--sk", "sk"]

    @Test func parsesTheCallOptions() throws {
        let configuration = try KoosimCommand.parse(Self.base + [
            "--call", "http://127.0.0.1:9/produce", "--production-key", "secret-production-key", "--calls", "5000",
            "--calls-per-second", "250", "--retry-scale", "0.001", "--call-interfaces", "saas-v1,license",
            "--call-log", "/tmp/calls.jsonl",
        ])
        let settings = try #require(configuration.call)
        #expect(settings.url == "http://127.0.0.1:9/produce" && settings.accessKey == "secret-production-key")
        #expect(settings.calls == 5000 && settings.callsPerSecond == 250 && settings.retryScale == 0.001)
        #expect(settings.families == [.saasV1, .license])
        #expect(settings.logURL?.path == "/tmp/calls.jsonl")
        #expect(settings.timeoutSeconds == 1)
        #expect(!settings.description.contains("secret-production-key"))
        #expect(!String(reflecting: settings).contains("secret-production-key"))
        #expect(!"\(configuration)".contains("secret-production-key"))
    }

    @Test func withoutCallThereIsNoCaller() throws {
        #expect(try KoosimCommand.parse(Self.base).call == nil)
    }

    @Test(arguments: [
        ["--call", "http://127.0.0.1:9/"],
        ["--call", "http://example.com/", "--production-key", "k"],
        ["--calls", "5"],
        ["--call", "http://127.0.0.1:9/", "--production-key", "k", "--calls", "0"],
        ["--call", "http://127.0.0.1:9/", "--production-key", "k", "--retry-scale", "2"],
        ["--call", "http://127.0.0.1:9/", "--production-key", "k", "--call-interfaces", "soap"],
    ])
    func refusesBadCallOptions(_ extra: [String]) {
        #expect(throws: KoosimCommand.UsageError.self) { try KoosimCommand.parse(Self.base + extra) }
    }

    @Test func familyOfAProductIsFixedBySeed() {
        let first = ISVInterface.family(ofProduct: "OFFI123", seed: 4, allowed: [])
        #expect(ISVInterface.family(ofProduct: "OFFI123", seed: 4, allowed: []) == first)
        #expect(ISVInterface.family(ofProduct: "OFFI123", seed: 4, allowed: [.license]) == .license)
        let spread = Set((0..<200).map { ISVInterface.family(ofProduct: "P\($0)", seed: 4, allowed: []) })
        #expect(spread.count == ISVInterface.allCases.count)
    }

    /// The real binaries: `koosim --call` against `koosim isv`, its log written when the calls are done, the key
    /// never printed.
    @Test(.exclusive) func binaryCallsAnInterfaceAndWritesItsLog() throws {
        let koosim = try #require(BuiltExecutable.path("koosim"))
        let directory = try TemporaryDirectory("call-binary")
        let log = directory.file("calls.jsonl")
        let key = "binary-production-key-77"
        let isv = try ChildProcess(koosim, ["isv", "--port", "0", "--key", key, "--interface", "saas-v1",
                                            "--fail", "0.2", "--slow-seconds", "1.5"])
        defer { _ = isv.send(SIGTERM); _ = try? isv.wait(timeout: 30) }
        #expect(waitUntil(timeout: 30) { isv.outputSoFar.hasSuffix("\n") || !isv.isRunning })
        let url = isv.outputSoFar.trimmingCharacters(in: .whitespacesAndNewlines)
        let market = try ChildProcess(koosim, Self.base + [
            "--port", "0", "--orders", "20", "--call", url, "--production-key", key, "--calls", "60",
            "--calls-per-second", "60", "--retry-scale", "0.0001", "--call-interfaces", "saas-v1", "--call-log", log,
        ])
        defer { _ = market.send(SIGTERM); _ = try? market.wait(timeout: 30) }
        #expect(waitUntil(timeout: 60) { market.errorsSoFar.contains("marketplace calls made") || !market.isRunning })
        #expect(market.errorsSoFar.contains("koosim: 60 marketplace calls made"))
        let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        let attempts = try lines.reduce(0) { total, line in
            guard case .array(let list)? = try JSONParser.parse(Array(line.utf8))["attempts"] else { return total }
            return total + list.count
        }
        #expect(attempts == 60)
        #expect(!market.outputSoFar.contains(key) && !market.errorsSoFar.contains(key))
    }
}
