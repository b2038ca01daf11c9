import CCrypto

/// SHA-1. Only used to reproduce Java's SHA1PRNG key derivation for KooGallery's encrypted fields; never for
/// integrity or signatures.
public enum SHA1 {
    /// Digest length in bytes.
    public static let byteCount = 20

    public static func hash(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBytes { EVPDigest.hash($0, algorithm: EVP_sha1(), length: byteCount) }
    }
}
