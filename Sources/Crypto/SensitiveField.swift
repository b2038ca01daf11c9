/// KooGallery's encrypted-field format (docs/KOOGALLERY.md §4.4), used for buyers' phone numbers and e-mails and for
/// the admin user name and password a seller returns: `iv + Base64(AES-CBC-PKCS5(plaintext))`, where `iv` is 16
/// alphanumeric ASCII characters sent in clear and the AES key is derived from the access key with SHA1PRNG.
public enum SensitiveField {
    /// The `encryptType` code a product is published with, which selects the AES key size.
    public enum EncryptType: String, Sendable, CaseIterable {
        /// `"1"`, the default: AES-256.
        case aes256 = "1"
        /// `"2"`: AES-128.
        case aes128 = "2"

        /// Parses the wire code; an absent code means the default, AES-256.
        public init(code: String?) throws(CryptoError) {
            guard let code, !code.isEmpty else {
                self = .aes256
                return
            }
            guard let type = EncryptType(rawValue: code) else { throw .unknownEncryptType(code) }
            self = type
        }

        public var keyBits: Int {
            switch self {
            case .aes256: 256
            case .aes128: 128
            }
        }
    }

    /// Number of IV characters at the front of every encrypted field.
    public static let ivLength = 16

    /// The AES key for `accessKey`, as Java's `KeyGenerator` seeded with its UTF-8 bytes produces it.
    public static func key(accessKey: String, encryptType: EncryptType) -> [UInt8] {
        SHA1PRNG.output(seed: Array(accessKey.utf8), count: encryptType.keyBits / 8)
    }

    /// Encrypts `plaintext` into the wire form. `iv` is for tests and known-answer vectors; in production leave it
    /// nil and a fresh random IV is drawn.
    public static func encrypt(plaintext: String, accessKey: String, encryptType: EncryptType = .aes256,
                               iv: String? = nil) throws(CryptoError) -> String {
        let ivText: String
        if let iv { ivText = iv } else { ivText = try SecureRandom.alphanumericString(ivLength) }
        let ivBytes = Array(ivText.utf8)
        guard ivBytes.count == ivLength, ivBytes.allSatisfy(isAlphanumeric) else { throw .invalidSensitiveFieldIV }
        let ciphertext = try AESCBC.encrypt(plaintext: Array(plaintext.utf8),
                                            key: key(accessKey: accessKey, encryptType: encryptType), iv: ivBytes)
        return ivText + Base64.encode(ciphertext)
    }

    /// Decrypts the wire form. Every malformed input (too short, non-ASCII IV, bad Base64, wrong key, corrupted
    /// ciphertext, non-UTF-8 result) throws; none of them traps.
    public static func decrypt(_ field: String, accessKey: String, encryptType: EncryptType = .aes256)
        throws(CryptoError) -> String
    {
        let bytes = Array(field.utf8)
        guard bytes.count > ivLength else { throw .malformedSensitiveField("shorter than the IV plus ciphertext") }
        let ivBytes = Array(bytes[0..<ivLength])
        guard ivBytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
            throw .malformedSensitiveField("the IV is not 16 printable ASCII characters")
        }
        let encoded = String(decoding: bytes[ivLength...], as: UTF8.self)
        guard let ciphertext = Base64.decode(encoded) else {
            throw .malformedSensitiveField("the ciphertext is not valid Base64")
        }
        let plaintext = try AESCBC.decrypt(ciphertext: ciphertext,
                                           key: key(accessKey: accessKey, encryptType: encryptType), iv: ivBytes)
        guard let text = String(validating: plaintext, as: UTF8.self) else { throw .invalidUTF8 }
        return text
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "a")...UInt8(ascii: "z"): true
        default: false
        }
    }
}
