import Foundation
import HTTPServer
import Relay
import SellerCore
import Signing
import Simulator
import Testing
import TestSupport

/// What the marketplace receives through the relay is what the seller's interface answered, byte for byte,
/// and the journal classifies each failure from what the upstream did.
@Suite("relay pass-through", .exclusive, .serialized)
struct RelayPassThroughTests {
    struct Shape: Sendable, CustomTestStringConvertible {
        var name: String
        var response: HTTPResponse
        var call: String
        var outcome: CallOutcome
        var kind: CallFailureKind?
        var testDescription: String { name }
    }

    static let json = Array(#"{"resultCode":"000000","resultMsg":"success"}"#.utf8)

    static let shapes: [Shape] = [
        Shape(name: "200 JSON", response: HTTPResponse(status: 200, headers: ["Content-Type": "application/json;charset=UTF-8"],
                                                       body: json),
              call: RelayHarness.v2(RelayHarness.notify), outcome: .success, kind: nil),
        Shape(name: "500 HTML", response: HTTPResponse(status: 500, headers: ["Content-Type": "text/html"],
                                                       body: Array("<html><body>oops</body></html>\n".utf8)),
              call: RelayHarness.v2(RelayHarness.notify), outcome: .failure, kind: .httpStatus),
        Shape(name: "text/plain", response: .text("resultCode=000000\n"),
              call: RelayHarness.v2(RelayHarness.notify), outcome: .failure, kind: .notJSON),
        Shape(name: "V1 with Body-Sign",
              response: HTTPResponse(status: 200, headers: ["Content-Type": "application/json",
                                                            "Body-Sign": BodySign.headerValue(body: json, accessKey: RelayHarness.key)],
                                     body: json),
              call: RelayHarness.v1([("activity", "instanceStatus"), ("instanceId", "i-1"), ("instanceStatus", "FREEZE")]),
              outcome: .success, kind: nil),
        Shape(name: "empty body", response: HTTPResponse(status: 200, headers: ["Content-Type": "application/json"]),
              call: RelayHarness.v2(RelayHarness.notify), outcome: .failure, kind: .notJSON),
    ]

    @Test("every answer shape passes through byte for byte and is judged", arguments: shapes)
    func shape(_ shape: Shape) throws {
        let upstream = try startServer { $0.serverName = nil } handler: { _ in .response(shape.response) }
        defer { upstream.server.stop() }
        let harness = try RelayHarness(upstream: "http://127.0.0.1:\(upstream.port)")
        defer { harness.relay.stop() }
        let answer = try harness.send(shape.call)
        #expect(answer.status == shape.response.status)
        #expect(answer.body == shape.response.body)
        #expect(answer.header("Content-Type") == shape.response.header("Content-Type"))
        #expect(answer.header("Body-Sign") == shape.response.header("Body-Sign"))
        let call = try #require(harness.lastCall())
        #expect(call.outcome == shape.outcome, "\(call.answer?.failureDetail ?? "")")
        #expect(call.answer?.failureKind == shape.kind)
        #expect(call.answer?.status == shape.response.status)
        #expect(call.answer?.body == shape.response.bodyText)
    }

    struct Misbehaviour: Sendable, CustomTestStringConvertible {
        var kind: ISVMisbehaviour
        var interface: ISVInterface
        var expected: CallFailureKind
        var testDescription: String { kind.rawValue }
    }

    static let misbehaviours: [Misbehaviour] = [
        Misbehaviour(kind: .http500, interface: .saasV2, expected: .httpStatus),
        Misbehaviour(kind: .html, interface: .saasV2, expected: .httpStatus),
        Misbehaviour(kind: .missingField, interface: .saasV2, expected: .missingField),
        Misbehaviour(kind: .wrongCode, interface: .saasV2, expected: .resultCode),
        Misbehaviour(kind: .textContentType, interface: .saasV2, expected: .notJSON),
        Misbehaviour(kind: .badBodySign, interface: .saasV1, expected: .badBodySign),
        Misbehaviour(kind: .slow, interface: .saasV2, expected: .timeout),
    ]

    @Test("each way koosim isv misbehaves is classified from what it did", arguments: misbehaviours)
    func misbehaviour(_ case_: Misbehaviour) throws {
        var configuration = SampleISVConfiguration(accessKey: RelayHarness.key, interface: case_.interface)
        configuration.misbehaviours = [case_.kind]
        configuration.slowDelay = 3
        let isv = SampleProductionInterface(configuration: configuration)
        let url = try isv.start()
        defer { isv.stop() }
        let harness = try RelayHarness(upstream: url, configure: { $0.upstreamTimeout = 1 })
        defer { harness.relay.stop() }
        let call = case_.interface.isV1
            ? RelayHarness.v1([("activity", "newInstance"), ("orderId", "CS-v1"), ("businessId", "b-1"),
                               ("customerId", "c-1"), ("productId", "p-1")])
            : RelayHarness.v2(RelayHarness.create())
        let answer = try harness.send(call)
        let journalled = try #require(harness.lastCall())
        #expect(journalled.answer?.failureKind == case_.expected, "\(journalled.answer?.failureDetail ?? "")")
        #expect(journalled.outcome == .failure)
        if case_.kind == .slow {
            #expect(answer.status == 502)
            #expect(journalled.answer?.status == nil && journalled.answer?.transportError != nil)
        } else {
            #expect(answer.status == journalled.answer?.status)
            #expect(answer.text == journalled.answer?.body)
        }
    }

    @Test("a healthy koosim isv: create succeeds and the instanceId is journalled")
    func healthy() throws {
        let isv = SampleProductionInterface(configuration: SampleISVConfiguration(accessKey: RelayHarness.key))
        let url = try isv.start()
        defer { isv.stop() }
        let harness = try RelayHarness(upstream: url)
        defer { harness.relay.stop() }
        let answer = try harness.send(RelayHarness.v2(RelayHarness.create()))
        #expect(answer.status == 200)
        let call = try #require(harness.lastCall())
        #expect(call.outcome == .success, "\(call.answer?.failureDetail ?? "")")
        #expect(call.answer?.answeredInstanceId == "biz-CS-order-1")
        #expect(call.arrival.activity == "newInstance" && call.arrival.orderId == "CS-order-1")
        #expect(call.arrival.orderLineId == "CS-order-1-000001" && call.arrival.interfaceVersion == .v2)
        #expect(call.arrival.signature == .ok)
        #expect(!call.arrival.signatureWork.contains(RelayHarness.key))
        #expect(isv.calls.count == 1 && isv.calls.first?.resultCode == "000000")
    }

    @Test("an upstream that refuses the connection: 502 for the marketplace, refused in the journal")
    func refused() throws {
        // A port that was just free: nothing listens on it.
        let probe = try startServer(handler: echoHandler)
        let port = probe.port
        probe.server.stop()
        let harness = try RelayHarness(upstream: "http://127.0.0.1:\(port)")
        defer { harness.relay.stop() }
        let answer = try harness.send(RelayHarness.v2(RelayHarness.notify))
        #expect(answer.status == 502)
        #expect(answer.text.contains("could not be reached"))
        let call = try #require(harness.lastCall())
        #expect(call.answer?.failureKind == .refused)
    }
}
