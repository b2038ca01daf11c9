import Foundation
import Relay
import SellerCore
import Simulator
import Testing
import TestSupport

/// Each signature verdict, and `--enforce-signature` answering `000001` without the upstream seeing the call.
@Suite("relay signature verdicts", .exclusive, .serialized)
struct RelaySignatureTests {
    /// An upstream that serves every call, signed or not, so only the relay judges.
    static func lenientISV(_ interface: ISVInterface = .orderNotify) throws -> SampleProductionInterface {
        var configuration = SampleISVConfiguration(accessKey: RelayHarness.key, interface: interface)
        configuration.misbehaviours = [.acceptsUnsigned]
        let isv = SampleProductionInterface(configuration: configuration)
        try isv.start()
        return isv
    }

    static func verdict(_ harness: RelayHarness, _ request: String) throws -> SignatureVerdict? {
        let before = harness.journal.calls.count
        _ = try harness.send(request)
        _ = waitUntil { harness.journal.calls.count > before }
        return harness.journal.calls.last?.arrival.signature
    }

    @Test("V2: ok, mismatch, stale, missing, replayed nonce")
    func v2() throws {
        let isv = try Self.lenientISV()
        defer { isv.stop() }
        let harness = try RelayHarness(upstream: try #require(isv.url))
        defer { harness.relay.stop() }
        let body = RelayHarness.notify
        #expect(try Self.verdict(harness, RelayHarness.v2(body, nonce: "nonce-A")) == .ok)
        #expect(try Self.verdict(harness, RelayHarness.v2(body, nonce: "nonce-A")) == .replayedNonce)
        #expect(try Self.verdict(harness, RelayHarness.v2(body, key: "another-key")) == .mismatch)
        #expect(try Self.verdict(harness, RelayHarness.v2(body, timestamp: RelayHarness.nowMillis() - 120_000)) == .stale)
        #expect(try Self.verdict(harness, RelayHarness.v2(body, signed: false)) == .missing)
        let work = try #require(harness.journal.calls.first?.arrival.signatureWork)
        #expect(work.contains("{accessKey}") && !work.contains(RelayHarness.key))
        #expect(harness.journal.calls.allSatisfy { !$0.arrival.signatureWork.contains(RelayHarness.key) })
    }

    @Test("V1: ok, mismatch, missing (no window is published, so never stale)")
    func v1() throws {
        let isv = try Self.lenientISV(.saasV1)
        defer { isv.stop() }
        let harness = try RelayHarness(upstream: try #require(isv.url))
        defer { harness.relay.stop() }
        let fields = [("activity", "instanceStatus"), ("instanceId", "i-1"), ("instanceStatus", "FREEZE")]
        #expect(try Self.verdict(harness, RelayHarness.v1(fields)) == .ok)
        #expect(try Self.verdict(harness, RelayHarness.v1(fields, key: "another-key")) == .mismatch)
        #expect(try Self.verdict(harness, RelayHarness.v1(fields, signed: false)) == .missing)
    }

    @Test("kit headers are judged like V2")
    func kit() throws {
        let isv = try Self.lenientISV()
        defer { isv.stop() }
        let harness = try RelayHarness(upstream: try #require(isv.url))
        defer { harness.relay.stop() }
        #expect(try Self.verdict(harness, RelayHarness.kit(RelayHarness.notify)) == .ok)
        #expect(try Self.verdict(harness, RelayHarness.kit(RelayHarness.notify, key: "another-key")) == .mismatch)
    }

    @Test("without a key every call is unchecked and forwarded")
    func unchecked() throws {
        let isv = try Self.lenientISV()
        defer { isv.stop() }
        let harness = try RelayHarness(upstream: try #require(isv.url), key: nil,
                                       configure: { $0.enforceSignature = true })
        defer { harness.relay.stop() }
        #expect(try Self.verdict(harness, RelayHarness.v2(RelayHarness.notify, key: "whatever")) == .unchecked)
        #expect(isv.calls.count == 1)
    }

    @Test("--enforce-signature answers 000001 for each failing verdict and the upstream sees nothing")
    func enforced() throws {
        let isv = try Self.lenientISV()
        defer { isv.stop() }
        let harness = try RelayHarness(upstream: try #require(isv.url), configure: { $0.enforceSignature = true })
        defer { harness.relay.stop() }
        let body = RelayHarness.notify
        _ = try harness.send(RelayHarness.v2(body, nonce: "nonce-B"))
        let refused = [RelayHarness.v2(body, nonce: "nonce-B"), RelayHarness.v2(body, key: "another-key"),
                       RelayHarness.v2(body, timestamp: RelayHarness.nowMillis() - 120_000),
                       RelayHarness.v2(body, signed: false)]
        for request in refused {
            let answer = try harness.send(request)
            #expect(answer.status == 200)
            #expect(answer.text.contains(#""resultCode":"000001""#), "\(answer.text)")
            #expect(answer.header("Content-Type")?.hasPrefix("application/json") == true)
        }
        #expect(harness.waitForAnswers(5))
        #expect(isv.calls.count == 1)
        let kinds = harness.journal.calls.map { $0.answer?.failureKind }
        #expect(kinds == [nil, .signatureRefused, .signatureRefused, .signatureRefused, .signatureRefused])
        #expect(harness.journal.calls.map(\.arrival.signature) == [.ok, .replayedNonce, .mismatch, .stale, .missing])
    }

    @Test("--enforce-signature on V1 signs its 000001 with Body-Sign")
    func enforcedV1() throws {
        let isv = try Self.lenientISV(.saasV1)
        defer { isv.stop() }
        let harness = try RelayHarness(upstream: try #require(isv.url), configure: { $0.enforceSignature = true })
        defer { harness.relay.stop() }
        let answer = try harness.send(RelayHarness.v1([("activity", "queryInstance"), ("instanceId", "i-1")],
                                                      key: "another-key"))
        #expect(answer.text.contains("000001"))
        let header = try #require(answer.header("Body-Sign"))
        #expect(header.contains("HMAC-SHA256"))
        #expect(isv.calls.isEmpty)
    }
}
