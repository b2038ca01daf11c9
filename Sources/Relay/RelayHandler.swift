import InterfaceRules
import Foundation
import HTTPServer
import MarketClient
import SellerCore
import Synchronization

/// One call through the relay: read it, judge its signature, journal the arrival (waiting for the commit only
/// briefly), refuse it under `--enforce-signature` or forward it, return the upstream's answer unchanged, and
/// journal the answer with its outcome by the published rules.
final class RelayHandler: Sendable {
    private let configuration: RelayConfiguration
    private let writer: JournalWriter
    private let forwarder: UpstreamForwarder
    private let log: JournalLog?
    private let signatures: SignatureJudge
    private let ids = CallIDs()
    private let counts = Mutex(RelaySummary())
    private let added = AddedLatency()

    init(configuration: RelayConfiguration, writer: JournalWriter, forwarder: UpstreamForwarder, log: JournalLog?) {
        self.configuration = configuration
        self.writer = writer
        self.forwarder = forwarder
        self.log = log
        signatures = SignatureJudge(accessKey: configuration.accessKey, nonces: NonceWindow(),
                                    nowMilliseconds: configuration.nowMilliseconds)
    }

    var summary: RelaySummary {
        var summary = counts.withLock { $0 }
        summary.lostWrites = writer.lostWrites
        summary.added = added.figures
        return summary
    }

    func handle(_ request: HTTPRequest) -> HTTPHandlerResult {
        let started = ContinuousClock.now
        // The body limit keeps bodies under the spool threshold, so this never reads a file in practice.
        let body = request.body.inMemoryBytes ?? ((try? request.body.readAll()) ?? [])
        let arrival = arrival(request, body: body)
        counts.withLock { $0.calls += 1 }
        journal(.arrival(arrival), wait: configuration.journalWait) { try $0.recordArrival(arrival) }

        let response: HTTPResponse
        let judgement: CallJudgement
        var upstreamTime: Duration?
        var answer = (status: Int?.none, headers: [JournalHeader](), body: [UInt8](), transportError: String?.none)
        if configuration.enforceSignature && arrival.signature.refusedWhenEnforced {
            response = RelayResponses.authenticationError(arrival.signature, v1: arrival.interfaceVersion == .v1,
                                                          accessKey: configuration.accessKey)
            judgement = .failure(.signatureRefused, "refused by the relay: \(arrival.signature.label)",
                                 code: "000001")
            answer.status = response.status
            answer.headers = response.headers.fields.map { JournalHeader($0.name, $0.value) }
            answer.body = response.body
        } else {
            let target = request.rawPath + (request.rawQuery.map { "?" + $0 } ?? "")
            let forwarded = ContinuousClock.now
            let result = forwarder.forward(method: request.method, target: target,
                                           headers: RelayHeaders.forward(request.headers), body: body)
            upstreamTime = forwarded.duration(to: .now)
            switch result {
            case .success(let exchange):
                response = RelayResponses.passThrough(exchange)
                judgement = CallJudge.judge(activity: arrival.activity, interfaceVersion: arrival.interfaceVersion,
                                            status: exchange.status, headers: exchange.headers, body: exchange.body,
                                            accessKey: configuration.accessKey)
                answer.status = exchange.status
                answer.headers = exchange.headers.sorted { $0.key < $1.key }.map { JournalHeader($0.key, $0.value) }
                answer.body = exchange.body
            case .failure(let error):
                response = RelayResponses.badGateway(timedOut: error.isAnswerTimeout)
                judgement = CallJudge.transportFailure(timedOut: error.isAnswerTimeout, reason: error.description)
                answer.transportError = error.description
            }
        }
        let total = started.duration(to: .now)
        let latency = Self.microseconds(total) / 1000
        let limit = configuration.journalBodyLimit
        let journalAnswer = JournalAnswer(
            answeredAt: Timestamp(millis: configuration.nowMilliseconds()), latencyMs: latency, status: answer.status,
            headers: answer.headers, body: String(decoding: answer.body.prefix(limit), as: UTF8.self),
            bodyTruncated: answer.body.count > limit, transportError: answer.transportError,
            outcome: judgement.outcome, failureKind: judgement.failureKind, failureDetail: judgement.detail,
            resultCode: judgement.resultCode, answeredInstanceId: judgement.answeredInstanceId)
        if judgement.outcome == .failure { counts.withLock { $0.failures += 1 } }
        let callId = arrival.callId
        journal(.answer(callId: callId, journalAnswer), wait: nil) { try $0.recordAnswer(callId: callId, journalAnswer) }
        if let upstreamTime {
            added.add(microseconds: Self.microseconds(started.duration(to: .now) - upstreamTime))
        }
        return .response(response)
    }

    /// Journals `record`: appended to the log (durable at once) and queued for the store; without a log, or when
    /// the log cannot be written, queued for the store alone, waiting up to `wait` for its commit.
    private func journal(_ record: JournalLogRecord, wait: TimeInterval?, _ write: @escaping JournalWriter.Write) {
        var logged = false
        log?.append(record) { sequence in
            guard let sequence else { return }
            writer.submit(write, sequence: sequence)
            logged = true
        }
        if !logged { writer.submit(write, wait: wait) }
    }

    static func microseconds(_ duration: Duration) -> Int {
        let parts = duration.components
        return Int(parts.seconds) * 1_000_000 + Int(parts.attoseconds / 1_000_000_000_000)
    }

    private func arrival(_ request: HTTPRequest, body: [UInt8]) -> JournalArrival {
        let now = configuration.nowMilliseconds()
        let reading = CallReading.read(request, body: body)
        let signature = signatures.judge(request, reading: reading, body: body)
        return JournalArrival(
            callId: ids.next(atMilliseconds: now), origin: .marketplace, receivedAt: Timestamp(millis: now),
            method: request.method, path: request.path, query: request.rawQuery ?? "",
            headers: RelayHeaders.journal(request.headers), body: String(decoding: body, as: UTF8.self),
            peer: RelayHeaders.peer(request), activity: reading.activity,
            interfaceVersion: reading.interfaceVersion, orderId: reading["orderId"],
            orderLineId: reading["orderLineId"], instanceId: reading["instanceId"], license: reading["license"],
            eventId: reading["eventId"], testFlag: reading.testFlag, signature: signature.verdict,
            signatureWork: signature.work)
    }
}
