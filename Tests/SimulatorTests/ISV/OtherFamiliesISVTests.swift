import Crypto
import SellerCore
import Foundation
import Signing
import Testing
import TestSupport
@testable import Simulator

/// `koosim isv` for the V1, license, order-notify and online-license families.
@Suite("sample ISV: V1, license, order-notify, online-license")
struct OtherFamiliesISVTests {
    static func started(_ interface: ISVInterface) throws -> (SampleProductionInterface, ISVTestClient) {
        let isv = SampleProductionInterface(configuration: SampleISVConfiguration(accessKey: ISVTestClient.key,
                                                                                  interface: interface))
        try isv.start()
        return (isv, ISVTestClient(isv))
    }

    static let v1Create = ["activity": "newInstance", "customerId": "68cbc86abc2018ab880d92f36422fa0e",
                           "businessId": "61e834ba-7b97", "orderId": "CS1906666666ABCDE",
                           "productId": "00301-666666-0--0", "testFlag": "0"]

    @Test func v1ActivitiesAnswerSignedBodies() throws {
        let (isv, client) = try Self.started(.saasV1)
        defer { isv.stop() }
        var create = Self.v1Create
        create["mobilePhone"] = try SensitiveField.encrypt(plaintext: "13800000000", accessKey: ISVTestClient.key)
        create["email"] = try SensitiveField.encrypt(plaintext: "buyer@example.com", accessKey: ISVTestClient.key)
        let created = try client.v1(create)
        #expect(created.code == "000000")
        let id = try #require(created.string("instanceId"))
        let appInfo = try #require(created.member("appInfo"))
        #expect(created.string("frontEndUrl", in: appInfo) != nil)
        #expect(try SensitiveField.decrypt(try #require(created.string("userName", in: appInfo)),
                                           accessKey: ISVTestClient.key) == "admin-\(id)")
        var again = Self.v1Create
        again["businessId"] = "another-business"
        #expect(try client.v1(again).string("instanceId") == id)
        let calls: [[String: String]] = [
            ["activity": "queryInstance", "instanceId": id],
            ["activity": "refreshInstance", "orderId": "CS2", "instanceId": id, "expireTime": "20271123235959"],
            ["activity": "expireInstance", "orderId": "CS1906666666ABCDE", "instanceId": id],
            ["activity": "upgrade", "orderId": "CS3", "instanceId": id, "skuCode": "sku", "productId": "p"],
            ["activity": "instanceStatus", "instanceId": id, "instanceStatus": "NORMAL"],
            ["activity": "releaseInstance", "orderId": "CS1906666666ABCDE", "instanceId": id],
            ["activity": "releaseInstance", "orderId": "CS1906666666ABCDE", "instanceId": id],
        ]
        for call in [create] + calls {
            let reply = try client.v1(call)
            #expect(reply.code == "000000", "\(call["activity"] ?? "")")
            let header = try #require(reply.raw.header(BodySign.headerName))
            #expect(throws: Never.self) { try BodySign.verify(headerValue: header, body: reply.raw.body,
                                                              accessKey: ISVTestClient.key) }
        }
    }

    @Test func v1RefusesBadTokensAndUndecryptableFields() throws {
        let (isv, client) = try Self.started(.saasV1)
        defer { isv.stop() }
        #expect(try client.v1(Self.v1Create, validToken: false).code == "000001")
        #expect(try client.exchange(rawRequest("GET", "/?activity=newInstance")).code == "000001")
        var create = Self.v1Create
        create["mobilePhone"] = "Q7w9E2r4T6y8U0i1notbase64!!"
        #expect(try client.v1(create).code == "000002")
        #expect(try client.v2(Self.v1Create).code == "000002")
        #expect(try client.v1(["activity": "updateInstanceStatus", "instanceId": "x"]).code == "000002")
    }

    @Test func licenseCodes() throws {
        let (isv, client) = try Self.started(.license)
        defer { isv.stop() }
        #expect(try client.v2(["activity": "releaseLicenseCode", "license": "LIC-unknown"]).code == "000003")
        let refresh = ["activity": "refreshLicenseCode", "scene": "RENEWAL", "orderId": "CS9",
                       "orderLineId": "CS9-000001", "license": "LIC-1", "expireTime": "20271123235959"]
        #expect(try client.v2(refresh).code == "000000")
        #expect(try client.v2(["activity": "updateLicenseCodeStatus", "license": "LIC-1", "status": "FREEZE"])
            .code == "000000")
        for _ in 0..<2 {
            #expect(try client.v2(["activity": "releaseLicenseCode", "license": "LIC-1"]).code == "000000")
        }
        #expect(try client.v2(["activity": "releaseLicenseCode", "license": "LIC-mock", "testFlag": "1"])
            .code == "000000")
        #expect(try client.v2(refresh, signing: .wrongKey).code == "000001")
        #expect(try client.v2(["activity": "newInstance"]).code == "000002")
    }

    @Test func orderNotify() throws {
        let (isv, client) = try Self.started(.orderNotify)
        defer { isv.stop() }
        let notify = ["activity": "orderNotify", "orderId": "CS9", "orderLineId": "CS9-000001", "testFlag": "1"]
        #expect(try client.v2(notify).code == "000000")
        #expect(try client.v2(notify, signing: .stale).code == "000001")
        #expect(try client.v2(["activity": "orderNotify", "orderId": "CS9", "orderLineId": "CS9-000001"])
            .code == "000002")
    }

    @Test func onlineLicenseCreateReadsTheNestedOrderAndBuyer() throws {
        let (isv, client) = try Self.started(.onlineLicense)
        defer { isv.stop() }
        let phone = try SensitiveField.encrypt(plaintext: "13800000000", accessKey: ISVTestClient.key)
        func body(phone: String) -> JSONValue {
            .object([
                JSONMember("activity", .string("newInstance")),
                JSONMember("buyerInfo", .object([JSONMember("customerId", .string("c-1")),
                                                 JSONMember("mobilePhone", .string(phone))])),
                JSONMember("orderInfo", .array([.object([
                    JSONMember("businessId", .string("biz-nested")), JSONMember("orderId", .string("CS7")),
                    JSONMember("chargingMode", .string("PERIOD")), JSONMember("periodNumber", .number("1")),
                ])])),
            ])
        }
        let created = try client.v2(json: body(phone: phone))
        #expect(created.code == "000000" && created.string("instanceId") == "biz-nested")
        #expect(try client.v2(json: body(phone: "Q7w9E2r4T6y8U0i1AAAA")).code == "000002")
    }

    @Test func onlineLicenseIsTheSameForARetryOfTheSameEvent() throws {
        let (isv, client) = try Self.started(.onlineLicense)
        defer { isv.stop() }
        let id = try #require(try client.v2(["activity": "newInstance", "orderId": "CS5",
                                             "orderLineId": "CS5-000001", "businessId": "biz-ol"])
            .string("instanceId"))
        let ask = ["activity": "getLicenseAsync", "instanceId": id, "effectiveTime": "20261123000000",
                   "expireTime": "20271123000000", "eventId": "ev-1", "deviceFingerprint": "fp-A"]
        let first = try client.v2(ask)
        #expect(first.code == "000000")
        let license = try #require(first.string("license"))
        #expect(try client.v2(ask).string("license") == license)
        var otherDevice = ask
        otherDevice["deviceFingerprint"] = "fp-B"
        #expect(try client.v2(otherDevice).string("license") != license)
        let rest: [[String: String]] = [
            ["activity": "refreshInstance", "scene": "RENEWAL", "orderId": "CS6", "orderLineId": "CS6-000001",
             "instanceId": id, "expireTime": "20281123235959"],
            ["activity": "updateInstanceStatus", "instanceId": id, "status": "FREEZE"],
            ["activity": "releaseInstance", "instanceId": id],
        ]
        for call in rest { #expect(try client.v2(call).code == "000000", "\(call["activity"] ?? "")") }
        #expect(try client.v2(["activity": "queryInstance", "instanceId": id]).code == "000002")
    }
}
