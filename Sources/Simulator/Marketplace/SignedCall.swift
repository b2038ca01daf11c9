import SellerCore
import Signing

/// One call ready for the wire, signed as its interface version is (docs/KOOGALLERY.md §4.2, §4.5): V1 is a
/// GET with every field, `timeStamp` and `authToken` in the query; the other families POST the canonical JSON
/// body with `signature`, `timestamp` and `nonce` in the query.
struct SignedCall: Sendable {
    var method: String
    /// Name and value pairs, unencoded, in order.
    var query: [(String, String)]
    var body: [UInt8]

    /// `signedAt` is the wall clock in unix ms, which the seller's server checks against its own.
    init(fields: [(String, String)], v1: Bool, accessKey: String, signedAt: Int64, nonce: String) {
        if v1 {
            let timeStamp = Timestamp(millis: signedAt).koogalleryMillis
            let query = fields + [("timeStamp", timeStamp)]
            let token = V1AuthToken.compute(parameters: query.map { (name: $0.0, value: $0.1) }, accessKey: accessKey,
                                            timeStamp: timeStamp)
            self.init(method: "GET", query: query + [("authToken", token)], body: [])
        } else {
            let body = CanonicalJSON.encode(.object(fields.map { JSONMember($0.0, .string($0.1)) })) ?? []
            let signed = V2Signature.signedQuery(body: body, accessKey: accessKey, nonce: nonce,
                                                 timestamp: String(signedAt))
            self.init(method: "POST", query: signed.map { ($0.name, $0.value) }, body: body)
        }
    }

    private init(method: String, query: [(String, String)], body: [UInt8]) {
        self.method = method
        self.query = query
        self.body = body
    }
}
