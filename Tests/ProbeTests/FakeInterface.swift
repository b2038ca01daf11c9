import Crypto
import Foundation
import Probe
import SellerCore
import Signing

/// An in-memory production interface that keeps the contract (signatures checked, idempotent create, Body-Sign
/// and encrypted appInfo on V1), for runner tests without a network. `sloppy` makes it accept anything.
struct FakeInterface: ProbeTransport {
    let key: String
    let scheme: ProbeScheme
    var acceptsUnsigned = false
    var newInstanceEveryCreate = false
    private let store = Store()

    init(key: String, scheme: ProbeScheme, acceptsUnsigned: Bool = false, newInstanceEveryCreate: Bool = false) {
        self.key = key
        self.scheme = scheme
        self.acceptsUnsigned = acceptsUnsigned
        self.newInstanceEveryCreate = newInstanceEveryCreate
    }

    final class Store: @unchecked Sendable {
        let lock = NSLock()
        var instances: [String: String] = [:]
    }

    func exchange(_ request: ProbeRequest, timeout: Double) async -> Result<ProbeReply, ProbeFailure> {
        let fields: [(String, String)]
        let signed: Bool
        switch scheme {
        case .v2:
            fields = Self.stringFields(request.body)
            signed = (try? V2Signature.verify(signature: request.queryValue("signature"),
                                              timestamp: request.queryValue("timestamp"),
                                              nonce: request.queryValue("nonce"), body: request.body, accessKey: key,
                                              nowMilliseconds: ProbeState.currentMilliseconds())) != nil
        case .v1:
            fields = request.query
            signed = (try? V1AuthToken.verify(parameters: fields.map { (name: $0.0, value: $0.1) },
                                              accessKey: key)) != nil
        }
        guard signed || acceptsUnsigned else { return reply(["resultCode": "000001", "resultMsg": "bad signature"]) }
        let field = { (name: String) in fields.first { $0.0 == name }?.1 ?? "" }
        var answer = ["resultCode": "000000", "resultMsg": "success"]
        switch field("activity") {
        case "newInstance":
            let order = field("orderId") + (scheme == .v2 ? "/" + field("orderLineId") : "")
            let id = store.lock.withLock { () -> String in
                if newInstanceEveryCreate { return field("businessId") }
                let id = store.instances[order] ?? field("businessId")
                store.instances[order] = id
                return id
            }
            answer["instanceId"] = id
            if scheme == .v1 { return reply(answer, appInfo: appInfo(), infoFor: nil) }
        case "queryInstance": return reply(answer, appInfo: appInfo(), infoFor: field("instanceId"))
        default: break
        }
        return reply(answer)
    }

    func appInfo() -> JSONValue {
        let password = (try? SensitiveField.encrypt(plaintext: "s3cret", accessKey: key)) ?? ""
        return .object([JSONMember("frontEndUrl", .string("https://isv.example.com/")),
                        JSONMember("userName", .string(password)), JSONMember("password", .string(password))])
    }

    func reply(_ fields: [String: String], appInfo: JSONValue? = nil, infoFor instanceId: String? = nil)
        -> Result<ProbeReply, ProbeFailure>
    {
        var members = fields.sorted { $0.key < $1.key }.map { JSONMember($0.key, .string($0.value)) }
        if let appInfo {
            if let instanceId {
                members.append(JSONMember("encryptType", .string("1")))
                members.append(JSONMember("info", .array([.object([JSONMember("instanceId", .string(instanceId)),
                                                                   JSONMember("appInfo", appInfo)])])))
            } else {
                members.append(JSONMember("appInfo", appInfo))
            }
        }
        var writer = JSONWriter()
        writer.append(.object(members))
        var headers = ["content-type": "application/json;charset=UTF-8"]
        if scheme == .v1 { headers["body-sign"] = BodySign.headerValue(body: writer.bytes, accessKey: key) }
        return .success(ProbeReply(status: 200, headers: headers, body: writer.bytes))
    }

    static func stringFields(_ body: [UInt8]) -> [(String, String)] {
        guard case .object(let members)? = try? JSONParser.parse(body) else { return [] }
        return members.compactMap { member in
            if case .string(let value) = member.value { return (member.key, value) }
            return nil
        }
    }
}
