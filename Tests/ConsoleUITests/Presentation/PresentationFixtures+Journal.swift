import ConsoleUI
import SellerCore

/// The relay's records for the console tests (issue 12): a failed V2 call with a bad signature, hostile text,
/// encrypted buyer fields and an appInfo password; the seller's replay of it (timed out); a `getLicenseAsync` answered
/// 000004; and the journal message the failed calls made, its retry window closed.
extension PresentationFixtures {
    static let callId = "C2611231340000001"
    static let replayCallId = "C2611231350000002"
    static let licenseCallId = "C2611231355000003"
    static let journalMessageId = "JM8Q2ZK"
    static let mobileCipher = "q2W3e4R5t6Y7u8I9Vb3kQ1x9cT=="
    static let emailCipher = "a1S2d3F4g5H6j7K8x9Lp0aQ=="

    static let callRequestBody = "{\"activity\":\"upgradeInstance\",\"instanceId\":\"\(instanceId)\","
        + "\"orderId\":\"\(orderId)\",\"orderLineId\":\"\(orderId)-000001\",\"testFlag\":\"0\","
        + "\"mobilePhone\":\"\(mobileCipher)\",\"email\":\"\(emailCipher)\",\"remark\":\"\(hostile)\"}"

    static let callResponseBody = "{\"resultCode\":\"000005\",\"resultMsg\":\"内部错误 \(hostile)\","
        + "\"appInfo\":{\"userName\":\"admin\",\"password\":\"\(appPassword)\"}}"

    static func arrival(_ id: String, origin: CallOrigin = .marketplace, replayOf: String? = nil, at: Timestamp,
                        activity: Activity, body: String, signature: SignatureVerdict, work: String,
                        eventId: String? = nil) -> JournalArrival {
        JournalArrival(
            callId: id, origin: origin, replayOf: replayOf, receivedAt: at, method: "POST",
            path: "/produce/upgrade", query: "signature=9f2c&timestamp=1763876520000&nonce=N-" + id,
            headers: [JournalHeader("Content-Type", "application/json;charset=UTF-8"),
                      JournalHeader("User-Agent", "KooGallery-Caller/2.0 " + hostile),
                      JournalHeader("X-Auth-Token", "tok-must-not-show")],
            body: body, peer: "10.0.0.7:51022 (X-Forwarded-For 100.64.1.9)", activity: activity.rawValue,
            interfaceVersion: .v2, orderId: orderId, orderLineId: orderId + "-000001", instanceId: instanceId,
            license: nil, eventId: eventId, testFlag: false, signature: signature, signatureWork: work)
    }

    /// The marketplace's call: HTTP 500, signature mismatch, an idempotency break.
    static let failedCall = JournalCall(
        arrival: arrival(callId, at: local(2026, 11, 23, 13, 40), activity: .upgradeInstance, body: callRequestBody,
                         signature: .mismatch,
                         work: "待签名串: POST&/produce/upgrade&nonce=N-…&timestamp=1763876520000\n"
                             + "期望签名: 5be1…07c2\n收到签名: 9f2c…aa10\n时钟偏差: +1.2 s"),
        answer: JournalAnswer(
            answeredAt: local(2026, 11, 23, 13, 40, 1), latencyMs: 1_250, status: 500,
            headers: [JournalHeader("Content-Type", "application/json")], body: callResponseBody,
            bodyTruncated: true, transportError: nil, outcome: .failure, failureKind: .httpStatus,
            failureDetail: "HTTP 500 " + hostile, resultCode: "000005", answeredInstanceId: "ins-other-77",
            idempotencyBreak: instanceId),
        messageId: journalMessageId)

    /// The seller's replay of it, which timed out (the interface is still broken).
    static let replayCall = JournalCall(
        arrival: arrival(replayCallId, origin: .replay, replayOf: callId, at: local(2026, 11, 23, 13, 50),
                         activity: .upgradeInstance, body: callRequestBody, signature: .ok, work: "签名正确"),
        answer: JournalAnswer(
            answeredAt: local(2026, 11, 23, 13, 50, 10), latencyMs: 10_000, status: nil, headers: [], body: "",
            bodyTruncated: false, transportError: "Operation timed out after 10000 milliseconds", outcome: .failure,
            failureKind: .timeout, failureDetail: "no answer within 10 s", resultCode: nil, answeredInstanceId: nil),
        messageId: journalMessageId)

    /// A license the interface will deliver later (000004): `d` applies.
    static let licenseCall = JournalCall(
        arrival: arrival(licenseCallId, at: local(2026, 11, 23, 13, 55), activity: .getLicenseAsync,
                         body: "{\"activity\":\"getLicenseAsync\",\"eventId\":\"EV-77\"}", signature: .ok,
                         work: "签名正确", eventId: "EV-77"),
        answer: JournalAnswer(
            answeredAt: local(2026, 11, 23, 13, 55, 0), latencyMs: 42, status: 200, headers: [],
            body: "{\"resultCode\":\"000004\",\"resultMsg\":\"processing\"}", bodyTruncated: false,
            transportError: nil, outcome: .success, failureKind: nil, failureDetail: "", resultCode: "000004",
            answeredInstanceId: nil),
        messageId: nil)

    /// The journal message of the failed upgrade: its 3-hour window closed at 13:40, so only 重新启动 in Seller
    /// Center or a replay calls the interface again.
    static let journalMessage: ProduceMessage = {
        let first = local(2026, 11, 23, 10, 40)
        let info = "HTTP 500 " + hostile
        return ProduceMessage(
            messageId: journalMessageId, activity: .upgradeInstance, interfaceVersion: .v2, orderId: orderId,
            orderLineId: orderId + "-000001", instanceId: instanceId, productName: "", customerName: "",
            state: .exhausted, retryPolicy: .hourlyFor3h, firstFailureAt: first,
            windowEndsAt: first.adding(seconds: 3 * 3600), exceptionInfo: info, resultCode: "000005",
            requestBody: callRequestBody, responseBody: callResponseBody,
            attempts: [
                CallAttempt(number: 1, at: first, trigger: .initial, outcome: .failure, httpStatus: 500,
                            resultCode: "000005", latencyMs: 1_180, exceptionInfo: info, callId: "C2611231040000000"),
                CallAttempt(number: 2, at: local(2026, 11, 23, 13, 40), trigger: .automatic, outcome: .failure,
                            httpStatus: 500, resultCode: "000005", latencyMs: 1_250, exceptionInfo: info,
                            callId: callId),
                CallAttempt(number: 3, at: local(2026, 11, 23, 13, 50), trigger: .replay, outcome: .failure,
                            httpStatus: nil, resultCode: nil, latencyMs: 10_000, exceptionInfo: "no answer within 10 s",
                            callId: replayCallId),
            ],
            updatedAt: local(2026, 11, 23, 13, 50, 10), source: .journal)
    }()

    static let journalRecords: [SellerRecord] = [
        .call(failedCall), .call(replayCall), .call(licenseCall), .exception(journalMessage),
    ]
}
