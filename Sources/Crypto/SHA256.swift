import CCrypto

/// SHA-256, used for APIG canonical requests, body hashes and deliverable-file checksums.
public enum SHA256 {
    /// Digest length in bytes.
    public static let byteCount = 32

    /// The digest of `bytes` in one call. For large inputs read in pieces, use `SHA256Hasher`.
    public static func hash(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBytes { hash($0) }
    }

    /// The digest of the UTF-8 bytes of `text`.
    public static func hash(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { hash(UnsafeRawBufferPointer($0)) }
    }

    /// The digest of raw memory, for callers that already hold a buffer.
    public static func hash(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        EVPDigest.hash(bytes, algorithm: EVP_sha256(), length: byteCount)
    }

    /// Lowercase hex of the digest: the form APIG signing and file checksums use.
    public static func hexDigest(_ bytes: [UInt8]) -> String {
        Hex.encode(hash(bytes))
    }
}
