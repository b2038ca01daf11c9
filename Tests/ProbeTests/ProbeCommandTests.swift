import Foundation
import Testing
import TestSupport

@Suite("probe command line", .exclusive, .serialized)
struct ProbeCommandTests {
    static func run(_ arguments: [String]) async throws -> ChildProcess.Outcome {
        try await ChildProcess.runOffPool(try #require(BuiltExecutable.path("seller-console")), ["probe"] + arguments,
                                          timeout: 60)
    }

    @Test("bad input exits 2 with one clear line", arguments: [
        (["https://isv.example.com/produce"], "--key KEY is required"),
        ([], "the production URL is required"),
        (["http://isv.example.com/p", "--key", "k"], "plain http is allowed only to loopback"),
        (["https://isv.example.com/p", "--key", "k", "--interface", "saas-v3"], "unknown interface saas-v3"),
        (["https://isv.example.com/p", "--key", "k", "--case", "explode"], "unknown case explode for saas-v2"),
        (["https://isv.example.com/p", "--key", "k", "--timeout", "0"], "--timeout must be a number"),
    ])
    func usage(arguments: [String], message: String) async throws {
        let outcome = try await Self.run(arguments)
        #expect(outcome.status == 2)
        #expect(outcome.errors.contains(message), "\(outcome.errors)")
        #expect(!outcome.errors.contains("devAccessKey"))
    }

    @Test("--help shows the usage and every family's cases")
    func help() async throws {
        let outcome = try await Self.run(["--help"])
        #expect(outcome.status == 0)
        let text = outcome.output + outcome.errors
        #expect(text.contains("usage: seller-console probe URL --key KEY"))
        #expect(text.contains("stale-signature-refused") && text.contains("get-license"))
    }

    /// A loopback interface that answers every call with a 000000 success.
    static func answeringSuccess() throws -> ScriptedServer {
        let body = #"{"resultCode":"000000","resultMsg":"ok"}"#
        return try ScriptedServer { connection in
            guard connection.readRequest() != nil else { return }
            _ = connection.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                 + "\(body.utf8.count)\r\nConnection: close\r\n\r\n" + body)
            connection.close()
        }
    }

    @Test("JSON lines against a loopback server, the key never printed")
    func json() async throws {
        let server = try Self.answeringSuccess()
        defer { server.stop() }
        let outcome = try await Self.run([server.baseURL, "--key", "devAccessKey-0001", "--interface",
                                          "order-notify", "--case", "notify", "--json", "--verbose"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.hasPrefix(#"{"case":"notify","verdict":"pass","reason":"000000","latencyMs":"#))
        #expect(!(outcome.output + outcome.errors).contains("devAccessKey-0001"))
    }

    @Test("the summary table follows --lang: headers, verdict words and the count line")
    func summaryInBothLanguages() async throws {
        let server = try Self.answeringSuccess()
        defer { server.stop() }
        let arguments = [server.baseURL, "--key", "devAccessKey-0001", "--interface", "order-notify", "--case", "notify"]
        let zh = try await Self.run(arguments + ["--lang", "zh"])
        #expect(zh.status == 0, "\(zh.errors)")
        #expect(zh.output.hasPrefix("用例    结论     耗时      原因\nnotify  通过     "), "\(zh.output)")
        #expect(zh.output.hasSuffix("\n1 项中 1 项通过\n"), "\(zh.output)")
        let en = try await Self.run(arguments + ["--lang", "en"])
        #expect(en.output.hasPrefix("CASE    VERDICT  LATENCY   REASON\nnotify  PASS     "), "\(en.output)")
        #expect(en.output.hasSuffix("\n1 of 1 passed\n"), "\(en.output)")
    }
}
