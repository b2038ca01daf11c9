import Crypto

/// The V2 request signature (docs/KOOGALLERY.md §4.5): the marketplace calls the seller's production URL with
/// `?signature=…&timestamp=…&nonce=…`, signing the canonical form of the JSON body. The simulator signs with it
/// when it calls a seller's real interface, and sellers' test servers verify with it.
public enum V2Signature {
    /// Query parameter names.
    public static let signatureParameter = "signature"
    public static let timestampParameter = "timestamp"
    public static let nonceParameter = "nonce"

    /// Which body form a verified signature was computed over.
    public enum SignedBody: Sendable, Equatable {
        /// The body bytes exactly as received.
        case raw
        /// The Java `TreeMap` + Jackson form (`CanonicalJSON`).
        case canonical
    }

    /// `lowerHex(HMAC-SHA256(key: accessKey, data: body))`.
    public static func bodyHash(body: [UInt8], accessKey: String) -> String {
        Hex.encode(HMACSHA256.authenticate(key: accessKey, message: body))
    }

    /// `Hex(HMAC-SHA256(key: accessKey, data: accessKey + nonce + timestamp + bodyHash))` over `body` as given.
    /// The marketplace signs `CanonicalJSON.encode(…)` of the body; lowercase by default, like the known-answer
    /// vector (the documentation shows uppercase; verifiers accept both).
    public static func sign(body: [UInt8], accessKey: String, nonce: String, timestamp: String,
                            uppercase: Bool = false) -> String {
        Hex.encode(mac(body: body, accessKey: accessKey, nonce: nonce, timestamp: timestamp), uppercase: uppercase)
    }

    /// The query parameters the marketplace appends to the production URL for a signed call (`signature`,
    /// `timestamp`, `nonce`, in that order), signing `body` as given.
    public static func signedQuery(body: [UInt8], accessKey: String, nonce: String, timestamp: String,
                                   uppercase: Bool = false) -> [(name: String, value: String)] {
        [(signatureParameter, sign(body: body, accessKey: accessKey, nonce: nonce, timestamp: timestamp,
                                   uppercase: uppercase)),
         (timestampParameter, timestamp), (nonceParameter, nonce)]
    }

    /// 32 random hex digits, as the marketplace's nonces look.
    public static func randomNonce() throws(CryptoError) -> String {
        Hex.encode(try SecureRandom.bytes(16), uppercase: true)
    }

    /// Verifies a V2 call: the timestamp within 60 s of `nowMilliseconds`, then the signature over the raw body,
    /// then over its canonical form. `signature`, `timestamp` and `nonce` are the decoded query parameters
    /// (nil when absent). Replay protection by nonce is the caller's job.
    @discardableResult
    public static func verify(signature: String?, timestamp: String?, nonce: String?, body: [UInt8],
                              accessKey: String, nowMilliseconds: Int64) throws(RequestSignatureError) -> SignedBody {
        guard let signature, !signature.isEmpty else { throw .missingParameter(signatureParameter) }
        guard let timestamp, !timestamp.isEmpty else { throw .missingParameter(timestampParameter) }
        guard let nonce, !nonce.isEmpty else { throw .missingParameter(nonceParameter) }
        try TimestampWindow.check(timestamp, nowMilliseconds: nowMilliseconds)
        let raw = mac(body: body, accessKey: accessKey, nonce: nonce, timestamp: timestamp)
        if TimestampWindow.hexMatches(signature, raw) { return .raw }
        if let canonical = CanonicalJSON.encode(body: body), canonical != body,
           TimestampWindow.hexMatches(signature, mac(body: canonical, accessKey: accessKey, nonce: nonce,
                                                      timestamp: timestamp)) {
            return .canonical
        }
        throw .signatureMismatch
    }

    private static func mac(body: [UInt8], accessKey: String, nonce: String, timestamp: String) -> [UInt8] {
        let message = accessKey + nonce + timestamp + bodyHash(body: body, accessKey: accessKey)
        return HMACSHA256.authenticate(key: accessKey, message: message)
    }
}
