/// Why a cryptographic operation refused its input. The cases carry lengths and reasons only: never key bytes,
/// plaintext or ciphertext, so an error can be logged or shown without leaking a secret.
public enum CryptoError: Error, Equatable, Sendable, CustomStringConvertible {
    /// AES keys are 16, 24 or 32 bytes; anything else is a caller mistake, not a libcrypto failure.
    case invalidKeyLength(Int)
    /// AES-CBC needs exactly one 16-byte block of IV.
    case invalidIVLength(Int)
    /// CBC ciphertext is a non-empty whole number of 16-byte blocks; truncated or padded-out data fails here.
    case invalidCiphertextLength(Int)
    /// The last block did not carry valid PKCS#7 padding: wrong key, wrong IV or corrupted data.
    case badPadding
    /// The decrypted bytes are not UTF-8 text, so they cannot be the string that was encrypted.
    case invalidUTF8
    /// A KooGallery sensitive field must be a 16-character alphanumeric IV followed by Base64 ciphertext.
    case malformedSensitiveField(String)
    /// The key-size code is neither `1` (AES-256) nor `2` (AES-128).
    case unknownEncryptType(String)
    /// The IV for a sensitive field must be 16 alphanumeric ASCII characters.
    case invalidSensitiveFieldIV
    /// SHA1PRNG key derivation supports the two AES key sizes KooGallery uses.
    case unsupportedKeySize(Int)
    /// The system random generator failed; nothing random was produced.
    case randomGeneratorFailed
    /// libcrypto reported a failure that is not attributable to the input.
    case libraryFailure(String)

    public var description: String {
        switch self {
        case .invalidKeyLength(let length): "AES key must be 16, 24 or 32 bytes, got \(length)"
        case .invalidIVLength(let length): "AES-CBC IV must be 16 bytes, got \(length)"
        case .invalidCiphertextLength(let length):
            "AES-CBC ciphertext must be a non-empty multiple of 16 bytes, got \(length)"
        case .badPadding: "AES-CBC decryption failed: bad padding (wrong key or corrupted data)"
        case .invalidUTF8: "decrypted data is not valid UTF-8"
        case .malformedSensitiveField(let reason): "malformed encrypted field: \(reason)"
        case .unknownEncryptType(let code): "unknown encryptType \"\(code)\" (expected 1 or 2)"
        case .invalidSensitiveFieldIV: "the IV must be 16 alphanumeric ASCII characters"
        case .unsupportedKeySize(let bits): "unsupported AES key size \(bits) bits (expected 128 or 256)"
        case .randomGeneratorFailed: "the system random generator failed"
        case .libraryFailure(let operation): "libcrypto failed during \(operation)"
        }
    }
}
