import Crypto
import SellerCore
import Signing

/// One call to the seller's production URL, signed: the method, the query (in order, unencoded) and the body.
public struct ProbeRequest: Sendable {
    public let method: String
    public let query: [(String, String)]
    public let body: [UInt8]

    public init(method: String, query: [(String, String)], body: [UInt8]) {
        self.method = method
        self.query = query
        self.body = body
    }

    /// The query value named `name`, if any.
    public func queryValue(_ name: String) -> String? { query.first { $0.0 == name }?.1 }
}

/// Builds a case's call exactly as the marketplace signs it (docs/KOOGALLERY.md §4.2, §4.5), or deliberately
/// unsigned, with another key, or stale.
public enum ProbeRequestBuilder {
    /// How far back a stale signature is dated: well outside the 60 s window.
    public static let staleMilliseconds: Int64 = 10 * 60_000

    public static func build(_ probeCase: ProbeCase, scheme: ProbeScheme, state: ProbeState, accessKey: String,
                             nonce: String) -> ProbeRequest {
        let parameters = probeCase.parameters(state)
        let signing = probeCase.signing
        let key = signing == .wrong ? wrongKey(accessKey) : accessKey
        let time = signing == .stale ? state.nowMilliseconds - staleMilliseconds : state.nowMilliseconds
        switch scheme {
        case .v2:
            let object = JSONValue.object(parameters.map { JSONMember($0.0, .string($0.1)) })
            let body = CanonicalJSON.encode(object) ?? []
            guard signing != .unsigned else { return ProbeRequest(method: "POST", query: [], body: body) }
            let timestamp = String(time)
            let query = V2Signature.signedQuery(body: body, accessKey: key, nonce: nonce, timestamp: timestamp,
                                                uppercase: true)
            return ProbeRequest(method: "POST", query: query.map { ($0.name, $0.value) }, body: body)
        case .v1:
            let timeStamp = ProbeTime.format(time, milliseconds: true)
            let query = parameters + [("timeStamp", timeStamp)]
            guard signing != .unsigned else { return ProbeRequest(method: "GET", query: query, body: []) }
            let token = V1AuthToken.compute(parameters: query.map { (name: $0.0, value: $0.1) }, accessKey: key,
                                            timeStamp: timeStamp)
            return ProbeRequest(method: "GET", query: query + [("authToken", token)], body: [])
        }
    }

    /// A random 32-hex-digit nonce, as the marketplace sends.
    public static func randomNonce() throws -> String { try V2Signature.randomNonce() }

    /// A key that is not the seller's, for the wrong-signature case.
    static func wrongKey(_ accessKey: String) -> String { "probe-wrong-" + accessKey }
}
