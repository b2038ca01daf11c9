import Crypto
import Foundation

/// Checks APIG SDK-HMAC-SHA256 signatures on incoming requests, as the API gateway does; the simulator answers
/// 401 with the error's `gatewayCode` when this throws.
public enum APIGVerifier {
    /// The gateway's tolerance between `X-Sdk-Date` and its own clock.
    public static let maximumClockSkew: Int64 = 15 * 60

    /// Verifies `request` (built with `APIGRequest(method:rawPath:rawQuery:headers:body:)` from what arrived) and
    /// returns the authenticated access key. `secretKey` resolves an access key to its secret, nil when unknown.
    public static func verify(_ request: APIGRequest, now: Date, secretKey: (String) -> String?)
        throws(APIGVerificationError) -> String
    {
        let authorizationValues = request.values(ofHeader: "authorization")
        guard let headerValue = authorizationValues.first else { throw .missingAuthorization }
        guard authorizationValues.count == 1 else { throw .malformedAuthorization("more than one header") }
        let authorization = try APIGAuthorization(parsing: headerValue)
        guard let secret = secretKey(authorization.accessKey) else {
            throw .unknownAccessKey(authorization.accessKey)
        }
        let dates = request.values(ofHeader: "x-sdk-date")
        guard let sdkDate = dates.first else { throw .missingDate }
        guard dates.count == 1, let date = SDKDate.parse(APIGRequest.trimmed(sdkDate)) else { throw .malformedDate }
        let skew = skewSeconds(of: date, from: now)
        guard skew.magnitude <= UInt64(maximumClockSkew) else { throw .clockSkew(seconds: skew) }

        let signedHeaders = Array(Set(authorization.signedHeaders)).sorted(by: APIGRequest.precedes)
        for required in ["host", "x-sdk-date"] where !signedHeaders.contains(required) {
            throw .requiredHeaderNotSigned(required)
        }
        let canonicalRequest: String
        switch request.canonicalRequest(signedHeaders: signedHeaders) {
        case .success(let text): canonicalRequest = text
        case .failure(let missing): throw .signedHeaderMissing(missing.name)
        }
        let stringToSign = APIGRequest.stringToSign(canonicalRequest: canonicalRequest,
                                                    sdkDate: APIGRequest.trimmed(sdkDate))
        let expected = APIGSigner.signature(stringToSign: stringToSign, secretKey: Array(secret.utf8))
        guard let received = Hex.decode(authorization.signature), ConstantTime.equal(expected, received) else {
            throw .signatureMismatch
        }
        return authorization.accessKey
    }

    /// Whole seconds from `now` to `date`, saturating instead of overflowing on absurd clocks.
    private static func skewSeconds(of date: Date, from now: Date) -> Int64 {
        let difference = date.timeIntervalSince(now)
        guard difference.isFinite else { return Int64.max }
        return Int64(Swift.max(-1e15, Swift.min(1e15, difference)).rounded(.towardZero))
    }
}
