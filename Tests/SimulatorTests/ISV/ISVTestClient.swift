import Crypto
import Foundation
import SellerCore
import Signing
import Simulator
import TestSupport

/// Calls a running `SampleProductionInterface` over loopback the way the marketplace does, signing with the
/// Signing module, and reads the answers.
struct ISVTestClient {
    static let key = "devAccessKey-0001"
    let port: UInt16
    var key = ISVTestClient.key

    init(_ isv: SampleProductionInterface) {
        port = isv.url.flatMap { URL(string: $0)?.port }.map { UInt16(clamping: $0) } ?? 0
    }

    init(port: UInt16) { self.port = port }

    /// How a V2 call is signed.
    enum SignatureMode { case good, unsigned, wrongKey, stale }

    /// A V2 POST of `fields` (a flat JSON object, canonical form).
    func v2(_ fields: [String: String], signing: SignatureMode = .good, nonce: String? = nil) throws -> ISVReply {
        try v2(json: .object(fields.map { JSONMember($0.key, .string($0.value)) }), signing: signing, nonce: nonce)
    }

    /// A V2 POST of any JSON object (canonical form).
    func v2(json: JSONValue, signing: SignatureMode = .good, nonce: String? = nil) throws -> ISVReply {
        let body = CanonicalJSON.encode(json) ?? []
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        let timestamp = String(signing == .stale ? now - 61_000 : now)
        let nonce = nonce ?? Hex.encode(Array(UUID().uuidString.utf8.prefix(16)))
        let signature = V2Signature.sign(body: body, accessKey: signing == .wrongKey ? "not-the-key" : key,
                                         nonce: nonce, timestamp: timestamp)
        let target = signing == .unsigned ? "/" : "/?signature=\(signature)&timestamp=\(timestamp)&nonce=\(nonce)"
        return try exchange(rawRequest("POST", target, headers: ["Content-Type: application/json"],
                                       body: String(decoding: body, as: UTF8.self)))
    }

    /// A V1 GET of `fields` with `timeStamp` and `authToken` (a wrong one for `validToken` false).
    func v1(_ fields: [String: String], validToken: Bool = true) throws -> ISVReply {
        var parameters = fields.map { (name: $0.key, value: $0.value) }
        parameters.append((name: "timeStamp", value: "20261123091500123"))
        let token = V1AuthToken.compute(parameters: parameters, accessKey: validToken ? key : "not-the-key",
                                        timeStamp: "20261123091500123")
        parameters.append((name: "authToken", value: token))
        let query = parameters.map { "\(RFC3986.encode($0.name))=\(RFC3986.encode($0.value))" }.joined(separator: "&")
        return try exchange(rawRequest("GET", "/?" + query))
    }

    func exchange(_ request: String) throws -> ISVReply {
        let client = try RawClient(port: port, timeout: 10)
        try client.send(request)
        return ISVReply(try client.readResponse())
    }
}

/// An answer: the raw response and its JSON fields.
struct ISVReply {
    var raw: RawResponse
    var json: JSONValue?

    init(_ raw: RawResponse) {
        self.raw = raw
        json = try? JSONParser.parse(raw.body)
    }

    var status: Int { raw.status }
    var code: String? { string("resultCode") }

    func string(_ name: String, in value: JSONValue? = nil) -> String? {
        guard case .object(let members)? = value ?? json,
              case .string(let text)? = members.first(where: { $0.key == name })?.value else { return nil }
        return text
    }

    func member(_ name: String, in value: JSONValue? = nil) -> JSONValue? {
        guard case .object(let members)? = value ?? json else { return nil }
        return members.first(where: { $0.key == name })?.value
    }

    /// The first `info[].appInfo` of a query answer.
    var firstAppInfo: JSONValue? {
        guard case .array(let entries)? = member("info"), let first = entries.first else { return nil }
        return member("appInfo", in: first)
    }
}
