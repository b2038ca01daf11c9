import ListContract
import SellerCore
import SellerStore
import Testing
import TestSupport

/// Calls for the journal tests: V2-shaped arrivals with a flat JSON body, and answers of each kind.
enum JournalFixture {
    static let t0 = Timestamp(millis: 1_790_000_000_000)

    static func at(_ seconds: Int64) -> Timestamp { t0.adding(seconds: seconds) }

    static func makeStore(_ label: String) throws -> (directory: TemporaryDirectory, store: LocalStore) {
        try ListFixtures.makeStore(label)
    }

    static func arrival(_ id: String, _ activity: Activity, at time: Timestamp, origin: CallOrigin = .marketplace,
                        replayOf: String? = nil, orderId: String? = nil, orderLineId: String? = nil,
                        instanceId: String? = nil, license: String? = nil, fields: [(String, String)] = [],
                        testFlag: Bool = false, signature: SignatureVerdict = .ok) -> JournalArrival {
        var members: [(String, String)] = [("activity", activity.rawValue)]
        members += [("orderId", orderId), ("orderLineId", orderLineId), ("instanceId", instanceId),
                    ("license", license)].compactMap { name, value in value.map { (name, $0) } }
        members += fields + [("testFlag", testFlag ? "1" : "0")]
        let body = "{" + members.map { "\"\($0.0)\":\"\($0.1)\"" }.joined(separator: ",") + "}"
        return JournalArrival(
            callId: id, origin: origin, replayOf: replayOf, receivedAt: time, method: "POST", path: "/produce",
            query: "signature=abc&timestamp=1&nonce=n-\(id)", headers: [JournalHeader("Content-Type", "application/json")],
            body: body, peer: "127.0.0.1:5000", activity: activity.rawValue, interfaceVersion: .v2, orderId: orderId,
            orderLineId: orderLineId, instanceId: instanceId, license: license, eventId: nil, testFlag: testFlag,
            signature: signature, signatureWork: "sha256(body)")
    }

    static func success(at time: Timestamp, instanceId: String? = nil, code: String = "000000") -> JournalAnswer {
        let body = instanceId.map { "{\"resultCode\":\"\(code)\",\"resultMsg\":\"ok\",\"instanceId\":\"\($0)\"}" }
            ?? "{\"resultCode\":\"\(code)\",\"resultMsg\":\"ok\"}"
        return JournalAnswer(answeredAt: time, latencyMs: 12, status: 200,
                             headers: [JournalHeader("Content-Type", "application/json")], body: body,
                             bodyTruncated: false, transportError: nil, outcome: .success, failureKind: nil,
                             failureDetail: "", resultCode: code, answeredInstanceId: instanceId)
    }

    static func failure(at time: Timestamp, kind: CallFailureKind = .resultCode, detail: String = "000005 内部错误",
                        code: String? = "000005", status: Int? = 200) -> JournalAnswer {
        JournalAnswer(answeredAt: time, latencyMs: 40, status: status, headers: [],
                      body: code.map { "{\"resultCode\":\"\($0)\",\"resultMsg\":\"内部错误\"}" } ?? "",
                      bodyTruncated: false, transportError: nil, outcome: .failure, failureKind: kind,
                      failureDetail: detail, resultCode: code, answeredInstanceId: nil)
    }

    /// Arrival and answer in one go; the message id the call counted toward.
    @discardableResult
    static func record(_ store: LocalStore, _ arrival: JournalArrival, _ answer: JournalAnswer) throws -> String? {
        try store.recordArrival(arrival)
        return try store.recordAnswer(callId: arrival.callId, answer)
    }
}

/// Projection of answered calls into journal messages: opening, attempts, windows, recovery, episodes, replays.
@Suite struct JournalProjectionTests {
    typealias F = JournalFixture

    static func create(_ id: String, _ seconds: Int64, origin: CallOrigin = .marketplace,
                       line: String = "OL-1") -> JournalArrival {
        F.arrival(id, .newInstance, at: F.at(seconds), origin: origin, orderId: "ORD-1", orderLineId: line)
    }

    @Test func aFailureOpensAJournalMessage() throws {
        let (directory, store) = try F.makeStore("journal-open")
        defer { withExtendedLifetime(directory) {} }
        try ListFixtures.fill(store, [.order(ListFixtures.order("ORD-1", name: "张伟科技", product: "云服务器",
                                                                created: F.at(-60)))])
        let id = try #require(try F.record(store, Self.create("C1", 0), F.failure(at: F.at(1))))
        let key = try #require(JournalMessageKey(Self.create("C1", 0)))
        #expect(id == key.messageId(episode: 1))
        #expect(id.hasPrefix("J-") && id.count == 14)

        let message = try #require(try store.exception(id: id))
        #expect(message.source == .journal)
        #expect(message.state == .retrying)
        #expect(message.retryPolicy == .hourlyFor3h)
        #expect(message.firstFailureAt == F.at(0))
        #expect(message.windowEndsAt == F.at(3 * 3600))
        #expect(message.orderId == "ORD-1" && message.orderLineId == "OL-1")
        #expect(message.customerName == "张伟科技" && message.productName == "云服务器")
        #expect(message.exceptionInfo == "000005 内部错误" && message.resultCode == "000005")
        #expect(message.requestBody.contains("\"activity\":\"newInstance\""))
        #expect(message.attempts.map(\.trigger) == [.initial])
        #expect(message.attempts.first?.callId == "C1")
        #expect(try store.call(id: "C1")?.messageId == id)
        #expect(try store.count(StoreListQuery(kind: .exceptions, filterText: "source:journal")) == 1)
    }

    @Test func retriesAppendOneAttemptEach() throws {
        let (directory, store) = try F.makeStore("journal-retries")
        defer { withExtendedLifetime(directory) {} }
        var ids: Set<String?> = []
        for n in 0..<4 {
            ids.insert(try F.record(store, Self.create("C\(n)", Int64(n) * 3600 - 5), F.failure(at: F.at(Int64(n) * 3600))))
        }
        #expect(ids.count == 1)
        let id = try #require(ids.first ?? nil)
        let message = try #require(try store.exception(id: id))
        #expect(message.attempts.map(\.trigger) == [.initial, .automatic, .automatic, .automatic])
        #expect(message.attempts.map(\.number) == [1, 2, 3, 4])
        #expect(message.attempts.compactMap(\.callId) == ["C0", "C1", "C2", "C3"])
        #expect(try store.calls(ofMessage: message.messageId).map(\.callId) == ["C3", "C2", "C1", "C0"])
        #expect(try store.latestMarketplaceCall(ofMessage: message.messageId)?.callId == "C3")
        // The third hourly retry comes at the end of the 3-hour window: when it fails, retries have stopped.
        #expect(message.state == .exhausted)
        try store.checkSearchIndexes()
    }

    @Test func theWindowEndsOnWriteAndOnRefresh() throws {
        let (directory, store) = try F.makeStore("journal-window")
        defer { withExtendedLifetime(directory) {} }
        let id = try #require(try F.record(store, Self.create("C1", 0), F.failure(at: F.at(1))))
        #expect(try store.refreshJournalWindows(at: F.at(3 * 3600 - 1)) == 0)
        #expect(try store.exception(id: id)?.state == .retrying)
        #expect(try store.refreshJournalWindows(at: F.at(3 * 3600)) == 1)
        #expect(try store.exception(id: id)?.state == .exhausted)
        #expect(try store.count(StoreListQuery(kind: .exceptions, filterText: "重试已停止")) == 1)

        // A 1-hour policy message whose last retry arrives after the window is exhausted at once.
        let freeze = { (callId: String, seconds: Int64) in
            F.arrival(callId, .updateInstanceStatus, at: F.at(seconds), instanceId: "INS-9",
                      fields: [("status", "FREEZE")])
        }
        let other = try #require(try F.record(store, freeze("S1", 0), F.failure(at: F.at(1))))
        try F.record(store, freeze("S2", 3601), F.failure(at: F.at(3602)))
        #expect(try store.exception(id: other)?.state == .exhausted)
        #expect(try store.exception(id: other)?.attemptCount == 2)

        // A gateway message in the same state is not the journal's to move.
        let gateway = ProduceMessage(
            messageId: "MSG-1", activity: .newInstance, interfaceVersion: .v2, orderId: "O", orderLineId: nil,
            instanceId: nil, productName: "", customerName: "", state: .retrying, retryPolicy: .hourlyFor3h,
            firstFailureAt: F.at(0), windowEndsAt: F.at(1), exceptionInfo: "", resultCode: nil, requestBody: "",
            responseBody: "", attempts: [], updatedAt: F.at(0))
        try ListFixtures.fill(store, [.exception(gateway)])
        #expect(try store.refreshJournalWindows(at: F.at(99_999)) == 0)
        #expect(try store.exception(id: "MSG-1")?.state == .retrying)

        // A policy without retries (queryInstance) is exhausted from its first failure.
        let query = F.arrival("Q1", .queryInstance, at: F.at(10), instanceId: "INS-9")
        let queried = try #require(try F.record(store, query, F.failure(at: F.at(11))))
        #expect(try store.exception(id: queried)?.state == .exhausted)
    }

    @Test func aSuccessRecoversAndALaterFailureOpensTheNextEpisode() throws {
        let (directory, store) = try F.makeStore("journal-recover")
        defer { withExtendedLifetime(directory) {} }
        let first = try #require(try F.record(store, Self.create("C1", 0), F.failure(at: F.at(1))))
        #expect(try F.record(store, Self.create("C2", 3600), F.success(at: F.at(3601), instanceId: "INS-1")) == first)
        let recovered = try #require(try store.exception(id: first))
        #expect(recovered.state == .recovered && recovered.state.label == "已恢复")
        #expect(recovered.attempts.map(\.outcome) == [.failure, .success])
        #expect(recovered.exceptionInfo == "000005 内部错误")

        // Another success counts toward nothing; a failure opens episode 2.
        #expect(try F.record(store, Self.create("C3", 4000), F.success(at: F.at(4001), instanceId: "INS-1")) == nil)
        let second = try #require(try F.record(store, Self.create("C4", 5000), F.failure(at: F.at(5001))))
        #expect(second == first + "-2")
        #expect(try store.exception(id: second)?.attempts.map(\.trigger) == [.initial])
        #expect(try store.exception(id: first)?.attemptCount == 2)
    }

    @Test func aReplayIsAnAttemptOfItsOwnKind() throws {
        let (directory, store) = try F.makeStore("journal-replay")
        defer { withExtendedLifetime(directory) {} }
        let id = try #require(try F.record(store, Self.create("C1", 0), F.failure(at: F.at(1))))
        try F.record(store, Self.create("R1", 60, origin: .replay), F.failure(at: F.at(61)))
        #expect(try F.record(store, Self.create("R2", 120, origin: .replay), F.success(at: F.at(121),
                                                                                         instanceId: "I")) == id)
        let message = try #require(try store.exception(id: id))
        #expect(message.attempts.map(\.trigger) == [.initial, .replay, .replay])
        #expect(message.state == .recovered)
        // Replays never stand for the marketplace's calls.
        #expect(try store.latestMarketplaceCall(ofMessage: id)?.callId == "C1")
    }

    @Test func testCallsAndCallsWithoutAKeyAreOnlyJournalled() throws {
        let (directory, store) = try F.makeStore("journal-testflag")
        defer { withExtendedLifetime(directory) {} }
        let test = F.arrival("T1", .newInstance, at: F.at(0), orderId: "MOCK-1", orderLineId: "MOCK-L", testFlag: true)
        #expect(try F.record(store, test, F.failure(at: F.at(1))) == nil)
        let keyless = F.arrival("K1", .updateInstanceStatus, at: F.at(0), fields: [("status", "FREEZE")])
        #expect(try F.record(store, keyless, F.failure(at: F.at(1))) == nil)
        #expect(try store.count(.exceptions) == 0)
        #expect(try store.count(.orders) == 0)
        #expect(try store.count(.calls) == 2)
    }

    @Test func keysSeparateScenarios() throws {
        let freeze = F.arrival("A", .updateInstanceStatus, at: F.at(0), instanceId: "I1", fields: [("status", "FREEZE")])
        let unfreeze = F.arrival("B", .updateInstanceStatus, at: F.at(0), instanceId: "I1",
                                 fields: [("status", "UNFREEZE")])
        let renew1 = F.arrival("C", .refreshInstance, at: F.at(0), orderId: "R1", instanceId: "I1")
        let renew2 = F.arrival("D", .refreshInstance, at: F.at(0), orderId: "R2", instanceId: "I1")
        let v1Create = F.arrival("E", .newInstance, at: F.at(0), orderId: "O1")
        let keys = [freeze, unfreeze, renew1, renew2, v1Create].compactMap(JournalMessageKey.init)
        #expect(Set(keys).count == 5)
        #expect(keys[4].text == "newInstance|order:O1")
        #expect(keys[0].text == "updateInstanceStatus|instance:I1|status:FREEZE")
        #expect(StableHash.hex("", digits: 16) == "cbf29ce484222325")
    }
}
