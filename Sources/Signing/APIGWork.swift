import Crypto
import Foundation

/// What `APIGVerifier` computed for a captured open-API request, for `verify apig`: the canonical request and
/// string to sign over the headers the Authorization lists, the expected and given signatures, and the verdict.
public struct APIGWork: Sendable, Equatable {
    public var canonicalRequest: String
    public var stringToSign: String
    public var expected: String
    public var given: String
    /// Nil when the request verifies.
    public var failure: APIGVerificationError?
}

extension APIGVerifier {
    /// Verifies `request` with one secret key and records the steps. Steps that cannot be computed (no or a
    /// malformed Authorization) are empty strings; `failure` then says why.
    public static func explain(_ request: APIGRequest, now: Date, secretKey: String) -> APIGWork {
        var work = APIGWork(canonicalRequest: "", stringToSign: "", expected: "", given: "", failure: nil)
        do {
            _ = try verify(request, now: now) { _ in secretKey }
        } catch {
            work.failure = error
        }
        guard let header = request.values(ofHeader: "authorization").first,
              let authorization = try? APIGAuthorization(parsing: header) else { return work }
        work.given = authorization.signature
        let signedHeaders = Array(Set(authorization.signedHeaders)).sorted(by: APIGRequest.precedes)
        guard case .success(let canonical) = request.canonicalRequest(signedHeaders: signedHeaders) else {
            return work
        }
        let sdkDate = APIGRequest.trimmed(request.values(ofHeader: "x-sdk-date").first ?? "")
        work.canonicalRequest = canonical
        work.stringToSign = APIGRequest.stringToSign(canonicalRequest: canonical, sdkDate: sdkDate)
        work.expected = Hex.encode(APIGSigner.signature(stringToSign: work.stringToSign,
                                                        secretKey: Array(secretKey.utf8)))
        return work
    }
}
