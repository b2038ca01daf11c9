import HTTPServer
import SellerCore
import Signing

/// One call as the sample interface understood it: the activity and its fields as strings (a V1 query, or the
/// top-level members of a V2 body, with the `buyerInfo` and first `orderInfo` fields of an online-license create,
/// docs/KOOGALLERY.md §3.2).
struct ISVCall {
    var activity: String
    var fields: [String: String]

    subscript(name: String) -> String? {
        guard let value = fields[name], !value.isEmpty else { return nil }
        return value
    }

    var isTest: Bool { fields["testFlag"] == "1" }

    /// Why a call is refused before any activity runs.
    enum Refusal: Error, Equatable {
        /// The signature is missing, wrong or stale, or the nonce was seen before: `000001`.
        case unauthenticated(String)
        /// The call cannot be read (wrong method, not a JSON object, no activity): `000002`.
        case invalid(String)
    }

    /// Reads and authenticates a request for `interface`. `verify` false skips the signature checks
    /// (`accepts-unsigned`); `nonces` blocks V2 replays.
    static func read(_ request: HTTPRequest, interface: ISVInterface, accessKey: String, verify: Bool,
                     nowMilliseconds: Int64, nonces: NonceCache) throws(Refusal) -> ISVCall {
        interface.isV1
            ? try readV1(request, accessKey: accessKey, verify: verify)
            : try readV2(request, accessKey: accessKey, verify: verify, nowMilliseconds: nowMilliseconds,
                         nonces: nonces)
    }

    private static func readV1(_ request: HTTPRequest, accessKey: String, verify: Bool) throws(Refusal) -> ISVCall {
        guard request.method == "GET" else { throw .invalid("V1 calls are GET") }
        let parameters = V1AuthToken.parameters(fromQuery: request.rawQuery ?? "")
        if verify {
            do throws(V1AuthToken.Failure) {
                try V1AuthToken.verify(parameters: parameters, accessKey: accessKey)
            } catch {
                throw .unauthenticated(error.description)
            }
        }
        var fields: [String: String] = [:]
        for parameter in parameters where fields[parameter.name] == nil { fields[parameter.name] = parameter.value }
        guard let activity = fields["activity"], !activity.isEmpty else { throw .invalid("no activity") }
        return ISVCall(activity: activity, fields: fields)
    }

    private static func readV2(_ request: HTTPRequest, accessKey: String, verify: Bool, nowMilliseconds: Int64,
                               nonces: NonceCache) throws(Refusal) -> ISVCall {
        guard request.method == "POST" else { throw .invalid("V2 calls are POST") }
        let body = request.body.inMemoryBytes ?? []
        if verify {
            let nonce = request.query(V2Signature.nonceParameter)
            do throws(RequestSignatureError) {
                try V2Signature.verify(signature: request.query(V2Signature.signatureParameter),
                                       timestamp: request.query(V2Signature.timestampParameter), nonce: nonce,
                                       body: body, accessKey: accessKey, nowMilliseconds: nowMilliseconds)
            } catch {
                throw .unauthenticated("\(error)")
            }
            guard let nonce, nonces.insert(nonce) else { throw .unauthenticated("the nonce was used before") }
        }
        guard let value = try? JSONParser.parse(body), case .object(let members) = value else {
            throw .invalid("the body is not a JSON object")
        }
        var fields = strings(members)
        if case .object(let buyer)? = members.first(where: { $0.key == "buyerInfo" })?.value {
            fields.merge(strings(buyer)) { current, _ in current }
        }
        if case .array(let orders)? = members.first(where: { $0.key == "orderInfo" })?.value,
           case .object(let first)? = orders.first {
            fields.merge(strings(first)) { current, _ in current }
        }
        guard let activity = fields["activity"], !activity.isEmpty else { throw .invalid("no activity") }
        return ISVCall(activity: activity, fields: fields)
    }

    /// String and number members, first occurrence wins.
    private static func strings(_ members: [JSONMember]) -> [String: String] {
        var fields: [String: String] = [:]
        for member in members where fields[member.key] == nil {
            switch member.value {
            case .string(let text), .number(let text): fields[member.key] = text
            case .object, .array: fields[member.key] = "{…}"
            case .null, .bool: break
            }
        }
        return fields
    }
}
