import Localization
import SellerCore

/// The Calls (调用记录) table's columns: one journalled marketplace call. Failure text is cut to 200 characters in
/// SQL, like every free text in a list.
public struct CallListRow: Hashable, Sendable {
    public var callId: String
    public var receivedAt: Timestamp
    public var origin: StoredValue<CallOrigin>
    /// The raw `activity` of the call; not every call names a known one.
    public var activity: String
    public var orderId: String?
    public var instanceId: String?
    public var signature: StoredValue<SignatureVerdict>
    public var outcome: StoredValue<CallOutcome>
    public var status: Int?
    public var latencyMs: Int?
    public var failureDetail: String
    public var resultCode: String?
    /// The marketplace's `eventId` (a `getLicenseAsync` names one).
    public var eventId: String?
    public var messageId: String?
    public var pendingMark: PendingMark?

    public init(callId: String, receivedAt: Timestamp, origin: StoredValue<CallOrigin>, activity: String,
                orderId: String?, instanceId: String?, signature: StoredValue<SignatureVerdict>,
                outcome: StoredValue<CallOutcome>, status: Int?, latencyMs: Int?, failureDetail: String,
                resultCode: String?, eventId: String?, messageId: String?, pendingMark: PendingMark?) {
        self.callId = callId
        self.receivedAt = receivedAt
        self.origin = origin
        self.activity = activity
        self.orderId = orderId
        self.instanceId = instanceId
        self.signature = signature
        self.outcome = outcome
        self.status = status
        self.latencyMs = latencyMs
        self.failureDetail = failureDetail
        self.resultCode = resultCode
        self.eventId = eventId
        self.messageId = messageId
        self.pendingMark = pendingMark
    }

    /// The call as far as the row knows it, for judging an action before the full record is loaded.
    public var partialCall: JournalCall {
        let arrival = JournalArrival(
            callId: callId, origin: origin.known ?? .marketplace, receivedAt: receivedAt, method: "", path: "",
            query: "", headers: [], body: "", peer: "", activity: activity, interfaceVersion: nil, orderId: orderId,
            orderLineId: nil, instanceId: instanceId, license: nil, eventId: eventId, testFlag: false,
            signature: signature.known ?? .unchecked, signatureWork: "")
        let answer = outcome.known.flatMap { $0 == .pending ? nil : $0 }.map {
            JournalAnswer(answeredAt: receivedAt, latencyMs: latencyMs ?? 0, status: status, headers: [], body: "",
                          bodyTruncated: false, transportError: nil, outcome: $0, failureKind: nil,
                          failureDetail: failureDetail, resultCode: resultCode, answeredInstanceId: nil)
        }
        return JournalCall(arrival: arrival, answer: answer, messageId: messageId)
    }

    /// The activity's Chinese label when known, else the spelling as sent.
    public var activityLabel: String { Activity(rawValue: activity)?.label ?? activity }

    /// The activity's label in `language` when known, else the spelling as sent.
    public func activityLabel(_ language: Language) -> String { Activity(rawValue: activity)?.label(language) ?? activity }
}
