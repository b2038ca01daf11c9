import Crypto

/// The signature of the new usage-push API (docs/KOOGALLERY.md §4.7), the one open API the seller signs with its
/// interconnection key instead of APIG AK/SK.
public enum UsagePushSignature {
    public static let signatureHeader = "signature"
    public static let timestampHeader = "ts"
    public static let nonceHeader = "nonce"

    /// `Base64(HMAC-SHA256(key, "ts={ts}&nonce={nonce}&body={body}"))`. The body must be sent exactly as signed;
    /// the documentation asks for it "naturally sorted", so pass `CanonicalJSON.encode(…)` output.
    public static func sign(body: [UInt8], key: String, timestamp: String, nonce: String) -> String {
        Base64.encode(mac(body: body, key: key, timestamp: timestamp, nonce: nonce))
    }

    /// Verifies the header values over the body as received. The documentation names no freshness window; pass
    /// `nowMilliseconds` to apply the 60 s window of the other schemes.
    public static func verify(signature: String?, timestamp: String?, nonce: String?, body: [UInt8], key: String,
                              nowMilliseconds: Int64? = nil) throws(RequestSignatureError) {
        guard let signature, !signature.isEmpty else { throw .missingParameter(signatureHeader) }
        guard let timestamp, !timestamp.isEmpty else { throw .missingParameter(timestampHeader) }
        guard let nonce, !nonce.isEmpty else { throw .missingParameter(nonceHeader) }
        if let nowMilliseconds {
            try TimestampWindow.check(timestamp, nowMilliseconds: nowMilliseconds)
        }
        guard let received = Base64.decode(signature),
              ConstantTime.equal(received, mac(body: body, key: key, timestamp: timestamp, nonce: nonce))
        else { throw .signatureMismatch }
    }

    private static func mac(body: [UInt8], key: String, timestamp: String, nonce: String) -> [UInt8] {
        HMACSHA256.authenticate(key: Array(key.utf8), message: Array("ts=\(timestamp)&nonce=\(nonce)&body=".utf8) + body)
    }
}
