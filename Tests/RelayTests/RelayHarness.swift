import Foundation
import HTTPServer
import Relay
import SellerCore
import Signing
import TestSupport

/// A relay in front of an upstream on loopback, journalling to memory (or to a journal a test supplies), and
/// marketplace-shaped calls signed the published ways.
struct RelayHarness {
    static let key = "relay-access-key-0001"

    let relay: Relay
    let journal: MemoryCallJournal
    let port: UInt16

    init(upstream: String, key: String? = RelayHarness.key, journal: MemoryCallJournal = MemoryCallJournal(),
         opening: (@Sendable () throws -> CallJournal)? = nil,
         configure: (inout RelayConfiguration) -> Void = { _ in }) throws {
        var configuration = RelayConfiguration(upstream: upstream)
        configuration.accessKey = key
        // Generous but under the client's 15 s: on a loaded machine (the whole suite beside a build) an
        // in-process upstream has been seen to take over 5 s, which made a pass-through test read a 504.
        // Tests of the timeout itself set their own.
        configuration.upstreamTimeout = 12
        configure(&configuration)
        relay = Relay(configuration: configuration, journal: opening ?? { journal })
        self.journal = journal
        let address = try relay.start()
        port = UInt16(address.split(separator: ":").last.flatMap { UInt16($0) } ?? 0)
    }

    /// Sends one raw request and reads the answer.
    func send(_ request: String) throws -> RawResponse {
        let client = try RawClient(port: port, timeout: 15)
        try client.send(request)
        return try client.readResponse()
    }

    /// Waits until the journal holds `count` answered calls.
    func waitForAnswers(_ count: Int) -> Bool {
        waitUntil(timeout: 10) { journal.calls.filter { $0.answer != nil }.count >= count }
    }

    /// The only journalled call, answered.
    func lastCall() -> JournalCall? {
        _ = waitUntil(timeout: 10) { journal.calls.last?.answer != nil }
        return journal.calls.last
    }

    // MARK: calls

    static func nowMillis() -> Int64 { Int64(Date().timeIntervalSince1970 * 1000) }

    /// A V2 POST with the body signed in the query (§4.5).
    static func v2(_ body: String, key: String = RelayHarness.key, timestamp: Int64 = nowMillis(),
                   nonce: String? = nil, path: String = "/produce", signed: Bool = true) -> String {
        let nonce = nonce ?? ((try? V2Signature.randomNonce()) ?? "N\(UInt64.random(in: 0...UInt64.max))")
        let query = signed
            ? V2Signature.signedQuery(body: Array(body.utf8), accessKey: key, nonce: nonce,
                                      timestamp: String(timestamp))
                .map { "\($0.name)=\($0.value)" }.joined(separator: "&")
            : ""
        return rawRequest("POST", path + (query.isEmpty ? "" : "?" + query),
                          headers: ["Content-Type: application/json", "User-Agent: relay-test"], body: body)
    }

    /// A V1 GET with `timeStamp` and `authToken` (§4.2).
    static func v1(_ fields: [(String, String)], key: String = RelayHarness.key, signed: Bool = true) -> String {
        var parameters = fields.map { (name: $0.0, value: $0.1) }
        if signed {
            let stamp = SignatureClock.v1TimeStamp(milliseconds: nowMillis())
            parameters.append((name: "timeStamp", value: stamp))
            let token = V1AuthToken.compute(parameters: parameters, accessKey: key, timeStamp: stamp)
            parameters.append((name: "authToken", value: token))
        }
        let query = parameters.map { RFC3986.encode($0.name) + "=" + RFC3986.encode($0.value) }.joined(separator: "&")
        return rawRequest("GET", "/produce?" + query)
    }

    /// A kit POST signed in `x-sign` headers (§4.6).
    static func kit(_ body: String, key: String = RelayHarness.key) -> String {
        let nonce = (try? V2Signature.randomNonce()) ?? "kit-nonce"
        let timestamp = String(nowMillis())
        let sign = KitSignature.sign(body: Array(body.utf8), accessKey: key, nonce: nonce, timestamp: timestamp)
        return rawRequest("POST", "/produce", headers: ["Content-Type: application/json", "x-sign: \(sign)",
                                                        "x-timestamp: \(timestamp)", "x-nonce: \(nonce)"], body: body)
    }

    static func create(orderId: String = "CS-order-1", line: String = "CS-order-1-000001") -> String {
        #"{"activity":"newInstance","orderId":"\#(orderId)","orderLineId":"\#(line)","businessId":"biz-\#(orderId)","testFlag":"0"}"#
    }

    static let notify = #"{"activity":"orderNotify","orderId":"CS-n-1","orderLineId":"CS-n-1-000001","testFlag":"1"}"#
}

/// A journal whose every write fails, as a full disk or a locked store would.
final class FailingJournal: CallJournal {
    struct Broken: Error, CustomStringConvertible {
        var description: String { "disk I/O error" }
    }

    func recordArrival(_ arrival: JournalArrival) throws { throw Broken() }
    func recordAnswer(callId: String, _ answer: JournalAnswer) throws -> String? { throw Broken() }
    func closeUnansweredCalls(at now: Timestamp) throws -> Int { throw Broken() }
    func relayStarted(id: String, pid: Int, listen: String, upstream: String, at now: Timestamp) throws { throw Broken() }
    func relayHeartbeat(id: String, calls: Int, lostWrites: Int, at now: Timestamp) throws { throw Broken() }
    func relayStopped(id: String, calls: Int, lostWrites: Int, at now: Timestamp) throws { throw Broken() }
}

/// A memory journal with a hook before each arrival (a gate standing for a locked store, or a refusal) and one
/// before each batch, for the tests of a journal that is slow or fails.
final class HookedJournal: CallJournal {
    struct Refused: Error {}
    let inner: MemoryCallJournal
    let onBatch: () -> Void
    let beforeArrival: (JournalArrival) throws -> Void

    init(_ inner: MemoryCallJournal, onBatch: @escaping () -> Void = {},
         beforeArrival: @escaping (JournalArrival) throws -> Void) {
        self.inner = inner
        self.onBatch = onBatch
        self.beforeArrival = beforeArrival
    }

    func batch(_ body: () throws -> Void) throws {
        onBatch()
        try body()
    }

    func recordArrival(_ arrival: JournalArrival) throws {
        try beforeArrival(arrival)
        try inner.recordArrival(arrival)
    }

    func recordAnswer(callId: String, _ answer: JournalAnswer) throws -> String? {
        try inner.recordAnswer(callId: callId, answer)
    }

    func closeUnansweredCalls(at now: Timestamp) throws -> Int { try inner.closeUnansweredCalls(at: now) }
    func relayStarted(id: String, pid: Int, listen: String, upstream: String, at now: Timestamp) throws {
        try inner.relayStarted(id: id, pid: pid, listen: listen, upstream: upstream, at: now)
    }
    func relayHeartbeat(id: String, calls: Int, lostWrites: Int, at now: Timestamp) throws {
        try inner.relayHeartbeat(id: id, calls: calls, lostWrites: lostWrites, at: now)
    }
    func relayStopped(id: String, calls: Int, lostWrites: Int, at now: Timestamp) throws {
        try inner.relayStopped(id: id, calls: calls, lostWrites: lostWrites, at: now)
    }
}
