import Foundation
import Crypto
import InterfaceRules
import MarketClient
import SellerCore
import SellerStore
import Signing

/// Sends one attempt of a replay (`SellerAction.replayMessage` / `.replayCall`): the recorded call, signed afresh
/// with the seller's production key, to the seller's own interface (the upstream), judged by the one judge and
/// journalled as a call of origin `.replay` (arrival before sending, answer after, so the store projects it: a
/// success moves the message to 已恢复). The interface failing again refuses the action (retrying by itself would
/// only repeat the failure); a transport failure retries: resending is safe by §3.9, and each resend is journalled
/// as its own replay call, honestly.
struct ReplayTransport: Sendable {
    let target: ReplayTarget?
    /// Largest answer body read.
    var responseLimit = 1 << 20

    func attempt(_ item: OutboxItem, store: StoreConnection) async -> AttemptResult {
        let recorded: JournalCall?
        do {
            recorded = try await store.perform { store throws -> JournalCall? in
                switch item.action {
                case .replayMessage(let messageId): try store.latestMarketplaceCall(ofMessage: messageId)
                case .replayCall(let callId): try store.call(id: callId)
                default: nil
                }
            }
        } catch {
            return .retry(reason: "cannot read the journal: \(error)", retryAfter: nil)
        }
        guard let recorded else {
            return .refusal(.refused, "no journalled marketplace call to replay for \(item.action.targetId)")
        }
        guard let upstream = target?.upstream, !upstream.isEmpty else {
            return .refusal(.refused, "no upstream to replay to: set the profile's relay upstream or pass --upstream")
        }
        guard let key = target?.productionKey, !key.isEmpty else {
            return .refusal(.refused, "no production key to sign the replay with: set the profile's relay key or "
                            + "pass --key")
        }
        let client: MarketClient
        do throws(ClientError) {
            client = try MarketClient(validating: ClientConfiguration(baseURL: upstream, accessKey: "", secretKey: ""))
        } catch {
            return .refusal(.refused, "the upstream \(upstream) is not usable: \(error)")
        }
        let nonce: String
        do throws(CryptoError) {
            nonce = try V2Signature.randomNonce()
        } catch {
            return .retry(reason: "no random nonce: \(error)", retryAfter: nil)
        }
        let sentAt = Self.nowMillis()
        let request = ReplayRequest.resign(recorded.arrival, accessKey: key, nowMillis: sentAt, nonce: nonce)
        let arrival = Self.arrival(replaying: recorded.arrival, as: request, at: sentAt, nonce: nonce)
        do {
            try await store.perform { try $0.recordArrival(arrival) }
        } catch {
            return .retry(reason: "cannot journal the replay: \(error)", retryAfter: nil)
        }
        let timeout = target?.timeout ?? 20
        let result: Result<HTTPExchange, ClientError>
        do throws(ClientError) {
            result = .success(try await client.forward(
                method: request.method, target: request.target, headers: request.headers.map { ($0.name, $0.value) },
                body: request.body, responseLimit: responseLimit, timeout: timeout))
        } catch {
            result = .failure(error)
        }
        let answer = Self.answer(result, call: arrival, accessKey: key, sentAt: sentAt)
        let messageId: String?
        do {
            messageId = try await store.perform { try $0.recordAnswer(callId: arrival.callId, answer) }
        } catch {
            messageId = nil
        }
        switch result {
        case .failure(let error):
            if case .cancelled = error { return .retry(reason: "stopped", retryAfter: nil) }
            return .retry(reason: "the replay got no answer: \(error)", retryAfter: nil, cause: error)
        case .success:
            guard answer.outcome == .success else {
                let window = await Self.windowSentence(messageId: messageId ?? recorded.messageId, store: store)
                let failure = ActionFailure(.refused, httpStatus: answer.status, errorCode: answer.resultCode,
                                            message: answer.failureDetail)
                return .refused(reason: "the interface failed again: \(answer.failureDetail). \(window)",
                                failure: failure)
            }
            return .applied(nil)
        }
    }

    /// The replay's journal arrival: the recorded call's fields, with the new request, marked as a replay.
    static func arrival(replaying call: JournalArrival, as request: ReplayRequest, at millis: Int64,
                        nonce: String) -> JournalArrival {
        var arrival = call
        arrival.callId = ReplayCallID.make(atMillis: millis, nonce: nonce)
        arrival.origin = .replay
        arrival.replayOf = call.callId
        arrival.receivedAt = Timestamp(millis: millis)
        arrival.query = request.query
        arrival.headers = request.headers
        arrival.peer = "seller-console replay"
        arrival.signature = .ok
        arrival.signatureWork = "signed afresh by seller-console replay with the seller's production key"
        return arrival
    }

    /// What the upstream's answer (or its absence) comes to, by the one judge.
    static func answer(_ result: Result<HTTPExchange, ClientError>, call: JournalArrival, accessKey: String,
                       sentAt: Int64) -> JournalAnswer {
        let now = nowMillis()
        let latency = Int(max(0, min(now - sentAt, Int64(Int32.max))))
        switch result {
        case .failure(let error):
            let kind: CallFailureKind = error.isAnswerTimeout ? .timeout : .refused
            return JournalAnswer(answeredAt: Timestamp(millis: now), latencyMs: latency, status: nil, headers: [],
                                 body: "", bodyTruncated: false, transportError: error.description, outcome: .failure,
                                 failureKind: kind, failureDetail: error.description, resultCode: nil,
                                 answeredInstanceId: nil)
        case .success(let exchange):
            let headers = Dictionary(exchange.headers.map { ($0.key.lowercased(), $0.value) },
                                     uniquingKeysWith: { first, _ in first })
            let judged = CallJudge.judge(activity: call.activity, interfaceVersion: call.interfaceVersion,
                                         status: exchange.status, headers: headers, body: exchange.body,
                                         accessKey: accessKey)
            return JournalAnswer(answeredAt: Timestamp(millis: now), latencyMs: latency, status: exchange.status,
                                 headers: headers.sorted { $0.key < $1.key }.map { JournalHeader($0.key, $0.value) },
                                 body: String(decoding: exchange.body.prefix(64 << 10), as: UTF8.self),
                                 bodyTruncated: exchange.body.count > 64 << 10, transportError: nil,
                                 outcome: judged.outcome, failureKind: judged.failureKind,
                                 failureDetail: judged.detail, resultCode: judged.resultCode,
                                 answeredInstanceId: judged.answeredInstanceId)
        }
    }

    /// The window sentence for the message the replay counted toward, when there is one.
    static func windowSentence(messageId: String?, store: StoreConnection) async -> String {
        guard let messageId,
              case .exception(let message)? = try? await store.perform({ try $0.record(.exceptions, id: messageId) })
        else { return "" }
        return ReplayWindow.sentence(for: message, now: Timestamp(millis: nowMillis()))
    }

    static func nowMillis() -> Int64 { Int64(Date().timeIntervalSince1970 * 1000) }
}

/// Journal ids for replay calls: `C` + the UTC time (so they sort with the relay's) + `R` + part of the nonce.
enum ReplayCallID {
    static func make(atMillis millis: Int64, nonce: String) -> String {
        var seconds = time_t(millis / 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        let fields = [(Int(parts.tm_year) + 1900, 4), (Int(parts.tm_mon) + 1, 2), (Int(parts.tm_mday), 2),
                      (Int(parts.tm_hour), 2), (Int(parts.tm_min), 2), (Int(parts.tm_sec), 2),
                      (Int(millis % 1000), 3)]
        let stamp = fields.map { value, width in
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }.joined()
        return "C" + stamp + "R" + String(nonce.prefix(12))
    }
}

extension SellerAction {
    /// Whether the action re-sends a journalled call to the seller's own interface (not the marketplace).
    var isReplay: Bool {
        switch self {
        case .replayMessage, .replayCall: true
        default: false
        }
    }
}
