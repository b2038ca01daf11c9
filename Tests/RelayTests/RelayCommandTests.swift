import Foundation
import Testing
import TestSupport

/// `seller-console relay` and `benchmark-relay` on the command line: bad input exits 2 with one clear line and
/// the usage, before anything listens; the key never appears in what it prints.
@Suite("relay command line", .exclusive, .serialized)
struct RelayCommandTests {
    static func run(_ arguments: [String]) async throws -> ChildProcess.Outcome {
        try await ChildProcess.runOffPool(try #require(BuiltExecutable.path("seller-console")), arguments, timeout: 60)
    }

    @Test("bad input exits 2 with the reason and the usage", arguments: [
        ([], "--upstream URL is required"),
        (["--upstream", "http://isv.example.com/produce"], "plain http is allowed only to loopback"),
        (["--upstream", "ftp://127.0.0.1/"], "the scheme must be https"),
        (["--upstream", "http://127.0.0.1:1/", "--listen", "localhost:8090"], "--listen must be HOST:PORT"),
        (["--upstream", "http://127.0.0.1:1/", "--listen", "127.0.0.1:99999"], "--listen must be HOST:PORT"),
        (["--upstream", "http://127.0.0.1:1/", "--listen", "300.0.0.1:80"], "--listen must be HOST:PORT"),
        (["--upstream", "http://127.0.0.1:1/", "--enforce-signature"], "--enforce-signature needs the access key"),
        (["--upstream", "http://127.0.0.1:1/", "--body-limit", "10"], "--body-limit must be a whole number"),
        (["--upstream", "http://127.0.0.1:1/", "--max-calls", "0"], "--max-calls must be a whole number"),
        (["--upstream", "http://127.0.0.1:1/", "--timeout", "0"], "--timeout must be a number"),
        (["--upstream", "http://127.0.0.1:1/", "--bogus"], "unknown argument --bogus"),
    ])
    func usage(arguments: [String], message: String) async throws {
        let outcome = try await Self.run(["relay"] + arguments)
        #expect(outcome.status == 2)
        #expect(outcome.errors.contains(message), "\(outcome.errors)")
        #expect(outcome.errors.contains("usage: seller-console relay --upstream URL"))
    }

    @Test("the key is never printed, even in an error")
    func keyNotPrinted() async throws {
        let outcome = try await Self.run(["relay", "--upstream", "http://isv.example.com/", "--key", "secret-relay-key-1"])
        #expect(outcome.status == 2)
        #expect(!(outcome.output + outcome.errors).contains("secret-relay-key-1"))
    }

    @Test("benchmark-relay refuses a rate or duration out of range", arguments: [
        (["--rate", "0"], "--rate must be a whole number"),
        (["--seconds", "0"], "--seconds must be a number"),
    ])
    func benchmarkUsage(arguments: [String], message: String) async throws {
        let outcome = try await Self.run(["benchmark-relay"] + arguments)
        #expect(outcome.status == 2)
        #expect(outcome.errors.contains(message), "\(outcome.errors)")
    }

    @Test("benchmark-relay runs the real relay under a short loopback load, with no errors", .tags(.heavy))
    func benchmarkRuns() async throws {
        let outcome = try await Self.run(["benchmark-relay", "--seconds", "1", "--rate", "100"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.contains("errors:            0\n"), "\(outcome.output)")
        // The relay's own stop line, from its own process: every call forwarded and measured.
        #expect(outcome.output.contains("stopped: 100 calls, 0 failures, 0 lost journal writes; added per call p50 "),
                "\(outcome.output)")
        #expect(outcome.output.contains(" MB (the relay's process)"), "\(outcome.output)")
        #expect(outcome.output.contains("journal rows:      100\n"), "\(outcome.output)")
    }
}
