import Foundation
import HTTPServer
import Relay
import SellerCore
import Synchronization
import Testing
import TestSupport

/// The journal never holds a call up: a journal that fails loses writes (counted) and a slow one is not
/// waited for; a stop lets calls in flight finish and journals them; a start closes what a killed relay left.
@Suite("relay journal", .exclusive, .serialized)
struct RelayJournalTests {
    static let ok = HTTPResponse(status: 200, headers: ["Content-Type": "application/json"],
                                 body: Array(#"{"resultCode":"000000","resultMsg":"success"}"#.utf8))

    @Test("a journal that throws on every write: calls still pass through, every loss counted")
    func failingJournal() throws {
        let upstream = try startServer { _ in .response(Self.ok) }
        defer { upstream.server.stop() }
        let losses = Mutex<[String]>([])
        let harness = try RelayHarness(upstream: "http://127.0.0.1:\(upstream.port)", opening: { FailingJournal() },
                                       configure: { $0.onLostWrite = { _, reason in losses.withLock { $0.append(reason) } } })
        for _ in 0..<3 {
            let answer = try harness.send(RelayHarness.v2(RelayHarness.notify))
            #expect(answer.status == 200 && answer.body == Self.ok.body, "status \(answer.status)")
        }
        let summary = harness.relay.stop()
        #expect(summary.calls == 3)
        // closeUnansweredCalls, relayStarted, 3 arrivals, 3 answers, relayStopped (heartbeats may add more).
        #expect(summary.lostWrites >= 9)
        #expect(losses.withLock { $0.first } == "disk I/O error")
    }

    @Test("a slow journal is not waited for: the call is forwarded and answered at once")
    func slowJournal() throws {
        let upstream = try startServer { _ in .response(Self.ok) }
        defer { upstream.server.stop() }
        let gate = Gate()
        let journal = MemoryCallJournal()
        let harness = try RelayHarness(upstream: "http://127.0.0.1:\(upstream.port)",
                                       opening: { HookedJournal(journal) { _ in gate.wait(timeout: 10) } })
        let started = Date()
        let answer = try harness.send(RelayHarness.v2(RelayHarness.notify))
        #expect(answer.status == 200)
        #expect(Date().timeIntervalSince(started) < 2)
        gate.release()
        let summary = harness.relay.stop()
        #expect(summary.lostWrites == 0)
        #expect(journal.calls.count == 1 && journal.calls.first?.outcome == .success)
    }

    @Test("a stop with a call in flight: the call completes and is journalled")
    func gracefulStop() throws {
        let gate = Gate()
        let upstream = try startServer { _ in
            gate.wait(timeout: 10)
            return .response(Self.ok)
        }
        defer { upstream.server.stop() }
        let harness = try RelayHarness(upstream: "http://127.0.0.1:\(upstream.port)")
        let answers = Recorder<Int>()
        let client = Thread {
            let answer = try? harness.send(RelayHarness.v2(RelayHarness.notify))
            answers.append(answer?.status ?? -1)
        }
        client.start()
        #expect(waitUntil { gate.waiting == 1 })
        let stopped = Recorder<RelaySummary>()
        let stopper = Thread { stopped.append(harness.relay.stop()) }
        stopper.start()
        #expect(waitUntil { harness.journal.calls.count == 1 })
        #expect(!harness.relay.summary.lostWrites.description.isEmpty && stopped.values.isEmpty)
        gate.release()
        #expect(waitUntil { stopped.values.count == 1 })
        #expect(answers.values == [200])
        #expect(harness.journal.calls.first?.outcome == .success)
        #expect(harness.journal.relays.first?.stopped == true)
        #expect(stopped.values.first?.calls == 1)
    }

    @Test("at start, calls a killed relay left unanswered become 'no answer (relay stopped)'")
    func closesUnanswered() throws {
        let upstream = try startServer { _ in .response(Self.ok) }
        defer { upstream.server.stop() }
        let left = JournalArrival(
            callId: "C20261203000000000abcd00000001", origin: .marketplace, receivedAt: Timestamp(millis: 1_000),
            method: "POST", path: "/produce", query: "", headers: [], body: "{}", peer: "127.0.0.1:1",
            activity: "newInstance", interfaceVersion: .v2, orderId: "CS-1", orderLineId: "CS-1-1", instanceId: nil,
            license: nil, eventId: nil, testFlag: false, signature: .ok, signatureWork: "")
        let journal = MemoryCallJournal(calls: [JournalCall(arrival: left, answer: nil, messageId: nil)])
        let harness = try RelayHarness(upstream: "http://127.0.0.1:\(upstream.port)", journal: journal)
        defer { harness.relay.stop() }
        #expect(harness.relay.summary.closedAtStart == 1)
        let closed = try #require(journal.call(id: left.callId)?.answer)
        #expect(closed.failureKind == .relayStopped && closed.failureDetail == "no answer (relay stopped)")
        #expect(waitUntil { journal.relays.count == 1 })
    }

    @Test("call ids are unique and sort in arrival order")
    func callIds() throws {
        let upstream = try startServer { _ in .response(Self.ok) }
        defer { upstream.server.stop() }
        let harness = try RelayHarness(upstream: "http://127.0.0.1:\(upstream.port)")
        defer { harness.relay.stop() }
        for _ in 0..<20 { _ = try harness.send(RelayHarness.v2(RelayHarness.notify)) }
        #expect(harness.waitForAnswers(20))
        let ids = harness.journal.calls.map(\.callId)
        #expect(Set(ids).count == 20 && ids == ids.sorted())
        #expect(ids.allSatisfy { $0.hasPrefix("C20") && $0.count == 30 })
    }
}
