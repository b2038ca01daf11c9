import Crypto
import Testing

@Suite struct SHA256Tests {
    @Test func emptyString() {
        #expect(Hex.encode(SHA256.hash([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Hex.encode(SHA256.hash("")) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func abcFromFIPS180() {
        #expect(SHA256.hexDigest(utf8("abc")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    /// One million `a`s (FIPS 180-2 example), fed in uneven chunks to the streaming hasher.
    @Test func streamingMatchesOneShotAndNIST() {
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        let hasher = SHA256Hasher()
        var offset = 0
        var chunk = 1
        while offset < million.count {
            let end = min(million.count, offset + chunk)
            hasher.update(million[offset..<end])
            offset = end
            chunk = chunk * 3 % 65_537 + 1
        }
        let streamed = hasher.finalize()
        #expect(Hex.encode(streamed) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        #expect(streamed == SHA256.hash(million))
    }

    @Test func finalizeResetsTheHasher() {
        let hasher = SHA256Hasher()
        hasher.update(utf8("first file"))
        _ = hasher.finalize()
        hasher.update(utf8("ab"))
        hasher.update([])
        hasher.update(utf8("c"))
        #expect(Hex.encode(hasher.finalize()) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hasher.finalize() == SHA256.hash([]))
    }
}

@Suite struct SHA1Tests {
    @Test func abcFromFIPS180() {
        #expect(Hex.encode(SHA1.hash(utf8("abc"))) == "a9993e364706816aba3e25717850c26c9cd0d89d")
    }
}

@Suite struct HMACSHA256Tests {
    /// RFC 4231 test cases 1–4, 6 and 7 (case 5 checks truncation, below).
    @Test(arguments: [
        ("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", utf8("Hi There"),
         "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
        (Hex.encode(utf8("Jefe")), utf8("what do ya want for nothing?"),
         "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
        (String(repeating: "aa", count: 20), [UInt8](repeating: 0xDD, count: 50),
         "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
        ("0102030405060708090a0b0c0d0e0f10111213141516171819", [UInt8](repeating: 0xCD, count: 50),
         "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
        (String(repeating: "aa", count: 131), utf8("Test Using Larger Than Block-Size Key - Hash Key First"),
         "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
        (String(repeating: "aa", count: 131),
         utf8("This is a test using a larger than block-size key and a larger than block-size data. The key needs "
              + "to be hashed before being used by the HMAC algorithm."),
         "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
    ])
    func rfc4231(key: String, message: [UInt8], expected: String) {
        #expect(Hex.encode(HMACSHA256.authenticate(key: hex(key), message: message)) == expected)
    }

    @Test func rfc4231TruncatedCase5() {
        let mac = HMACSHA256.authenticate(key: [UInt8](repeating: 0x0C, count: 20), message: utf8("Test With Truncation"))
        #expect(Hex.encode(Array(mac.prefix(16))) == "a3b6167473100ee06e0c796c2955552b")
    }

    /// Checked with `printf message | openssl dgst -sha256 -hmac key` and `printf '' | … -hmac ''`.
    @Test func matchesOpenSSLCommandLine() {
        #expect(Hex.encode(HMACSHA256.authenticate(key: "key", message: "message"))
            == "6e9ef29b75fffc5b7abae527d58fdadb2fe42e7219011976917343065f58ed4a")
        #expect(Hex.encode(HMACSHA256.authenticate(key: "", message: ""))
            == "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad")
        #expect(HMACSHA256.authenticate(key: "", message: utf8("")) == HMACSHA256.authenticate(key: [], message: []))
    }
}

@Suite struct ConstantTimeTests {
    @Test func comparesLengthAndBytes() {
        #expect(ConstantTime.equal([], []))
        #expect(ConstantTime.equal([1, 2, 3], [1, 2, 3]))
        #expect(!ConstantTime.equal([1, 2, 3], [1, 2, 4]))
        #expect(!ConstantTime.equal([1, 2, 3], [1, 2]))
    }
}
