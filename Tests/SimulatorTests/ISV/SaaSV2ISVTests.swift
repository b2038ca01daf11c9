import Crypto
import Foundation
import Testing
import TestSupport
@testable import Simulator

/// `koosim isv --interface saas-v2`: every activity answered, signatures enforced, creates idempotent.
@Suite("sample ISV: SaaS V2")
struct SaaSV2ISVTests {
    static func started(_ configure: (inout SampleISVConfiguration) -> Void = { _ in })
        throws -> (SampleProductionInterface, ISVTestClient) {
        var configuration = SampleISVConfiguration(accessKey: ISVTestClient.key, interface: .saasV2)
        configure(&configuration)
        let isv = SampleProductionInterface(configuration: configuration)
        try isv.start()
        return (isv, ISVTestClient(isv))
    }

    static let create = ["activity": "newInstance", "orderId": "CS2611230915XYZ12",
                         "orderLineId": "CS2611230915XYZ12-000001", "businessId": "biz-1", "testFlag": "0"]

    @Test func everyActivityAnswersSuccess() throws {
        let (isv, client) = try Self.started()
        defer { isv.stop() }
        let created = try client.v2(Self.create)
        #expect(created.status == 200 && created.code == "000000")
        #expect(created.raw.header("Content-Type")?.hasPrefix("application/json") == true)
        let id = try #require(created.string("instanceId"))
        #expect(id == "biz-1")
        let calls: [[String: String]] = [
            ["activity": "refreshInstance", "scene": "RENEWAL", "orderId": "CS2", "orderLineId": "CS2-000001",
             "instanceId": id, "expireTime": "20271123235959"],
            ["activity": "updateInstanceStatus", "instanceId": id, "status": "FREEZE"],
            ["activity": "updateInstanceStatus", "instanceId": id, "status": "UNFREEZE"],
            ["activity": "upgradeInstance", "instanceId": id, "orderId": "CS3", "orderLineId": "CS3-000001"],
            ["activity": "changeInstanceCheck", "instanceId": id, "productInfo": "sku-2"],
            ["activity": "releaseInstance", "instanceId": id],
            ["activity": "releaseInstance", "instanceId": id],
        ]
        for call in calls {
            let reply = try client.v2(call)
            #expect(reply.code == "000000", "\(call["activity"] ?? "")")
            #expect(reply.string("resultMsg") != nil)
        }
    }

    @Test func queryReturnsAppInfoWithEncryptedAccount() throws {
        let (isv, client) = try Self.started { $0.encryptType = .aes128 }
        defer { isv.stop() }
        let id = try #require(try client.v2(Self.create).string("instanceId"))
        let reply = try client.v2(["activity": "queryInstance", "instanceId": "\(id),unknown-id"])
        #expect(reply.code == "000000" && reply.string("encryptType") == "2")
        let appInfo = try #require(reply.firstAppInfo)
        #expect(reply.string("frontEndUrl", in: appInfo)?.hasPrefix("https://") == true)
        let user = try #require(reply.string("userName", in: appInfo))
        let password = try #require(reply.string("password", in: appInfo))
        #expect(try SensitiveField.decrypt(user, accessKey: ISVTestClient.key, encryptType: .aes128) == "admin-\(id)")
        #expect(try SensitiveField.decrypt(password, accessKey: ISVTestClient.key, encryptType: .aes128).hasPrefix("Pw-"))
        guard case .array(let entries)? = reply.member("info") else { Issue.record("no info"); return }
        #expect(entries.count == 1)
        #expect(try client.v2(["activity": "queryInstance", "instanceId": "never-created"]).code == "000003")
        let tooMany = (0...100).map { "i\($0)" }.joined(separator: ",")
        #expect(try client.v2(["activity": "queryInstance", "instanceId": tooMany]).code == "000002")
    }

    @Test func createIsIdempotentOnTheOrderLine() throws {
        let (isv, client) = try Self.started()
        defer { isv.stop() }
        var again = Self.create
        again["businessId"] = "biz-2"
        let first = try client.v2(Self.create).string("instanceId")
        #expect(first == "biz-1")
        #expect(try client.v2(again).string("instanceId") == first)
        var otherLine = again
        otherLine["orderLineId"] = "CS2611230915XYZ12-000002"
        otherLine["businessId"] = "biz-3"
        #expect(try client.v2(otherLine).string("instanceId") == "biz-3")
        var test = Self.create
        test["testFlag"] = "1"
        test["businessId"] = "biz-4"
        #expect(try client.v2(test).string("instanceId") == first)
    }

    @Test func unsignedWrongStaleAndReplayedCallsAreRefused() throws {
        let (isv, client) = try Self.started()
        defer { isv.stop() }
        for mode in [ISVTestClient.SignatureMode.unsigned, .wrongKey, .stale] {
            let reply = try client.v2(Self.create, signing: mode)
            #expect(reply.status == 200 && reply.code == "000001", "\(mode)")
        }
        let nonce = "0123456789abcdef0123456789abcdef"
        #expect(try client.v2(["activity": "orderNotify"], nonce: nonce).code == "000002")
        #expect(try client.v2(["activity": "orderNotify"], nonce: nonce).code == "000001")
    }

    @Test func unknownActivityMissingFieldsAndBadValuesAreInvalid() throws {
        let (isv, client) = try Self.started()
        defer { isv.stop() }
        #expect(try client.v2(["activity": "getLicenseAsync", "instanceId": "x"]).code == "000002")
        #expect(try client.v2(["activity": "newInstance", "orderId": "CS1"]).code == "000002")
        #expect(try client.v2(["activity": "updateInstanceStatus", "instanceId": "x", "status": "PAUSE",
                               "testFlag": "1"]).code == "000002")
        #expect(try client.v2(["activity": "releaseInstance", "instanceId": "ghost"]).code == "000003")
        #expect(try client.v2(["activity": "releaseInstance", "instanceId": "ghost", "testFlag": "1"]).code == "000000")
        let notJSON = try client.exchange(rawRequest("POST", "/", body: "not json"))
        #expect(notJSON.code == "000001" || notJSON.code == "000002")
    }
}

@Suite("sample ISV: nonce cache")
struct NonceCacheTests {
    @Test func forgetsTheOldestBeyondItsCapacity() {
        let cache = NonceCache(capacity: 2)
        #expect(cache.insert("a") && cache.insert("b") && !cache.insert("a"))
        #expect(cache.insert("c"))
        #expect(cache.insert("a"), "a was the oldest, so it is forgotten")
        #expect(!cache.insert("c") && cache.insert("b"))
    }
}
