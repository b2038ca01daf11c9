import CCrypto

/// Cryptographically secure random bytes from libcrypto's DRBG, for IVs, nonces and idempotency keys.
public enum SecureRandom {
    private static let alphanumerics: [UInt8] =
        Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)

    public static func bytes(_ count: Int) throws(CryptoError) -> [UInt8] {
        guard count > 0 else { return [] }
        var bytes = [UInt8](repeating: 0, count: count)
        var offset = 0
        while offset < count {
            let length = min(count - offset, 1 << 20)
            let status = bytes.withUnsafeMutableBufferPointer { buffer -> Int32 in
                guard let base = buffer.baseAddress else { return 0 }
                return RAND_bytes(base + offset, Int32(length))
            }
            guard status == 1 else {
                ERR_clear_error()
                throw .randomGeneratorFailed
            }
            offset += length
        }
        return bytes
    }

    /// `count` characters drawn uniformly from `A–Z a–z 0–9`: the alphabet of KooGallery's field IVs and nonces.
    /// Bytes ≥ 248 are rejected so that every character is equally likely (248 = 4 × 62).
    public static func alphanumericString(_ count: Int) throws(CryptoError) -> String {
        var characters = [UInt8]()
        characters.reserveCapacity(max(0, count))
        while characters.count < count {
            for byte in try bytes(count - characters.count + 8) where byte < 248 && characters.count < count {
                characters.append(alphanumerics[Int(byte) % alphanumerics.count])
            }
        }
        return String(decoding: characters, as: UTF8.self)
    }
}
