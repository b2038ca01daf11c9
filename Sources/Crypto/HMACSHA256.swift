import CCrypto

/// HMAC-SHA256 (RFC 2104), the MAC behind every KooGallery and APIG signature.
public enum HMACSHA256 {
    /// MAC length in bytes.
    public static let byteCount = 32

    public static func authenticate(key: [UInt8], message: [UInt8]) -> [UInt8] {
        key.withUnsafeBytes { keyBytes in
            message.withUnsafeBytes { messageBytes in authenticate(key: keyBytes, message: messageBytes) }
        }
    }

    /// Convenience for the common case: both key and message are text, hashed as UTF-8.
    public static func authenticate(key: String, message: String) -> [UInt8] {
        authenticate(key: Array(key.utf8), message: Array(message.utf8))
    }

    public static func authenticate(key: String, message: [UInt8]) -> [UInt8] {
        authenticate(key: Array(key.utf8), message: message)
    }

    /// Uses EVP_MAC through `EVP_Q_mac`. Empty keys and messages are valid HMAC inputs, but libcrypto treats a
    /// NULL key as "reuse the previous key", so a one-byte dummy address stands in for empty buffers.
    /// libcrypto only fails here when it cannot allocate, which traps like any Swift allocation failure.
    public static func authenticate(key: UnsafeRawBufferPointer, message: UnsafeRawBufferPointer) -> [UInt8] {
        var mac = [UInt8](repeating: 0, count: byteCount)
        var written = 0
        var placeholder: UInt8 = 0
        let result = withUnsafeMutablePointer(to: &placeholder) { empty in
            mac.withUnsafeMutableBufferPointer { output in
                EVP_Q_mac(
                    nil, "HMAC", nil, "SHA256", nil,
                    key.baseAddress ?? UnsafeRawPointer(empty), key.count,
                    message.baseAddress?.assumingMemoryBound(to: UInt8.self) ?? UnsafePointer(empty), message.count,
                    output.baseAddress, byteCount, &written)
            }
        }
        guard result != nil, written == byteCount else {
            ERR_clear_error()
            fatalError("libcrypto could not compute HMAC-SHA256 (out of memory or a broken libcrypto)")
        }
        return mac
    }
}
