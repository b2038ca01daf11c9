import Crypto
import Foundation
import Signing
import Testing
import TestSupport
@testable import Simulator

/// Each `--misbehave` kind is observable on the wire, and `--fail` hits about its share of calls.
@Suite("sample ISV: misbehaviours")
struct ISVMisbehaviourTests {
    static func started(_ kinds: Set<ISVMisbehaviour>, interface: ISVInterface = .saasV2,
                        configure: (inout SampleISVConfiguration) -> Void = { _ in })
        throws -> (SampleProductionInterface, ISVTestClient) {
        var configuration = SampleISVConfiguration(accessKey: ISVTestClient.key, interface: interface)
        configuration.misbehaviours = kinds
        configure(&configuration)
        let isv = SampleProductionInterface(configuration: configuration)
        try isv.start()
        return (isv, ISVTestClient(isv))
    }

    static let create = SaaSV2ISVTests.create

    @Test func slowAnswersAfterTheConfiguredDelay() throws {
        let (isv, client) = try Self.started([.slow]) { $0.slowDelay = 0.3 }
        defer { isv.stop() }
        let started = Date()
        let reply = try client.v2(Self.create)
        #expect(Date().timeIntervalSince(started) >= 0.3)
        #expect(reply.code == "000000" && reply.string("instanceId") != nil)
        #expect(SampleISVConfiguration(accessKey: "k").slowDelay > 20)
    }

    @Test func stopReleasesASlowAnswerAtOnce() throws {
        let (isv, client) = try Self.started([.slow]) { $0.slowDelay = 60 }
        let port = client.port
        let waiter = try RawClient(port: port, timeout: 10)
        try waiter.send(rawRequest("POST", "/", body: "{}"))
        #expect(waitUntil(timeout: 5) { !isv.calls.isEmpty })
        let started = Date()
        isv.stop()
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func http500AndHTML() throws {
        let (failing, client) = try Self.started([.http500])
        defer { failing.stop() }
        let error = try client.v2(Self.create)
        #expect(error.status == 500 && error.json == nil)
        let (nginx, htmlClient) = try Self.started([.html])
        defer { nginx.stop() }
        let page = try htmlClient.v2(Self.create)
        #expect(page.status == 502 && page.raw.header("Content-Type") == "text/html")
        #expect(page.raw.text.contains("<center>nginx"))
    }

    @Test func missingFieldDropsWhatEachActivityMustCarry() throws {
        let (isv, client) = try Self.started([.missingField])
        defer { isv.stop() }
        let created = try client.v2(Self.create)
        #expect(created.code == "000000" && created.string("instanceId") == nil)
        let query = try client.v2(["activity": "queryInstance", "instanceId": "biz-1"])
        let appInfo = try #require(query.firstAppInfo)
        #expect(query.string("frontEndUrl", in: appInfo) == nil && query.string("userName", in: appInfo) != nil)
        let release = try client.v2(["activity": "releaseInstance", "instanceId": "biz-1"])
        #expect(release.code == "000000" && release.string("resultMsg") == nil)
    }

    @Test func wrongCodeTextContentTypeAndNotIdempotent() throws {
        let (wrong, wrongClient) = try Self.started([.wrongCode])
        defer { wrong.stop() }
        #expect(try wrongClient.v2(Self.create).code == ISVMisbehaviour.unknownResultCode)
        let (text, textClient) = try Self.started([.textContentType])
        defer { text.stop() }
        let plain = try textClient.v2(Self.create)
        #expect(plain.raw.header("Content-Type")?.hasPrefix("text/plain") == true && plain.code == "000000")
        let (forgetful, client) = try Self.started([.notIdempotent])
        defer { forgetful.stop() }
        var again = Self.create
        again["businessId"] = "biz-2"
        let first = try client.v2(Self.create).string("instanceId")
        let second = try client.v2(again).string("instanceId")
        #expect(first != nil && second != nil && first != second)
    }

    @Test func badBodySignDoesNotVerify() throws {
        let (isv, client) = try Self.started([.badBodySign], interface: .saasV1)
        defer { isv.stop() }
        let reply = try client.v1(OtherFamiliesISVTests.v1Create)
        #expect(reply.code == "000000")
        let header = try #require(reply.raw.header(BodySign.headerName))
        #expect(throws: BodySign.Failure.mismatch) {
            try BodySign.verify(headerValue: header, body: reply.raw.body, accessKey: ISVTestClient.key)
        }
    }

    @Test func acceptsUnsignedServesUnsignedWrongAndStaleCalls() throws {
        let (isv, client) = try Self.started([.acceptsUnsigned])
        defer { isv.stop() }
        for mode in [ISVTestClient.SignatureMode.unsigned, .wrongKey, .stale] {
            #expect(try client.v2(Self.create, signing: mode).code == "000000", "\(mode)")
        }
        let (v1, v1Client) = try Self.started([.acceptsUnsigned], interface: .saasV1)
        defer { v1.stop() }
        #expect(try v1Client.v1(OtherFamiliesISVTests.v1Create, validToken: false).code == "000000")
    }

    @Test func failRateHitsAboutItsShareWithAFixedSeed() throws {
        let (isv, client) = try Self.started([]) {
            $0.failRate = 0.3
            $0.seed = 42
            $0.slowDelay = 0
        }
        defer { isv.stop() }
        let total = 200
        for index in 0..<total {
            _ = try client.v2(["activity": "orderNotify", "orderId": "CS\(index)", "testFlag": "1"])
        }
        let drawn = isv.calls.compactMap(\.drawn)
        #expect(isv.calls.count == total)
        #expect((40...80).contains(drawn.count), "\(drawn.count) of \(total)")
        #expect(Set(drawn).count >= 5)
        let (repeatRun, repeatClient) = try Self.started([]) {
            $0.failRate = 0.3
            $0.seed = 42
            $0.slowDelay = 0
        }
        defer { repeatRun.stop() }
        for index in 0..<total {
            _ = try repeatClient.v2(["activity": "orderNotify", "orderId": "CS\(index)", "testFlag": "1"])
        }
        #expect(repeatRun.calls.map(\.drawn) == isv.calls.map(\.drawn))
    }
}
