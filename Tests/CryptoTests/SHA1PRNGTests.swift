import Crypto
import Testing

@Suite struct SHA1PRNGTests {
    /// docs/KOOGALLERY.md §4.4.
    @Test func koogalleryVector() throws {
        let key256 = try SHA1PRNG.deriveAESKey(seed: utf8("devAccessKey-0001"), bits: 256)
        #expect(Hex.encode(key256) == "5aadbd8992062af608f9a64c09ce39d88043b1b7fb0970a818c738879a2aec49")
        let key128 = try SHA1PRNG.deriveAESKey(seed: utf8("devAccessKey-0001"), bits: 128)
        #expect(Hex.encode(key128) == "5aadbd8992062af608f9a64c09ce39d8")
        #expect(key128 == SHA1.hash(SHA1.hash(utf8("devAccessKey-0001"))).prefix(16).map { $0 })
    }

    /// Keys printed by `KeyGenerator.getInstance("AES").init(bits, SHA1PRNG seeded with the UTF-8 seed)` under
    /// OpenJDK 17 on this machine.
    @Test(arguments: [
        ("another-seed-42", "140045ef42cd3a9bd7dbb0357645e8e872d1edb3d667e59335eff3bf39dee32b"),
        ("密钥Ключ-🔑", "5ebcf01a11f9d94ba75ee57d4b7ec0f91e9042c4fa816a296d23b817fde80497"),
        ("", "be1bdec0aa74b4dcb079943e70528096cca985f80a0e17bb3ba928a79edc0fd2"),
    ])
    func matchesJava(seed: String, expected256: String) throws {
        #expect(Hex.encode(try SHA1PRNG.deriveAESKey(seed: utf8(seed), bits: 256)) == expected256)
        #expect(Hex.encode(try SHA1PRNG.deriveAESKey(seed: utf8(seed), bits: 128)) == String(expected256.prefix(32)))
    }

    /// 100 bytes from one `nextBytes` call in Java: five state steps, exercising the signed-byte carry.
    @Test func longOutputMatchesJava() {
        #expect(Hex.encode(SHA1PRNG.output(seed: utf8("stream"), count: 100)) ==
            "8077dff378c7dac52c502c72d4fe1de1f0bd13ac4f1698428af07634d7d2fc1e15bfedb7c4381c288e727b0f7cbf18c4"
            + "1b84578615f7e5522063ee9eeef33bf10975b85191a8720feb42904e6ea41fd7960afa4aae2bceedb44d2bb3164f6a7c"
            + "3fe3ff4d")
    }

    @Test func rejectsOtherKeySizes() {
        #expect(throws: CryptoError.unsupportedKeySize(192)) { try SHA1PRNG.deriveAESKey(seed: [], bits: 192) }
        #expect(SHA1PRNG.output(seed: [1], count: 0).isEmpty)
        #expect(SHA1PRNG.output(seed: [1], count: -3).isEmpty)
    }
}

@Suite struct SensitiveFieldTests {
    /// docs/KOOGALLERY.md §4.4.
    @Test func koogalleryVector() throws {
        let field = try SensitiveField.encrypt(plaintext: "seller-admin@example.com", accessKey: "devAccessKey-0001",
                                               encryptType: .aes256, iv: "Q7w9E2r4T6y8U0i1")
        #expect(field == "Q7w9E2r4T6y8U0i11O4D34p5YKl59q0nxOKCPOiysKcIoN1JWyJ3Y9j4Utg=")
        #expect(try SensitiveField.decrypt(field, accessKey: "devAccessKey-0001") == "seller-admin@example.com")
    }

    /// Produced by Java's `Cipher("AES/CBC/PKCS5Padding")` with the SHA1PRNG-derived AES-128 key.
    @Test func aes128MatchesJava() throws {
        let expected = "abcdEFGH12345678hOCeWZMsnEuwTdPnmkVIqVnKb5B6TEFfiiyImT74I84="
        let field = try SensitiveField.encrypt(plaintext: "张三 +86 138-0000-0000", accessKey: "another-seed-42",
                                               encryptType: .aes128, iv: "abcdEFGH12345678")
        #expect(field == expected)
        #expect(try SensitiveField.decrypt(expected, accessKey: "another-seed-42", encryptType: .aes128)
            == "张三 +86 138-0000-0000")
    }

    @Test func randomIVRoundTrips() throws {
        let first = try SensitiveField.encrypt(plaintext: "p@ss w0rd", accessKey: "k")
        let second = try SensitiveField.encrypt(plaintext: "p@ss w0rd", accessKey: "k")
        #expect(first != second)
        #expect(first.utf8.prefix(16).allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 | 0x20 >= 97 && $0 | 0x20 <= 122) })
        #expect(try SensitiveField.decrypt(first, accessKey: "k") == "p@ss w0rd")
    }

    @Test func encryptTypeCodes() throws {
        #expect(try SensitiveField.EncryptType(code: "1") == .aes256)
        #expect(try SensitiveField.EncryptType(code: "2") == .aes128)
        #expect(try SensitiveField.EncryptType(code: nil) == .aes256)
        #expect(throws: CryptoError.unknownEncryptType("3")) { try SensitiveField.EncryptType(code: "3") }
    }

    @Test func rejectsBadIVs() {
        for iv in ["short", "Q7w9E2r4T6y8U0i1X", "Q7w9E2r4T6y8U0i!", "Q7w9E2r4T6y8U0iü"] {
            #expect(throws: CryptoError.invalidSensitiveFieldIV) {
                try SensitiveField.encrypt(plaintext: "x", accessKey: "k", iv: iv)
            }
        }
    }

    @Test func malformedFieldsThrowAndNeverTrap() {
        let valid = "Q7w9E2r4T6y8U0i11O4D34p5YKl59q0nxOKCPOiysKcIoN1JWyJ3Y9j4Utg="
        let malformed = [
            "", "Q7w9E2r4T6y8U0i1", "Q7w9E2r4T6y8U0i1!!!notbase64", "Q7w9E2r4T6y8U0i1AAAA",
            "Q7w9\u{1}E2r4T6y8U0i1O4D34p5YKl59q0nxOKCPOiysKcIoN1JWyJ3Y9j4Utg=", "中文中文中文中文中文中文中文中文abc",
            String(valid.dropLast(4)), valid + "AA",
        ]
        for field in malformed {
            #expect(throws: CryptoError.self) { try SensitiveField.decrypt(field, accessKey: "devAccessKey-0001") }
        }
        #expect(throws: CryptoError.badPadding) { try SensitiveField.decrypt(valid, accessKey: "wrong-key") }
        #expect(throws: CryptoError.self) {
            try SensitiveField.decrypt(valid, accessKey: "devAccessKey-0001", encryptType: .aes128)
        }
    }
}
