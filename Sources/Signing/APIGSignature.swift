/// Everything one APIG signing produced. The intermediate strings are kept so that `seller-console sign-request`
/// and failing tests can show exactly what was signed.
public struct APIGSignature: Sendable, Equatable {
    public var canonicalRequest: String
    public var stringToSign: String
    /// Lowercase hex HMAC-SHA256 of `stringToSign` under the secret key.
    public var signature: String
    /// The signed header names joined with `;`, e.g. `content-type;host;x-sdk-date`.
    public var signedHeaders: String
    /// The `X-Sdk-Date` value that was signed; it must be sent as that header.
    public var sdkDate: String
    /// The `Authorization` header value: `SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…`.
    public var authorizationHeader: String

    /// The two headers the caller adds to the request: `X-Sdk-Date` and `Authorization`.
    public var headersToAdd: [APIGRequest.Header] {
        [APIGRequest.Header("X-Sdk-Date", sdkDate), APIGRequest.Header("Authorization", authorizationHeader)]
    }
}
