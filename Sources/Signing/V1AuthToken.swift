import Crypto

/// The V1 request token `authToken` (docs/KOOGALLERY.md §4.2): the marketplace signs every other parameter of a V1
/// call with `HMAC-SHA256(key: accessKey + timeStamp)`, and the seller's interface recomputes it.
public enum V1AuthToken {
    /// Why a V1 token did not verify. No case carries the key or the expected token.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case missingToken
        case missingTimeStamp
        case mismatch

        public var description: String {
            switch self {
            case .missingToken: "the authToken parameter is missing"
            case .missingTimeStamp: "the timeStamp parameter is missing"
            case .mismatch: "authToken does not match"
            }
        }
    }

    /// Decodes a raw V1 query string the way Java's `URLDecoder` does (`+` is a space).
    public static func parameters(fromQuery rawQuery: String) -> [(name: String, value: String)] {
        rawQuery.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            guard let equals = pair.firstIndex(of: "=") else {
                return (RFC3986.decode(String(pair), plusAsSpace: true), "")
            }
            return (RFC3986.decode(String(pair[..<equals]), plusAsSpace: true),
                    RFC3986.decode(String(pair[pair.index(after: equals)...]), plusAsSpace: true))
        }
    }

    /// The signed text: decoded parameters except `authToken`, sorted by name (Java `String` order, i.e. UTF-16
    /// code units; the sort is stable for repeated names), joined `k=v&…`.
    public static func canonicalString(_ parameters: [(name: String, value: String)]) -> String {
        parameters
            .filter { $0.name != "authToken" }
            .enumerated()
            .sorted { lhs, rhs in
                if lhs.element.name != rhs.element.name {
                    return lhs.element.name.utf16.lexicographicallyPrecedes(rhs.element.name.utf16)
                }
                return lhs.offset < rhs.offset
            }
            .map { $0.element.name + "=" + $0.element.value }
            .joined(separator: "&")
    }

    /// `Base64(HMAC-SHA256(key: accessKey + timeStamp, data: canonicalString))`. The parameters normally include
    /// `timeStamp` itself, which is signed like any other parameter.
    public static func compute(parameters: [(name: String, value: String)], accessKey: String, timeStamp: String)
        -> String
    {
        Base64.encode(HMACSHA256.authenticate(key: accessKey + timeStamp, message: canonicalString(parameters)))
    }

    /// Computes the token with the `timeStamp` found among the parameters.
    public static func compute(parameters: [(name: String, value: String)], accessKey: String)
        throws(Failure) -> String
    {
        guard let timeStamp = parameters.first(where: { $0.name == "timeStamp" })?.value else {
            throw .missingTimeStamp
        }
        return compute(parameters: parameters, accessKey: accessKey, timeStamp: timeStamp)
    }

    /// Verifies a GET request's decoded parameters, which carry both `authToken` and `timeStamp`.
    public static func verify(parameters: [(name: String, value: String)], accessKey: String) throws(Failure) {
        guard let token = parameters.first(where: { $0.name == "authToken" })?.value else { throw .missingToken }
        try verify(token: token, parameters: parameters, accessKey: accessKey)
    }

    /// Verifies a token received separately (the kit's `authToken` header) against the body's fields.
    public static func verify(token: String, parameters: [(name: String, value: String)], accessKey: String)
        throws(Failure)
    {
        let expected = try compute(parameters: parameters, accessKey: accessKey)
        guard let received = Base64.decode(token), let wanted = Base64.decode(expected),
              ConstantTime.equal(received, wanted)
        else { throw .mismatch }
    }

    /// Verifies a raw V1 query string.
    public static func verify(rawQuery: String, accessKey: String) throws(Failure) {
        try verify(parameters: parameters(fromQuery: rawQuery), accessKey: accessKey)
    }
}
