import CCrypto

/// AES in CBC mode with PKCS#5/PKCS#7 padding (Java's `AES/CBC/PKCS5Padding`), the cipher of KooGallery's
/// encrypted fields. The key length picks AES-128, AES-192 or AES-256.
public enum AESCBC {
    /// AES block size, which is also the IV length.
    public static let blockSize = 16

    public static func encrypt(plaintext: [UInt8], key: [UInt8], iv: [UInt8]) throws(CryptoError) -> [UInt8] {
        try run(encrypting: true, input: plaintext, key: key, iv: iv)
    }

    /// Decrypts and strips the padding. Wrong keys and corrupted data end in `badPadding` (or, rarely, in
    /// plausible padding over garbage: CBC has no integrity check, so callers validate what they decrypt).
    public static func decrypt(ciphertext: [UInt8], key: [UInt8], iv: [UInt8]) throws(CryptoError) -> [UInt8] {
        guard !ciphertext.isEmpty, ciphertext.count % blockSize == 0 else {
            throw .invalidCiphertextLength(ciphertext.count)
        }
        return try run(encrypting: false, input: ciphertext, key: key, iv: iv)
    }

    private static func cipher(forKeyLength length: Int) throws(CryptoError) -> OpaquePointer? {
        switch length {
        case 16: EVP_aes_128_cbc()
        case 24: EVP_aes_192_cbc()
        case 32: EVP_aes_256_cbc()
        default: throw .invalidKeyLength(length)
        }
    }

    private static func run(encrypting: Bool, input: [UInt8], key: [UInt8], iv: [UInt8]) throws(CryptoError)
        -> [UInt8]
    {
        let algorithm = try cipher(forKeyLength: key.count)
        guard iv.count == blockSize else { throw .invalidIVLength(iv.count) }
        guard let context = EVP_CIPHER_CTX_new() else { throw .libraryFailure("cipher context allocation") }
        defer { EVP_CIPHER_CTX_free(context) }
        let initialised = key.withUnsafeBufferPointer { keyBytes in
            iv.withUnsafeBufferPointer { ivBytes in
                EVP_CipherInit_ex(context, algorithm, nil, keyBytes.baseAddress, ivBytes.baseAddress,
                                  encrypting ? 1 : 0)
            }
        }
        guard initialised == 1 else {
            ERR_clear_error()
            throw .libraryFailure("cipher initialisation")
        }
        var output = [UInt8](repeating: 0, count: input.count + blockSize)
        let produced = try output.withUnsafeMutableBufferPointer { (buffer) throws(CryptoError) -> Int in
            try transform(context: context, input: input, into: buffer, encrypting: encrypting)
        }
        output.removeLast(output.count - produced)
        return output
    }

    /// Feeds the input in chunks (libcrypto counts in `Int32`) and finishes with the padding block.
    private static func transform(context: OpaquePointer, input: [UInt8], into output: UnsafeMutableBufferPointer<UInt8>,
                                  encrypting: Bool) throws(CryptoError) -> Int {
        guard let outputBase = output.baseAddress else { throw .libraryFailure("cipher output buffer") }
        let chunkSize = 1 << 20
        var written = 0
        var offset = 0
        let updated = input.withUnsafeBufferPointer { inputBytes -> Bool in
            while offset < inputBytes.count {
                let length = min(chunkSize, inputBytes.count - offset)
                var produced: Int32 = 0
                guard let base = inputBytes.baseAddress,
                      EVP_CipherUpdate(context, outputBase + written, &produced, base + offset, Int32(length)) == 1
                else { return false }
                written += Int(produced)
                offset += length
            }
            return true
        }
        guard updated else {
            ERR_clear_error()
            throw .libraryFailure("cipher update")
        }
        var produced: Int32 = 0
        guard EVP_CipherFinal_ex(context, outputBase + written, &produced) == 1 else {
            ERR_clear_error()
            throw encrypting ? .libraryFailure("cipher finalisation") : .badPadding
        }
        return written + Int(produced)
    }
}
