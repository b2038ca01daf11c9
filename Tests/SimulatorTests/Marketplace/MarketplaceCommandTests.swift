import Foundation
import Testing
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
}
