import Foundation
import HTTPServer
import MarketAPI
import SellerCore
import Signing
import Testing
import TestSupport
@testable import Simulator

/// 重新启动: the MANUAL attempt it appends, by the seeded rule or by really calling a production interface.
@Suite("重新启动", .exclusive, .serialized)
struct RestartTests {
    /// What the test production server saw of one call.
    struct Call: Sendable {
        var verified: Result<V2Signature.SignedBody, RequestSignatureError>
        var verifiedWithGatewayKey: Bool
        var timestamp: String?
        var nonce: String?
        var contentType: String?
        var body: [UInt8]
        var fields: JSONFields? { try? ActionWire.fields(of: body) }
    }

    @Test("without a production URL the seeded rule decides, and every restart appends a MANUAL attempt")
    func seededRestarts() async throws {
        let sim = try ActionSimulator(orders: 1000)
        var outcomes: [Bool] = []
        for index in 0..<20 {
            let message = try #require(sim.message(at: index, state: .exhausted, windowOpen: index % 2 == 0))
            let expected = RestartOutcome.seeded(seed: 7, message: message, attemptNumber: message.attempts.count + 1)
            let reply = try await sim.post(.restart(messageId: message.messageId), key: newKey())
            #expect(reply.status == 200)
            guard case .exception(let after) = try reply.record(.exceptions) else { throw Failure("not a message") }
            let attempt = try #require(after.attempts.last)
            #expect(after.attempts.count == message.attempts.count + 1)
            #expect(attempt.number == message.attempts.count + 1 && attempt.trigger == .manual)
            #expect(attempt.outcome == (expected.succeeded ? .success : .failure))
            #expect(attempt.httpStatus == expected.httpStatus && attempt.resultCode == expected.resultCode)
            #expect(attempt.latencyMs == expected.latencyMs)
            if expected.succeeded {
                #expect(after.state == .resolved && attempt.exceptionInfo.isEmpty)
                #expect(after.exceptionInfo == message.exceptionInfo, "the last failure's 异常信息 is kept")
            } else {
                #expect(after.state == (index % 2 == 0 ? .retrying : .exhausted))
                #expect(!attempt.exceptionInfo.isEmpty && after.exceptionInfo == attempt.exceptionInfo)
            }
            outcomes.append(expected.succeeded)
        }
        #expect(outcomes.contains(true) && outcomes.contains(false), "the rule gives both outcomes: \(outcomes)")
        let again = try ActionSimulator(orders: 1000)
        let message = try #require(again.message(at: 0, state: .exhausted))
        let replay = try await again.post(.restart(messageId: message.messageId), key: newKey())
        guard case .exception(let repeated) = try replay.record(.exceptions) else { throw Failure("not a message") }
        #expect(repeated.attempts.last?.outcome == (outcomes[0] ? .success : .failure), "same seed, same outcome")
    }

    @Test("with a production URL the simulator makes a V2-signed call and records its answers")
    func productionCalls() async throws {
        let productionKey = "prod-key-" + UUID().uuidString
        let calls = Recorder<Call>()
        let answers = Recorder<Int>()
        let (server, port) = try startServer { request in
            let body = (try? request.body.readAll()) ?? []
            let verified = Result { () throws(RequestSignatureError) -> V2Signature.SignedBody in
                try V2Signature.verify(signature: request.query("signature"), timestamp: request.query("timestamp"),
                                       nonce: request.query("nonce"), body: body, accessKey: productionKey,
                                       nowMilliseconds: Int64(Date().timeIntervalSince1970 * 1000))
            }
            let withGatewayKey = (try? V2Signature.verify(
                signature: request.query("signature"), timestamp: request.query("timestamp"),
                nonce: request.query("nonce"), body: body, accessKey: "action-ak-0001",
                nowMilliseconds: Int64(Date().timeIntervalSince1970 * 1000))) != nil
            calls.append(Call(verified: verified, verifiedWithGatewayKey: withGatewayKey,
                              timestamp: request.query("timestamp"), nonce: request.query("nonce"),
                              contentType: request.head.headers["Content-Type"], body: body))
            answers.append(1)
            if answers.values.count == 1 {
                Thread.sleep(forTimeInterval: 0.05)  // latency for the attempt to measure, not a wait
                return .response(.json(bytes: Array(#"{"resultCode":"000005","resultMsg":"内部错误: 测试"}"#.utf8)))
            }
            return .response(.json(bytes: Array(#"{"resultCode":"000000","resultMsg":"success","instanceId":"inst-9f3a"}"#.utf8)))
        }
        defer { server.stop() }
        let sim = try ActionSimulator { configuration in
            configuration.productionURL = URL(string: "http://127.0.0.1:\(port)/produce?tenant=t1")
            configuration.productionKey = productionKey
        }
        let message = try #require(sim.message(at: 3, state: .exhausted, activity: .newInstance))

        let failed = try await sim.post(.restart(messageId: message.messageId), key: newKey())
        #expect(failed.status == 200)
        guard case .exception(let afterFailure) = try failed.record(.exceptions) else { throw Failure("not a message") }
        let first = try #require(afterFailure.attempts.last)
        #expect(first.trigger == .manual && first.outcome == .failure && first.httpStatus == 200)
        #expect(first.resultCode == "000005" && (first.latencyMs ?? 0) >= 50)
        #expect(first.exceptionInfo == "返回resultCode=000005, resultMsg=内部错误: 测试")
        #expect(afterFailure.state == .exhausted && afterFailure.exceptionInfo == first.exceptionInfo)

        let succeeded = try await sim.post(.restart(messageId: message.messageId), key: newKey())
        guard case .exception(let resolved) = try succeeded.record(.exceptions) else { throw Failure("not a message") }
        let second = try #require(resolved.attempts.last)
        #expect(second.outcome == .success && second.httpStatus == 200 && second.resultCode == "000000")
        #expect(second.number == message.attempts.count + 2 && second.exceptionInfo.isEmpty)
        #expect(resolved.state == .resolved && resolved.instanceId == "inst-9f3a" && resolved.resultCode == "000000")
        #expect(resolved.responseBody.contains("inst-9f3a"))

        let seen = calls.values
        #expect(seen.count == 2)
        for call in seen {
            #expect((try? call.verified.get()) != nil, "the V2 signature verifies with the production key")
            #expect(!call.verifiedWithGatewayKey, "and was made with that key, not the gateway's")
            #expect(call.timestamp?.count == 13 && call.nonce?.isEmpty == false)
            #expect(call.contentType == "application/json")
            let fields = try #require(call.fields)
            #expect(try fields.string("activity") == "newInstance")
            #expect(try fields.string("orderId") == message.orderId)
            #expect(try fields.string("orderLineId") == message.orderLineId)
            #expect(try fields.string("testFlag") == "0")
        }
        #expect(seen[0].nonce != seen[1].nonce)
        #expect(try seen[0].fields?.string("businessId") != seen[1].fields?.string("businessId"),
                "businessId differs on every call")
    }

    @Test("a production interface that is down or silent gives a failed attempt without an HTTP status")
    func productionUnreachable() async throws {
        let (closed, closedPort) = try startServer(handler: echoHandler)
        closed.stop()
        let down = try ActionSimulator { $0.productionURL = URL(string: "http://127.0.0.1:\(closedPort)/produce") }
        let message = try #require(down.message(at: 1, state: .retrying, windowOpen: true))
        let reply = try await down.post(.restart(messageId: message.messageId), key: newKey())
        guard case .exception(let after) = try reply.record(.exceptions) else { throw Failure("not a message") }
        let attempt = try #require(after.attempts.last)
        #expect(attempt.outcome == .failure && attempt.httpStatus == nil && attempt.resultCode == nil)
        #expect(attempt.exceptionInfo.contains("连接被拒绝"), "\(attempt.exceptionInfo)")
        #expect(after.state == .retrying, "the automatic window is still open")

        let (silent, silentPort) = try startServer { _ in .stall(seconds: 10) }
        defer { silent.stop() }
        let slow = try ActionSimulator { configuration in
            configuration.productionURL = URL(string: "http://127.0.0.1:\(silentPort)/produce")
            configuration.productionTimeoutSeconds = 1
        }
        let waiting = try #require(slow.message(at: 2, state: .exhausted))
        let timedOut = try await slow.post(.restart(messageId: waiting.messageId), key: newKey())
        guard case .exception(let late) = try timedOut.record(.exceptions) else { throw Failure("not a message") }
        let lateAttempt = try #require(late.attempts.last)
        #expect(lateAttempt.httpStatus == nil && lateAttempt.exceptionInfo.contains("超时"), "\(lateAttempt.exceptionInfo)")
        #expect((lateAttempt.latencyMs ?? 0) >= 900 && late.state == .exhausted, "\(lateAttempt)")
    }

    @Test("while a restart is calling out, its key answers 503 and another restart of the message 409")
    func restartInFlight() async throws {
        let gate = Gate()
        let (server, port) = try startServer { _ in
            gate.wait()
            return .response(.json(bytes: Array(#"{"resultCode":"000000","resultMsg":"success"}"#.utf8)))
        }
        defer { server.stop() }
        // Generous limits: on a loaded 2-core machine `first` may wait long for a thread; the waits end as soon as
        // their condition holds.
        let sim = try ActionSimulator(clientTimeout: 120) {
            $0.productionURL = URL(string: "http://127.0.0.1:\(port)/produce")
            $0.productionTimeoutSeconds = 120
        }
        let message = try #require(sim.message(at: 4, state: .exhausted))
        let route = ActionRoute.restart(messageId: message.messageId)
        let key = newKey()
        let first = Task { try await sim.post(route, key: key) }
        // Polled without blocking: this test runs on the cooperative pool, which `first` needs too.
        #expect(await waitUntilAsync(timeout: 90) { gate.waiting == 1 }, "the production call is in progress")
        let busy = try await sim.post(route, key: key)
        #expect(busy.status == 503 && busy.headers["retry-after"] == "1")
        let other = try await sim.post(route, key: newKey())
        #expect(other.status == 409 && other.error?.message.contains("a restart is already in progress") == true)
        guard case .exception(let pending)? = sim.current(.exceptions, message.messageId) else { throw Failure("none") }
        #expect(pending.state == .manualRetryRequested)
        gate.release()
        let answer = try await first.value
        #expect(answer.status == 200)
        let replay = try await sim.post(route, key: key)
        #expect(replay.status == 200 && replay.body == answer.body)
        #expect(sim.simulator.appliedCount(forKey: key) == 1 && sim.simulator.appliedActions.count == 1)
    }
}
