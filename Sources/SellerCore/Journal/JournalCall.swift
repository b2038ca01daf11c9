/// One header of a journalled request or answer, in the order it came.
public struct JournalHeader: Equatable, Hashable, Sendable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

extension JournalHeader {
    /// Headers as a JSON array of `[name, value]` pairs, order kept: the one form the store and the relay's log
    /// keep them in.
    public static func write(_ headers: [JournalHeader], into writer: inout JSONWriter) {
        writer.beginArray()
        for (index, header) in headers.enumerated() {
            if index > 0 { writer.comma() }
            writer.beginArray()
            writer.appendString(header.name)
            writer.comma()
            writer.appendString(header.value)
            writer.endArray()
        }
        writer.endArray()
    }

    /// Reads `write`'s form back; anything else reads as no headers, a malformed pair as absent.
    public static func read(_ value: JSONValue?) -> [JournalHeader] {
        guard case .array(let pairs)? = value else { return [] }
        return pairs.compactMap { pair in
            guard case .array(let parts) = pair, parts.count == 2, case .string(let name) = parts[0],
                  case .string(let value) = parts[1] else { return nil }
            return JournalHeader(name, value)
        }
    }
}

/// What the relay knows of a call when it arrives, written to the journal before the call is forwarded.
public struct JournalArrival: Equatable, Sendable {
    /// Unique and time-ordered; also the call's id on the command line (`replay CALL_ID`).
    public var callId: String
    public var origin: CallOrigin
    /// For a replay, the call it re-sends.
    public var replayOf: String?
    public var receivedAt: Timestamp
    public var method: String
    /// The path without the query.
    public var path: String
    /// The raw query string (without `?`), exactly as received.
    public var query: String
    /// The headers that matter (content type, length, user agent, kit signature headers); never cookies or
    /// authorisation headers of the seller's own infrastructure.
    public var headers: [JournalHeader]
    public var body: String
    /// The client address as the relay saw it (the TLS terminator's, behind nginx, plus `X-Forwarded-For`).
    public var peer: String
    /// Fields read from the call (body for V2 and license calls, query for V1); nil when absent.
    public var activity: String?
    public var interfaceVersion: InterfaceVersion?
    public var orderId: String?
    public var orderLineId: String?
    public var instanceId: String?
    public var license: String?
    public var eventId: String?
    public var testFlag: Bool
    public var signature: SignatureVerdict
    /// The signature work shown in the detail (string to sign, expected and given, skew); never the key.
    public var signatureWork: String

    public init(callId: String, origin: CallOrigin, replayOf: String? = nil, receivedAt: Timestamp, method: String,
                path: String, query: String, headers: [JournalHeader], body: String, peer: String,
                activity: String?, interfaceVersion: InterfaceVersion?, orderId: String?, orderLineId: String?,
                instanceId: String?, license: String?, eventId: String?, testFlag: Bool,
                signature: SignatureVerdict, signatureWork: String) {
        self.callId = callId
        self.origin = origin
        self.replayOf = replayOf
        self.receivedAt = receivedAt
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.peer = peer
        self.activity = activity
        self.interfaceVersion = interfaceVersion
        self.orderId = orderId
        self.orderLineId = orderLineId
        self.instanceId = instanceId
        self.license = license
        self.eventId = eventId
        self.testFlag = testFlag
        self.signature = signature
        self.signatureWork = signatureWork
    }
}

/// What came back for a call (or that nothing did), written to the journal after the answer was returned.
public struct JournalAnswer: Equatable, Sendable {
    public var answeredAt: Timestamp
    public var latencyMs: Int
    /// The upstream's HTTP status; nil when there was no HTTP answer.
    public var status: Int?
    public var headers: [JournalHeader]
    /// Up to the journal's body limit; `bodyTruncated` says when more came.
    public var body: String
    public var bodyTruncated: Bool
    /// curl's words for a transport failure (timeout, refused, reset), or the relay's own reason.
    public var transportError: String?
    public var outcome: CallOutcome
    public var failureKind: CallFailureKind?
    /// The failure in words: `missing field instanceId`, `000005 内部错误`, `HTTP 502`.
    public var failureDetail: String
    public var resultCode: String?
    /// The `instanceId` a create answered with, when it did.
    public var answeredInstanceId: String?
    /// Set when this answer broke idempotency (§3.9): the `instanceId` an earlier call for the same order line got.
    public var idempotencyBreak: String?

    public init(answeredAt: Timestamp, latencyMs: Int, status: Int?, headers: [JournalHeader], body: String,
                bodyTruncated: Bool, transportError: String?, outcome: CallOutcome, failureKind: CallFailureKind?,
                failureDetail: String, resultCode: String?, answeredInstanceId: String?,
                idempotencyBreak: String? = nil) {
        self.answeredAt = answeredAt
        self.latencyMs = latencyMs
        self.status = status
        self.headers = headers
        self.body = body
        self.bodyTruncated = bodyTruncated
        self.transportError = transportError
        self.outcome = outcome
        self.failureKind = failureKind
        self.failureDetail = failureDetail
        self.resultCode = resultCode
        self.answeredInstanceId = answeredInstanceId
        self.idempotencyBreak = idempotencyBreak
    }
}

/// A journalled call: its arrival, and its answer once there is one. The Calls tab's record.
public struct JournalCall: Equatable, Sendable {
    public var arrival: JournalArrival
    public var answer: JournalAnswer?
    /// The interface-exception message this call counts toward, when it failed or resolved one.
    public var messageId: String?

    public init(arrival: JournalArrival, answer: JournalAnswer?, messageId: String?) {
        self.arrival = arrival
        self.answer = answer
        self.messageId = messageId
    }

    public var callId: String { arrival.callId }
    public var outcome: CallOutcome { answer?.outcome ?? .pending }
    /// The latest time the call changed: the answer's, or the arrival's.
    public var updatedAt: Timestamp { answer?.answeredAt ?? arrival.receivedAt }
}
