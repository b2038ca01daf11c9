import Foundation
import Probe
import Testing
import TestSupport

@Suite("Probe runner")
struct ProbeRunnerTests {
    static let key = "devAccessKey-0001"

    static func run(_ family: ProbeFamily, _ transport: any ProbeTransport, cases: [String] = [],
                    timeout: Double = 20) async throws -> [ProbeResult] {
        let runner = ProbeRunner(family: family, accessKey: key, timeout: timeout, transport: transport)
        return try await runner.run(cases.compactMap(family.probeCase(named:)), state: try ProbeState.random())
    }

    @Test("a server that keeps the contract passes every case of every family", arguments: ProbeFamily.allCases)
    func allPass(family: ProbeFamily) async throws {
        let results = try await Self.run(family, FakeInterface(key: Self.key, scheme: family.scheme))
        #expect(results.map(\.caseName) == family.cases.map(\.name))
        for result in results { #expect(result.judgement.verdict == .pass, "\(result.caseName): \(result.judgement)") }
        #expect(ProbeRunner.exitCode(results) == 0)
    }

    @Test("a server that accepts unsigned calls fails the refusal cases, exit 1")
    func acceptsUnsigned() async throws {
        let results = try await Self.run(.saasV2, FakeInterface(key: Self.key, scheme: .v2, acceptsUnsigned: true))
        let failed = results.filter { $0.judgement.verdict == .fail }.map(\.caseName)
        #expect(failed == ["unsigned-refused", "wrong-signature-refused", "stale-signature-refused"])
        #expect(ProbeRunner.exitCode(results) == 1)
    }

    @Test("a server that creates a new instance on every create fails create-again")
    func notIdempotent() async throws {
        let results = try await Self.run(.saasV1, FakeInterface(key: Self.key, scheme: .v1,
                                                                newInstanceEveryCreate: true))
        let failed = results.filter { $0.judgement.verdict == .fail }
        #expect(failed.map(\.caseName) == ["create-again"])
        #expect(failed.first?.judgement.reason.hasPrefix("not idempotent") == true)
    }
}

/// The probe over real loopback sockets: timed, so one at a time beside the rest of the suite.
@Suite("Probe over loopback", .exclusive, .serialized)
struct ProbeLoopbackTests {
    static func run(_ family: ProbeFamily, _ transport: any ProbeTransport, cases: [String] = [],
                    timeout: Double = 20) async throws -> [ProbeResult] {
        try await ProbeRunnerTests.run(family, transport, cases: cases, timeout: timeout)
    }

    static func answering(_ body: String) throws -> ScriptedServer {
        try ScriptedServer { connection in
            guard connection.readRequest() != nil else { return }
            _ = connection.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                 + "\(body.utf8.count)\r\nConnection: close\r\n\r\n" + body)
            connection.close()
        }
    }

    @Test("over loopback: an accepting server passes notify and fails unsigned-refused")
    func overLoopback() async throws {
        let server = try Self.answering(#"{"resultCode":"000000","resultMsg":"ok"}"#)
        defer { server.stop() }
        let transport = try MarketClientTransport(url: server.baseURL + "/produce")
        let results = try await Self.run(.orderNotify, transport, cases: ["notify", "unsigned-refused"])
        #expect(results.map(\.judgement.verdict) == [.pass, .fail])
        #expect(ProbeRunner.exitCode(results) == 1)
        #expect(server.requestHeads.first?.hasPrefix("POST /produce?signature=") == true)
    }

    @Test("nothing listening: one attempt, exit 3")
    func unreachable() async throws {
        let server = try Self.answering("")
        let url = server.baseURL
        server.stop()
        let results = try await Self.run(.saasV2, try MarketClientTransport(url: url), timeout: 5)
        #expect(results.count == 1)
        #expect(ProbeRunner.exitCode(results) == 3)
    }

    @Test("a server that never answers fails the case within the short timeout")
    func timeout() async throws {
        let server = try ScriptedServer { connection in
            connection.readRequest()
            connection.waitForPeerToClose()
        }
        defer { server.stop() }
        let started = ContinuousClock.now
        let results = try await Self.run(.orderNotify, try MarketClientTransport(url: server.baseURL),
                                         cases: ["notify"], timeout: 0.5)
        #expect(ContinuousClock.now - started < .seconds(10))
        #expect(results.first?.judgement.verdict == .fail)
        #expect(results.first?.judgement.reason.hasPrefix("no answer") == true)
        #expect(ProbeRunner.exitCode(results) == 1)
    }
}
