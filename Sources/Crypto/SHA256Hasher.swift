import CCrypto

/// Incremental SHA-256. A deliverable file can be a gigabyte; it is read in chunks and each chunk is fed here, so
/// memory stays constant. Nothing is buffered beyond libcrypto's one 64-byte block.
///
/// A hasher is not shared between tasks; create one per file. `finalize()` returns the digest and resets the
/// hasher, so it can be reused for the next file.
public final class SHA256Hasher {
    private let context: OpaquePointer

    /// libcrypto only fails to create or initialise a context when it cannot allocate; that traps like any other
    /// allocation failure.
    public init() {
        guard let context = EVP_MD_CTX_new() else {
            fatalError("libcrypto could not allocate a digest context")
        }
        self.context = context
        Self.start(context)
    }

    deinit {
        EVP_MD_CTX_free(context)
    }

    /// Adds the next chunk of input.
    public func update(_ chunk: [UInt8]) {
        chunk.withUnsafeBytes { update($0) }
    }

    /// Adds the next chunk of input without copying it out of a larger array.
    public func update(_ chunk: ArraySlice<UInt8>) {
        chunk.withUnsafeBytes { update($0) }
    }

    /// Adds the next chunk from raw memory, e.g. a read buffer reused across chunks.
    public func update(_ chunk: UnsafeRawBufferPointer) {
        guard let base = chunk.baseAddress, chunk.count > 0 else { return }
        guard EVP_DigestUpdate(context, base, chunk.count) == 1 else {
            ERR_clear_error()
            fatalError("libcrypto failed to update a SHA-256 digest")
        }
    }

    /// The digest of everything added since creation or the last `finalize()`; the hasher starts over afterwards.
    public func finalize() -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: SHA256.byteCount)
        var written: UInt32 = 0
        let status = digest.withUnsafeMutableBufferPointer { EVP_DigestFinal_ex(context, $0.baseAddress, &written) }
        guard status == 1, Int(written) == SHA256.byteCount else {
            ERR_clear_error()
            fatalError("libcrypto failed to finish a SHA-256 digest")
        }
        Self.start(context)
        return digest
    }

    private static func start(_ context: OpaquePointer) {
        guard EVP_DigestInit_ex(context, EVP_sha256(), nil) == 1 else {
            ERR_clear_error()
            fatalError("libcrypto failed to initialise SHA-256")
        }
    }
}
