import Foundation

/// Standard Base64 (RFC 4648 §4, with padding), the encoding of KooGallery's tokens, signatures and ciphertexts.
public enum Base64 {
    public static func encode(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
    }

    /// The decoded bytes, or nil when `text` is not valid padded Base64. Whitespace is not accepted, because a
    /// signature or ciphertext that picked up whitespace has been altered in transit.
    public static func decode(_ text: String) -> [UInt8]? {
        guard let data = Data(base64Encoded: text) else { return nil }
        return [UInt8](data)
    }
}
