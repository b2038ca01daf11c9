import Crypto
import Foundation

/// Signs open-API and seller-gateway requests with APIG SDK-HMAC-SHA256 (docs/KOOGALLERY.md §4.8). It holds the
/// secret key, so its description and reflection show the access key only.
public struct APIGSigner: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The algorithm name that starts the string to sign and the `Authorization` header.
    public static let algorithm = "SDK-HMAC-SHA256"

    public let accessKey: String
    private let secretKey: [UInt8]

    public init(accessKey: String, secretKey: String) {
        self.accessKey = accessKey
        self.secretKey = Array(secretKey.utf8)
    }

    /// Signs `request` at `date`. Every header of the request is signed, plus `host` (which must be present:
    /// build the request from a URL to get it) and `x-sdk-date`, which replaces any date already in the headers.
    public func sign(_ request: APIGRequest, date: Date) -> APIGSignature {
        sign(request, sdkDate: SDKDate.format(date))
    }

    /// Signs with an explicit `X-Sdk-Date` value, for known-answer tests and replaying a recorded request.
    public func sign(_ request: APIGRequest, sdkDate: String) -> APIGSignature {
        var request = request
        request.headers.removeAll { $0.name.lowercased() == "x-sdk-date" }
        request.headers.append(APIGRequest.Header("X-Sdk-Date", sdkDate))
        let signedHeaders = request.allHeaderNames
        // Every name comes from the request's own headers, so none can be missing.
        let canonicalRequest: String
        switch request.canonicalRequest(signedHeaders: signedHeaders) {
        case .success(let text): canonicalRequest = text
        case .failure: canonicalRequest = ""
        }
        let stringToSign = APIGRequest.stringToSign(canonicalRequest: canonicalRequest, sdkDate: sdkDate)
        let signature = Hex.encode(HMACSHA256.authenticate(key: secretKey, message: Array(stringToSign.utf8)))
        let signedList = signedHeaders.joined(separator: ";")
        return APIGSignature(
            canonicalRequest: canonicalRequest, stringToSign: stringToSign, signature: signature,
            signedHeaders: signedList, sdkDate: sdkDate,
            authorizationHeader: APIGAuthorization(accessKey: accessKey, signedHeaders: signedHeaders,
                                                   signature: signature).headerValue)
    }

    /// The signature of an already-built string to sign; the verifier recomputes with the SK it looked up.
    static func signature(stringToSign: String, secretKey: [UInt8]) -> [UInt8] {
        HMACSHA256.authenticate(key: secretKey, message: Array(stringToSign.utf8))
    }

    public var description: String { "APIGSigner(accessKey: \(accessKey), secretKey: <redacted>)" }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: ["accessKey": accessKey], displayStyle: .struct) }
}
