import Crypto
import Testing

@Suite struct AESCBCTests {
    static let key256 = hex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4")
    static let key128 = hex("2b7e151628aed2a6abf7158809cf4f3c")
    static let iv = hex("000102030405060708090a0b0c0d0e0f")

    /// Expected values from `openssl enc -aes-256-cbc -K … -iv …` / `-aes-128-cbc` on this machine.
    @Test func matchesOpenSSLCommandLine() throws {
        let fox = utf8("The quick brown fox jumps over the lazy dog")
        let foxCiphertext = try AESCBC.encrypt(plaintext: fox, key: Self.key256, iv: Self.iv)
        #expect(Hex.encode(foxCiphertext) == "993f48c817946d0ccba1d7c53813cf8441e613d2cb47645dc1825884add9b9c9"
            + "b0b2a3596ecd601df726bbaa5c087b72")
        #expect(try AESCBC.decrypt(ciphertext: foxCiphertext, key: Self.key256, iv: Self.iv) == fox)

        let empty = try AESCBC.encrypt(plaintext: [], key: Self.key256, iv: Self.iv)
        #expect(Hex.encode(empty) == "7e9248e5d829ca7593f0c549db2f5b8c")
        #expect(try AESCBC.decrypt(ciphertext: empty, key: Self.key256, iv: Self.iv) == [])

        let block = try AESCBC.encrypt(plaintext: utf8("0123456789abcdef"), key: Self.key128, iv: Self.iv)
        #expect(Hex.encode(block) == "64768548007aef9f3d258e5c34cdc21bde0a1268436e159434fc21de3696d928")
    }

    @Test func roundTripsEveryLengthAcrossBlockBoundaries() throws {
        let key192 = [UInt8](repeating: 7, count: 24)
        for length in 0...40 {
            let plaintext = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37) }
            for key in [Self.key128, key192, Self.key256] {
                let ciphertext = try AESCBC.encrypt(plaintext: plaintext, key: key, iv: Self.iv)
                #expect(ciphertext.count == (length / 16 + 1) * 16)
                #expect(try AESCBC.decrypt(ciphertext: ciphertext, key: key, iv: Self.iv) == plaintext)
            }
        }
    }

    @Test func rejectsBadKeyAndIVLengths() {
        #expect(throws: CryptoError.invalidKeyLength(15)) {
            try AESCBC.encrypt(plaintext: [1], key: [UInt8](repeating: 0, count: 15), iv: Self.iv)
        }
        #expect(throws: CryptoError.invalidKeyLength(0)) {
            try AESCBC.decrypt(ciphertext: [UInt8](repeating: 0, count: 16), key: [], iv: Self.iv)
        }
        #expect(throws: CryptoError.invalidIVLength(8)) {
            try AESCBC.encrypt(plaintext: [1], key: Self.key128, iv: [UInt8](repeating: 0, count: 8))
        }
    }

    @Test func rejectsTruncatedAndEmptyCiphertext() {
        #expect(throws: CryptoError.invalidCiphertextLength(0)) {
            try AESCBC.decrypt(ciphertext: [], key: Self.key256, iv: Self.iv)
        }
        #expect(throws: CryptoError.invalidCiphertextLength(15)) {
            try AESCBC.decrypt(ciphertext: [UInt8](repeating: 1, count: 15), key: Self.key256, iv: Self.iv)
        }
    }

    @Test func wrongKeyOrCorruptedDataIsBadPadding() throws {
        let plaintext = utf8("seller-admin@example.com")
        let ciphertext = try AESCBC.encrypt(plaintext: plaintext, key: Self.key256, iv: Self.iv)
        var wrongKey = Self.key256
        wrongKey[0] ^= 0x01
        // A wrong key yields valid-looking padding with probability ~1/256; this key and data do not.
        #expect(throws: CryptoError.badPadding) {
            try AESCBC.decrypt(ciphertext: ciphertext, key: wrongKey, iv: Self.iv)
        }
        var corrupted = ciphertext
        corrupted[corrupted.count - 1] ^= 0xFF
        #expect(throws: CryptoError.badPadding) {
            try AESCBC.decrypt(ciphertext: corrupted, key: Self.key256, iv: Self.iv)
        }
    }

    @Test func errorsDoNotLeakKeyMaterial() {
        for error in [CryptoError.invalidKeyLength(15), .badPadding, .malformedSensitiveField("x")] {
            #expect(!error.description.contains("603deb"))
        }
    }
}
