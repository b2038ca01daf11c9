import Foundation
import MarketClient
import SellerCore
import SellerStore
import Signing
import Simulator
@testable import Sync
import Testing
import TestSupport

/// Replays of journalled failures through the outbox to `koosim isv` in process: each exhausted message resolves
/// once, each replay is journalled as such, and the interface verifies every fresh signature itself.
@Suite(.exclusive, .serialized)
struct ReplayAgainstISVTests {
    static let key = "replay-production-key-01"
    static let dayMillis: Int64 = 86_400_000

    @Test func replayingEveryExhaustedMessageRecoversEachOnce() async throws {
        let files = try TemporaryDirectory("replay")
        let storePath = files.file("store.db")
        let store = try LocalStore(path: storePath)
        // The interface fails every call (HTTP 500) while the marketplace calls it.
        var failing = SampleISVConfiguration(accessKey: Self.key)
        failing.misbehaviours = [.http500]
        let broken = SampleProductionInterface(configuration: failing)
        _ = try broken.start()
        let upstream = try #require(broken.url)
        let port = try #require(URL(string: upstream)?.port)
        // Six creates the interface failed, journalled as ten days ago: their retry windows closed long since.
        let past = Self.nowMillis() - 10 * Self.dayMillis
        var recordedIds: [String] = []
        for index in 0..<6 {
            let call = try await Self.sentAndFailed(index: index, to: upstream, journalledAt: past + Int64(index) * 1000)
            try store.recordArrival(call.arrival)
            let answer = try #require(call.answer)
            try store.recordAnswer(callId: call.arrival.callId, answer)
            recordedIds.append(call.arrival.callId)
        }
        #expect(broken.calls.count == 6 && broken.calls.allSatisfy { $0.status == 500 })
        broken.stop()
        // Fixed: a healthy interface on the same port.
        var healthy = SampleISVConfiguration(accessKey: Self.key)
        healthy.port = UInt16(port)
        let isv = SampleProductionInterface(configuration: healthy)
        _ = try isv.start()
        defer { isv.stop() }
        let messageIds = try recordedIds.map { try #require(try store.call(id: $0)?.messageId) }
        #expect(Set(messageIds).count == 6)
        for messageId in messageIds {
            guard case .exception(let message)? = try store.record(.exceptions, id: messageId) else { continue }
            #expect(message.windowEndsAt < Timestamp(millis: Self.nowMillis()), "\(messageId): window still open")
        }
        let outcomes = try store.enqueue(messageIds.map { SellerAction.replayMessage(messageId: $0) },
                                         at: Timestamp(millis: Self.nowMillis()))
        for outcome in outcomes {
            guard case .queued = outcome else { Issue.record("not queued: \(outcome)"); continue }
        }
        let sender = OutboxSender(storePath: storePath, client: MarketClient(configuration: .init(
            baseURL: upstream, accessKey: "", secretKey: "")), policy: Self.policy(),
            replay: ReplayTarget(upstream: upstream, productionKey: Self.key, timeout: 5))
        #expect(await sender.run(until: { try OutboxSender.nothingInFlight(in: $0) }, timeout: 60))

        for (messageId, recordedId) in zip(messageIds, recordedIds) {
            guard case .exception(let message)? = try store.record(.exceptions, id: messageId) else {
                Issue.record("\(messageId) vanished")
                continue
            }
            #expect(message.state == .recovered, "\(messageId): \(message.state)")
            let replays = try store.calls(ofMessage: messageId).filter { $0.arrival.origin == .replay }
            #expect(replays.count == 1, "\(messageId): \(replays.count) replays")
            #expect(replays.first?.arrival.replayOf == recordedId)
            #expect(replays.first?.outcome == .success)
            #expect(ReplayWindow.sentence(for: message, now: Timestamp(millis: Self.nowMillis()))
                .contains("recovered"))
        }
        let seen = isv.calls
        #expect(seen.count == 6)
        let refusals = seen.filter { $0.resultCode == "000001" }.count
        #expect(refusals == 0)
        #expect(seen.allSatisfy { $0.resultCode == "000000" })
        // Replaying a recovered message again is refused before anything is sent.
        guard case .refused = try store.enqueue(.replayMessage(messageId: messageIds[0]),
                                                at: Timestamp(millis: Self.nowMillis())) else {
            Issue.record("a recovered message was queued for replay again")
            return
        }
    }

    /// A create signed now and sent to the (failing) interface, judged by the one judge, journalled at `millis`.
    static func sentAndFailed(index: Int, to upstream: String, journalledAt millis: Int64) async throws -> JournalCall {
        let now = nowMillis()
        var call = failedCreate(index: index, at: now)
        let client = try MarketClient(validating: .init(baseURL: upstream, accessKey: "", secretKey: ""))
        let exchange = try await client.forward(
            method: "POST", target: call.arrival.path + "?" + call.arrival.query,
            headers: [("Content-Type", "application/json")], body: Array(call.arrival.body.utf8),
            responseLimit: 1 << 16, timeout: 5)
        var answer = ReplayTransport.answer(.success(exchange), call: call.arrival, accessKey: key, sentAt: now)
        answer.answeredAt = Timestamp(millis: millis + Int64(answer.latencyMs))
        call.arrival.receivedAt = Timestamp(millis: millis)
        call.arrival.callId = "C\(millis)M\(index)"
        call.answer = answer
        return call
    }

    @Test func anInterfaceStillFailingRefusesTheReplayWithTheWindowSentence() async throws {
        let files = try TemporaryDirectory("replay-fail")
        let storePath = files.file("store.db")
        let store = try LocalStore(path: storePath)
        var configuration = SampleISVConfiguration(accessKey: Self.key)
        configuration.misbehaviours = [.http500]
        let isv = SampleProductionInterface(configuration: configuration)
        _ = try isv.start()
        defer { isv.stop() }
        let upstream = try #require(isv.url)
        let call = Self.failedCreate(index: 0, at: Self.nowMillis() - 10 * Self.dayMillis)
        try store.recordArrival(call.arrival)
        let answer = try #require(call.answer)
        let messageId = try #require(try store.recordAnswer(callId: call.arrival.callId, answer))
        _ = try store.enqueue(.replayMessage(messageId: messageId), at: Timestamp(millis: Self.nowMillis()))
        let sender = OutboxSender(storePath: storePath, client: MarketClient(configuration: .init(
            baseURL: upstream, accessKey: "", secretKey: "")), policy: Self.policy(),
            replay: ReplayTarget(upstream: upstream, productionKey: Self.key, timeout: 2))
        #expect(await sender.run(until: { try OutboxSender.nothingInFlight(in: $0) }, timeout: 60))
        let failed = try store.outboxPage(states: [.failed], limit: 10)
        #expect(failed.count == 1)
        let error = failed.first?.lastError ?? ""
        #expect(error.contains("failed again"), "\(error)")
        #expect(error.contains("press Restart on it in Seller Center"), "\(error)")
    }

    @Test func withoutAKeyTheReplayIsRefusedWithTheReason() async throws {
        let files = try TemporaryDirectory("replay-nokey")
        let storePath = files.file("store.db")
        let store = try LocalStore(path: storePath)
        let call = Self.failedCreate(index: 0, at: Self.nowMillis() - Self.dayMillis)
        try store.recordArrival(call.arrival)
        let answer = try #require(call.answer)
        try store.recordAnswer(callId: call.arrival.callId, answer)
        _ = try store.enqueue(.replayCall(callId: call.arrival.callId), at: Timestamp(millis: Self.nowMillis()))
        let sender = OutboxSender(storePath: storePath, client: MarketClient(configuration: .init(
            baseURL: "http://127.0.0.1:9/", accessKey: "", secretKey: "")), policy: Self.policy(),
            replay: ReplayTarget(upstream: "http://127.0.0.1:9/", productionKey: nil))
        #expect(await sender.run(until: { try OutboxSender.nothingInFlight(in: $0) }, timeout: 30))
        let failed = try store.outboxPage(states: [.failed], limit: 10)
        #expect(failed.first?.lastError?.contains("no production key") == true)
    }

    // MARK: -

    static func policy() -> SenderPolicy {
        var policy = SenderPolicy()
        policy.idlePollSeconds = 0.05
        policy.maxAttempts = 3
        return policy
    }

    static func nowMillis() -> Int64 { Int64(Date().timeIntervalSince1970 * 1000) }

    /// A V2 create the marketplace sent (signed then, long stale now) and the interface answered with HTTP 500.
    static func failedCreate(index: Int, at millis: Int64) -> JournalCall {
        let orderId = "CS2612010000\(index)"
        let body = #"{"activity":"newInstance","businessId":"b-\#(index)","customerId":"c-1","#
            + #""expireTime":"20271201000000","orderId":"\#(orderId)","orderLineId":"\#(orderId)-000001","#
            + #""productId":"P1","skuCode":"S1","testFlag":"0"}"#
        let query = V2Signature.signedQuery(body: Array(body.utf8), accessKey: key, nonce: "N\(index)",
                                            timestamp: String(millis))
            .map { "\($0.name)=\($0.value)" }.joined(separator: "&")
        let arrival = JournalArrival(
            callId: "C\(millis)M\(index)", origin: .marketplace, receivedAt: Timestamp(millis: millis),
            method: "POST", path: "/", query: query,
            headers: [JournalHeader("Content-Type", "application/json")], body: body, peer: "127.0.0.1",
            activity: "newInstance", interfaceVersion: .v2, orderId: orderId, orderLineId: "\(orderId)-000001",
            instanceId: nil, license: nil, eventId: nil, testFlag: false, signature: .ok, signatureWork: "")
        let answer = JournalAnswer(
            answeredAt: Timestamp(millis: millis + 30), latencyMs: 30, status: 500, headers: [], body: "oops",
            bodyTruncated: false, transportError: nil, outcome: .failure, failureKind: .httpStatus,
            failureDetail: "HTTP 500", resultCode: nil, answeredInstanceId: nil)
        return JournalCall(arrival: arrival, answer: answer, messageId: nil)
    }
}
