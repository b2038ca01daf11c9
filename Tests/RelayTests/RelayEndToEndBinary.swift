import Foundation
import HTTPServer
import SellerCore
import SellerStore
import Simulator
import Signing
import Synchronization
import Testing
import TestSupport

/// Issue 12, Done when §2 and §3, against the real `seller-console relay` binary: a SIGKILL mid-traffic loses
/// and duplicates nothing, and each bad signature is classified (and refused under `--enforce-signature`).
@Suite("relay end to end: the binary", .exclusive, .serialized)
struct RelayEndToEndBinary {
    static let ok = HTTPResponse(status: 200, headers: ["Content-Type": "application/json"],
                                 body: Array(#"{"resultCode":"000000","resultMsg":"success"}"#.utf8))

    /// A running `seller-console relay` and the port it printed.
    struct RunningRelay {
        let child: ChildProcess
        let port: UInt16
        let line: String

        static func start(upstream: String, store: String, home: String, extra: [String] = []) throws -> RunningRelay {
            let binary = try #require(BuiltExecutable.path("seller-console"))
            let child = try ChildProcess(binary, ["relay", "--upstream", upstream, "--store", store,
                                                  "--listen", "127.0.0.1:0", "--key", RelayHarness.key,
                                                  "--lang", "en"] + extra,
                                         overrides: ["HOME": home, "XDG_CONFIG_HOME": home])
            var port: UInt16?
            let listening = waitUntil(timeout: 30) {
                port = Self.port(in: child.outputSoFar)
                return port != nil || !child.isRunning
            }
            guard listening, let port else {
                _ = child.send(SIGKILL)
                throw Failure(description: "relay did not listen: \(child.outputSoFar) \(child.errorsSoFar)")
            }
            let line = child.outputSoFar.split(separator: "\n").first.map(String.init) ?? ""
            return RunningRelay(child: child, port: port, line: line)
        }

        /// The port of "relay listening on http://127.0.0.1:PORT/ …".
        static func port(in output: String) -> UInt16? {
            guard let range = output.range(of: "listening on http://127.0.0.1:") else { return nil }
            return UInt16(output[range.upperBound...].prefix { $0.isNumber })
        }

        func send(_ request: String) throws -> RawResponse {
            let client = try RawClient(port: port, timeout: 15)
            try client.send(request)
            return try client.readResponse()
        }

        func stop() throws -> ChildProcess.Outcome {
            _ = child.send(SIGTERM)
            return try child.wait(timeout: 60)
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func journal(_ path: String) throws -> [JournalCall] {
        let store = try LocalStore(path: path, readOnly: true)
        defer { try? store.close() }
        return try JournalSnapshot.calls(store)
    }

    @Test("SIGKILL mid-traffic, then a restart: nothing lost or doubled, calls in flight closed", .tags(.heavy))
    func killMidTraffic() async throws {
        let started = ContinuousClock.now
        let directory = try TemporaryDirectory("relay-kill")
        let storePath = directory.file("store.sqlite")
        let hold = Mutex(false)
        let gate = Gate()
        let held = Recorder<String>()
        let upstream = try startServer { request in
            if hold.withLock({ $0 }) {
                held.append(TapNonce.of(request.rawQuery) ?? "")
                gate.wait(timeout: 30)
            }
            return .response(Self.ok)
        }
        defer {
            gate.release()
            upstream.server.stop()
        }
        let relay = try RunningRelay.start(upstream: "http://127.0.0.1:\(upstream.port)/", store: storePath,
                                           home: directory.path)

        // Four clients send signed calls until told to stop; each remembers its nonces and whether it got an answer.
        let answered = Recorder<String>(), unanswered = Recorder<String>()
        let stopping = Mutex(false)
        let clients = (0..<4).map { client in
            Thread {
                var index = 0
                while !stopping.withLock({ $0 }) {
                    index += 1
                    let nonce = "kill\(client)x\(index)"
                    let line = "CS-k\(client)-\(index)"
                    let body = RelayHarness.create(orderId: line, line: line + "-000001")
                    let request = RelayHarness.v2(body, nonce: nonce)
                    if let answer = try? relay.send(request), answer.status == 200 {
                        answered.append(nonce)
                    } else {
                        unanswered.append(nonce)
                    }
                }
            }
        }
        clients.forEach { $0.start() }
        // Progress is journal rows, not time.
        #expect(waitUntil(timeout: 60, pollEvery: 0.05) { ((try? Self.journal(storePath).count) ?? 0) >= 200 })
        hold.withLock { $0 = true }
        // Every client is now held at the upstream: four calls in flight, journalled on arrival.
        #expect(waitUntil(timeout: 30) { gate.waiting >= 4 })
        let inFlight = Set(held.values)
        #expect(waitUntil(timeout: 30, pollEvery: 0.05) {
            let journalled = Set(((try? Self.journal(storePath)) ?? []).compactMap { TapNonce.of($0.arrival.query) })
            return inFlight.isSubset(of: journalled)
        })
        _ = relay.child.send(SIGKILL)
        let killed = try relay.child.wait(timeout: 30)
        #expect(killed.signal == SIGKILL)
        stopping.withLock { $0 = true }
        gate.release()
        #expect(waitUntil(timeout: 30) { clients.allSatisfy(\.isFinished) })
        let pendingAtKill = try Self.journal(storePath).filter { $0.outcome == .pending }.map(\.callId)

        let again = try RunningRelay.start(upstream: "http://127.0.0.1:\(upstream.port)/", store: storePath,
                                           home: directory.path)
        #expect(again.line.contains("(\(pendingAtKill.count) calls of a stopped relay closed)"), "\(again.line)")
        let after = try again.send(RelayHarness.v2(RelayHarness.notify, nonce: "after-restart"))
        #expect(after.status == 200)
        let stopped = try again.stop()
        #expect(stopped.status == 0, "\(stopped.errors)")

        let store = try LocalStore(path: storePath)
        defer { try? store.close() }
        #expect(try store.integrityCheck() == ["ok"])
        let calls = try JournalSnapshot.calls(store)
        let nonces = calls.compactMap { TapNonce.of($0.arrival.query) }
        #expect(Set(calls.map(\.callId)).count == calls.count)
        #expect(Set(nonces).count == nonces.count, "a call journalled twice")
        let journalled = Set(nonces)
        let lost = answered.values.filter { !journalled.contains($0) }
        #expect(lost.isEmpty, "answered but not journalled: \(lost.prefix(10))")
        #expect(!pendingAtKill.isEmpty)
        // The calls held at the upstream when the relay died: journalled, and closed as "no answer".
        for nonce in inFlight {
            let call = calls.first { TapNonce.of($0.arrival.query) == nonce }
            #expect(call?.answer?.failureKind == .relayStopped, "held call \(nonce)")
            #expect(call?.answer?.failureDetail == "no answer (relay stopped)")
        }
        // Rows still pending in the store at the kill: those the marketplace got an answer for carry it now (the
        // answer was in the journal log and the restart carried it in); the others are closed as "no answer".
        for id in pendingAtKill {
            let call = try #require(calls.first { $0.callId == id })
            let nonce = TapNonce.of(call.arrival.query) ?? ""
            if answered.values.contains(nonce) {
                #expect(call.answer?.failureKind != .relayStopped, "answered call \(id) closed as 'no answer'")
            } else {
                #expect(call.answer?.failureKind == .relayStopped)
                #expect(call.answer?.failureDetail == "no answer (relay stopped)")
            }
        }
        #expect(calls.allSatisfy { $0.outcome != .pending })
        // Every row is a call a client sent (none invented), and calls in flight at the kill had no answer.
        let sent = Set(answered.values + unanswered.values + ["after-restart"])
        #expect(journalled.isSubset(of: sent))
        #expect(journalled.contains("after-restart"))
        let carried = pendingAtKill.filter { id in
            answered.values.contains(calls.first { $0.callId == id }.flatMap { TapNonce.of($0.arrival.query) } ?? "")
        }
        print("relay e2e kill: \(carried.count) answered calls pending in the store at the kill, answered from the log")
        print("relay e2e kill: \(calls.count) journalled, \(answered.values.count) answered, "
              + "\(pendingAtKill.count) in flight at the kill, \(unanswered.values.count) unanswered, "
              + "\(started.duration(to: .now))")
    }

    @Test("bad, stale, missing and replayed signatures: classified; refused with 000001 under --enforce-signature",
          .tags(.heavy), arguments: [false, true])
    func signatures(enforce: Bool) async throws {
        let directory = try TemporaryDirectory("relay-sign")
        let storePath = directory.file("store.sqlite")
        let isv = SampleProductionInterface(configuration: SampleISVConfiguration(accessKey: RelayHarness.key))
        let upstream = try isv.start()
        defer { isv.stop() }
        let relay = try RunningRelay.start(upstream: upstream, store: storePath, home: directory.path,
                                           extra: enforce ? ["--enforce-signature"] : [])
        let body = RelayHarness.create(orderId: "CS-sig-1", line: "CS-sig-1-000001")
        let cases: [(String, String, SignatureVerdict)] = [
            ("good", RelayHarness.v2(body, nonce: "sig-good"), .ok),
            ("bad", RelayHarness.v2(body, key: "a-wrong-key-000000001", nonce: "sig-bad"), .mismatch),
            ("stale", RelayHarness.v2(body, timestamp: RelayHarness.nowMillis() - 600_000, nonce: "sig-stale"), .stale),
            ("missing", RelayHarness.v2(body, signed: false), .missing),
            ("replayed", RelayHarness.v2(body, nonce: "sig-good"), .replayedNonce),
        ]
        var answers: [String: RawResponse] = [:]
        for (name, request, _) in cases { answers[name] = try relay.send(request) }
        let stopped = try relay.stop()
        #expect(stopped.status == 0, "\(stopped.errors)")

        let calls = try Self.journal(storePath)
        #expect(calls.count == cases.count)
        for (index, (name, _, verdict)) in cases.enumerated() where index < calls.count {
            #expect(calls[index].arrival.signature == verdict, "\(name): \(calls[index].arrival.signature)")
            guard name != "good" else { continue }
            let answer = try #require(answers[name])
            if enforce {
                #expect(answer.status == 200 && String(decoding: answer.body, as: UTF8.self).contains("\"000001\""),
                        "\(name): \(String(decoding: answer.body, as: UTF8.self))")
                #expect(calls[index].answer?.failureKind == .signatureRefused)
            }
        }
        // The upstream saw the good call, and without enforcement every other call too.
        #expect(isv.calls.count == (enforce ? 1 : cases.count))
        print("relay e2e signatures (enforce \(enforce)): upstream saw \(isv.calls.count) of \(cases.count)")
    }
}
