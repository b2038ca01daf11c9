import Crypto

/// The joint-operation (联营) kit signature (docs/KOOGALLERY.md §4.6): like V2, but in headers, and the body is
/// signed directly instead of through a body hash.
public enum KitSignature {
    public static let signHeader = "x-sign"
    public static let timestampHeader = "x-timestamp"
    public static let nonceHeader = "x-nonce"

    /// `Hex(HMAC-SHA256(key: accessKey, data: accessKey + nonce + timestamp + body))` over `body` as given (the
    /// marketplace passes the canonical form).
    public static func sign(body: [UInt8], accessKey: String, nonce: String, timestamp: String,
                            uppercase: Bool = false) -> String {
        Hex.encode(mac(body: body, accessKey: accessKey, nonce: nonce, timestamp: timestamp), uppercase: uppercase)
    }

    /// Verifies the three header values: the timestamp within 60 s, then the raw body, then its canonical form.
    @discardableResult
    public static func verify(sign: String?, timestamp: String?, nonce: String?, body: [UInt8], accessKey: String,
                              nowMilliseconds: Int64) throws(RequestSignatureError) -> V2Signature.SignedBody {
        guard let sign, !sign.isEmpty else { throw .missingParameter(signHeader) }
        guard let timestamp, !timestamp.isEmpty else { throw .missingParameter(timestampHeader) }
        guard let nonce, !nonce.isEmpty else { throw .missingParameter(nonceHeader) }
        try TimestampWindow.check(timestamp, nowMilliseconds: nowMilliseconds)
        if TimestampWindow.hexMatches(sign, mac(body: body, accessKey: accessKey, nonce: nonce, timestamp: timestamp)) {
            return .raw
        }
        if let canonical = CanonicalJSON.encode(body: body), canonical != body,
           TimestampWindow.hexMatches(sign, mac(body: canonical, accessKey: accessKey, nonce: nonce,
                                                 timestamp: timestamp)) {
            return .canonical
        }
        throw .signatureMismatch
    }

    private static func mac(body: [UInt8], accessKey: String, nonce: String, timestamp: String) -> [UInt8] {
        HMACSHA256.authenticate(key: Array(accessKey.utf8), message: Array((accessKey + nonce + timestamp).utf8) + body)
    }
}
