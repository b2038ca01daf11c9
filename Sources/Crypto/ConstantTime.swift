import CCrypto

/// Comparison of secret-derived values (MACs, signatures) that takes the same time wherever the first difference
/// is, so a verifier does not reveal how much of a forged signature was right.
public enum ConstantTime {
    /// True when both sequences have the same length and the same bytes. Lengths are not secret.
    public static func equal(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        guard lhs.count == rhs.count else { return false }
        if lhs.isEmpty { return true }
        return lhs.withUnsafeBytes { left in
            rhs.withUnsafeBytes { right in
                CRYPTO_memcmp(left.baseAddress, right.baseAddress, left.count) == 0
            }
        }
    }
}
