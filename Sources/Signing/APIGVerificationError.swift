/// Why the simulator (or any server) refused an APIG-signed request. Descriptions name the access key at most,
/// never a secret key or the expected signature.
public enum APIGVerificationError: Error, Equatable, Sendable, CustomStringConvertible {
    case missingAuthorization
    case malformedAuthorization(String)
    /// No secret key is known for this access key.
    case unknownAccessKey(String)
    case missingDate
    case malformedDate
    /// The request's `X-Sdk-Date` is this many seconds away from the server clock (positive: in the future).
    case clockSkew(seconds: Int64)
    /// `host` and `x-sdk-date` must be covered by the signature, or a request could be replayed elsewhere or later.
    case requiredHeaderNotSigned(String)
    /// A header listed in SignedHeaders is not in the request.
    case signedHeaderMissing(String)
    case signatureMismatch

    /// The gateway error code APIG answers with: `APIGW.0303` for date problems, `APIGW.0301` otherwise.
    public var gatewayCode: String {
        switch self {
        case .missingDate, .malformedDate, .clockSkew: "APIGW.0303"
        default: "APIGW.0301"
        }
    }

    public var description: String {
        switch self {
        case .missingAuthorization: "the Authorization header is missing"
        case .malformedAuthorization(let reason): "malformed Authorization header: \(reason)"
        case .unknownAccessKey(let accessKey): "unknown access key \(accessKey)"
        case .missingDate: "the X-Sdk-Date header is missing"
        case .malformedDate: "X-Sdk-Date is not in the format YYYYMMDDTHHMMSSZ"
        case .clockSkew(let seconds): "X-Sdk-Date is \(seconds) s away from the server clock (limit 900 s)"
        case .requiredHeaderNotSigned(let name): "the \(name) header must be signed"
        case .signedHeaderMissing(let name): "signed header \(name) is not in the request"
        case .signatureMismatch: "the signature does not match"
        }
    }
}
