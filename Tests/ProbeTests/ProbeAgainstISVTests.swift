import Foundation
import Probe
import Simulator
import Testing
import TestSupport

/// The probe against the simulator's sample production interface over real loopback HTTP: a correct interface
/// passes every case of every family, and each way a seller's server really fails is caught by the case that
/// should catch it, with the reason a seller can act on.
@Suite("probe against koosim isv", .exclusive, .serialized)
struct ProbeAgainstISVTests {
    static let key = "isv-access-key-0001"

    /// Runs `cases` (all when empty) of `family` against a sample interface configured by `configure`.
    static func probe(_ family: ProbeFamily, cases: [String] = [], timeout: Double = 20,
                      _ configure: (inout SampleISVConfiguration) -> Void = { _ in }) async throws -> [ProbeResult] {
        let interface = try #require(ISVInterface(rawValue: family.rawValue))
        var configuration = SampleISVConfiguration(accessKey: key, interface: interface)
        configure(&configuration)
        let isv = SampleProductionInterface(configuration: configuration)
        let url = try isv.start() + "produce"
        defer { isv.stop() }
        let runner = ProbeRunner(family: family, accessKey: key, timeout: timeout,
                                 transport: try MarketClientTransport(url: url))
        return try await runner.run(cases.compactMap(family.probeCase(named:)), state: try ProbeState.random())
    }

    static func failures(_ results: [ProbeResult]) -> [String: String] {
        Dictionary(results.filter { $0.judgement.verdict == .fail }.map { ($0.caseName, $0.judgement.reason) },
                   uniquingKeysWith: { first, _ in first })
    }

    @Test("a correct interface passes every case of every family, exit 0", arguments: ProbeFamily.allCases)
    func everyCasePasses(family: ProbeFamily) async throws {
        let results = try await Self.probe(family)
        #expect(results.map(\.caseName) == family.cases.map(\.name))
        for result in results {
            #expect(result.judgement.verdict == .pass, "\(family.rawValue) \(result.caseName): \(result.judgement)")
        }
        #expect(ProbeRunner.exitCode(results) == 0)
    }

    /// A misbehaviour, the family it is tried on, the cases run, and what each listed case must fail with.
    struct Expectation: Sendable, CustomTestStringConvertible {
        var misbehaviour: ISVMisbehaviour
        var family: ProbeFamily
        var cases: [String]
        var failing: [String: String]
        var testDescription: String { "\(misbehaviour.rawValue) on \(family.rawValue)" }
    }

    static let expectations: [Expectation] = [
        Expectation(misbehaviour: .http500, family: .saasV2, cases: ["create"],
                    failing: ["create": "HTTP 500 (expected 200)"]),
        Expectation(misbehaviour: .html, family: .saasV2, cases: ["create"],
                    failing: ["create": "HTTP 502 (expected 200)"]),
        Expectation(misbehaviour: .textContentType, family: .saasV2, cases: ["create"],
                    failing: ["create": "Content-Type is text/plain"]),
        Expectation(misbehaviour: .missingField, family: .saasV2, cases: ["create", "query"],
                    failing: ["create": "instanceId is missing", "query": "frontEndUrl is missing"]),
        Expectation(misbehaviour: .wrongCode, family: .saasV2, cases: ["create"],
                    failing: ["create": "is not a published code"]),
        Expectation(misbehaviour: .notIdempotent, family: .saasV2, cases: ["create", "create-again"],
                    failing: ["create-again": "not idempotent"]),
        Expectation(misbehaviour: .badBodySign, family: .saasV1, cases: ["create"],
                    failing: ["create": "Body-Sign"]),
        Expectation(misbehaviour: .acceptsUnsigned, family: .saasV2,
                    cases: ["unsigned-refused", "wrong-signature-refused", "stale-signature-refused"],
                    failing: ["unsigned-refused": "verify the signature", "wrong-signature-refused": "verify the signature",
                              "stale-signature-refused": "verify the signature"]),
    ]

    @Test("each misbehaviour fails the case that should catch it, with its reason, exit 1", arguments: expectations)
    func misbehaviourIsCaught(_ expected: Expectation) async throws {
        let results = try await Self.probe(expected.family, cases: expected.cases) {
            $0.misbehaviours = [expected.misbehaviour]
        }
        let failures = Self.failures(results)
        #expect(Set(failures.keys) == Set(expected.failing.keys), "\(failures)")
        for (name, reason) in expected.failing {
            #expect(failures[name]?.contains(reason) == true, "\(name): \(failures[name] ?? "passed")")
        }
        #expect(ProbeRunner.exitCode(results) == 1)
    }

    @Test("an answer slower than the timeout fails with the limit named, within it")
    func slowAnswerFails() async throws {
        let started = ContinuousClock.now
        let results = try await Self.probe(.saasV2, cases: ["create"], timeout: 0.5) {
            $0.misbehaviours = [.slow]
            $0.slowDelay = 3
        }
        let failures = Self.failures(results)
        #expect(failures["create"]?.contains("no answer") == true, "\(failures)")
        #expect(ProbeRunner.exitCode(results) == 1)
        #expect(started.duration(to: .now) < .seconds(3), "the probe gave up at its timeout, not the server's delay")
    }
}
