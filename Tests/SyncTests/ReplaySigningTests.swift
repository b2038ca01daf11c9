import Foundation
import SellerCore
import SellerStore
import Signing
import Simulator
import Testing
import TestSupport
@testable import Sync

/// How a recorded call is signed afresh: V1 in the query, kit in headers, V2 in the query with other
/// parameters kept; and a V1 replay verified by `koosim isv` itself.
@Suite(.exclusive, .serialized)
struct ReplaySigningTests {
    static let key = ReplayAgainstISVTests.key

    static func arrival(method: String, query: String, headers: [JournalHeader] = [], body: String,
                        version: InterfaceVersion, activity: String = "newInstance") -> JournalArrival {
        JournalArrival(callId: "C1", origin: .marketplace, receivedAt: Timestamp(millis: 1_000), method: method,
                       path: "/", query: query, headers: headers, body: body, peer: "127.0.0.1", activity: activity,
                       interfaceVersion: version, orderId: "O1", orderLineId: nil, instanceId: nil, license: nil,
                       eventId: nil, testFlag: false, signature: .ok, signatureWork: "")
    }

    @Test func v2KeepsOtherParametersAndSignsTheBodyAfresh() throws {
        let body = #"{"activity":"newInstance","orderId":"O1"}"#
        let old = "lang=zh_CN&signature=OLD&timestamp=1000&nonce=OLDNONCE"
        let now: Int64 = 1_800_000_000_000
        let request = ReplayRequest.resign(Self.arrival(method: "POST", query: old, body: body, version: .v2),
                                           accessKey: Self.key, nowMillis: now, nonce: "NEWNONCE")
        #expect(request.query.hasPrefix("lang=zh_CN&signature="))
        #expect(!request.query.contains("OLD"))
        let parameters = V1AuthToken.parameters(fromQuery: request.query)
        func value(_ name: String) -> String? { parameters.first { $0.name == name }?.value }
        #expect(value("nonce") == "NEWNONCE" && value("timestamp") == String(now))
        #expect(throws: Never.self) {
            try V2Signature.verify(signature: value("signature"), timestamp: value("timestamp"),
                                   nonce: value("nonce"), body: Array(body.utf8), accessKey: Self.key,
                                   nowMilliseconds: now)
        }
    }

    @Test func kitIsSignedInHeaders() throws {
        let body = #"{"activity":"getLicense"}"#
        let headers = [JournalHeader("Content-Type", "application/json"), JournalHeader("x-sign", "OLD"),
                       JournalHeader("x-timestamp", "1000"), JournalHeader("x-nonce", "OLDNONCE"),
                       JournalHeader("Content-Length", "25")]
        let now: Int64 = 1_800_000_000_000
        let request = ReplayRequest.resign(Self.arrival(method: "POST", query: "", headers: headers, body: body,
                                                        version: .generic),
                                           accessKey: Self.key, nowMillis: now, nonce: "KITNONCE")
        func header(_ name: String) -> String? { request.headers.first { $0.name == name }?.value }
        #expect(request.query.isEmpty)
        #expect(header("Content-Length") == nil && header("Content-Type") == "application/json")
        #expect(header("x-nonce") == "KITNONCE" && header("x-timestamp") == String(now))
        #expect(throws: Never.self) {
            try KitSignature.verify(sign: header("x-sign"), timestamp: header("x-timestamp"), nonce: header("x-nonce"),
                                    body: Array(body.utf8), accessKey: Self.key, nowMilliseconds: now)
        }
    }

    @Test func aV1ReplayIsVerifiedByTheInterface() async throws {
        let files = try TemporaryDirectory("replay-v1")
        let storePath = files.file("store.db")
        let store = try LocalStore(path: storePath)
        let isv = SampleProductionInterface(configuration: SampleISVConfiguration(accessKey: Self.key,
                                                                                  interface: .saasV1))
        _ = try isv.start()
        defer { isv.stop() }
        let upstream = try #require(isv.url)
        let past = ReplayAgainstISVTests.nowMillis() - 10 * ReplayAgainstISVTests.dayMillis
        let stamp = Timestamp(millis: past).koogalleryMillis
        var parameters: [(name: String, value: String)] = [
            ("activity", "newInstance"), ("businessId", "b-v1"), ("customerId", "c-1"), ("customerName", "客户"),
            ("orderId", "CS26V1"), ("productId", "P1"), ("testFlag", "0"), ("timeStamp", stamp),
        ]
        parameters.append(("authToken", V1AuthToken.compute(parameters: parameters, accessKey: Self.key,
                                                            timeStamp: stamp)))
        let query = parameters.map { RFC3986.encode($0.name) + "=" + RFC3986.encode($0.value) }.joined(separator: "&")
        var arrival = Self.arrival(method: "GET", query: query, body: "", version: .v1)
        arrival.callId = "C\(past)V1"
        arrival.orderId = "CS26V1"
        arrival.receivedAt = Timestamp(millis: past)
        try store.recordArrival(arrival)
        let messageId = try #require(try store.recordAnswer(callId: arrival.callId, JournalAnswer(
            answeredAt: Timestamp(millis: past + 10), latencyMs: 10, status: 502, headers: [], body: "",
            bodyTruncated: false, transportError: nil, outcome: .failure, failureKind: .httpStatus,
            failureDetail: "HTTP 502", resultCode: nil, answeredInstanceId: nil)))
        _ = try store.enqueue(.replayMessage(messageId: messageId), at: Timestamp(millis: ReplayAgainstISVTests.nowMillis()))
        let sender = OutboxSender(storePath: storePath, client: .init(configuration: .init(
            baseURL: upstream, accessKey: "", secretKey: "")), policy: ReplayAgainstISVTests.policy(),
            replay: ReplayTarget(upstream: upstream, productionKey: Self.key, timeout: 5))
        #expect(await sender.run(until: { try OutboxSender.nothingInFlight(in: $0) }, timeout: 60))
        #expect(isv.calls.map(\.resultCode) == ["000000"])
        guard case .exception(let message)? = try store.record(.exceptions, id: messageId) else {
            Issue.record("no message"); return
        }
        #expect(message.state == .recovered)
    }

    @Test func theTargetNeverShowsItsKey() {
        let target = ReplayTarget(upstream: "http://127.0.0.1:1/", productionKey: "secret-production-key")
        var dumped = ""
        dump(target, to: &dumped)
        #expect(!target.description.contains("secret-production-key"))
        #expect(!dumped.contains("secret-production-key"))
    }
}
