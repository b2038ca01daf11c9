import CCrypto

/// One-shot digests over libcrypto's EVP interface, shared by `SHA256` and `SHA1`.
enum EVPDigest {
    /// Hashes `bytes` with `algorithm` (an `EVP_MD`). libcrypto only fails here when it cannot allocate, which no
    /// input can cause, so that case traps like any other Swift allocation failure instead of returning a
    /// made-up digest.
    static func hash(_ bytes: UnsafeRawBufferPointer, algorithm: OpaquePointer?, length: Int) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var written: UInt32 = 0
        let status = digest.withUnsafeMutableBufferPointer { output in
            EVP_Digest(bytes.baseAddress, bytes.count, output.baseAddress, &written, algorithm, nil)
        }
        guard status == 1, Int(written) == length else {
            ERR_clear_error()
            fatalError("libcrypto could not compute a digest (out of memory or a broken libcrypto)")
        }
        digest.removeLast(digest.count - length)
        return digest
    }
}
