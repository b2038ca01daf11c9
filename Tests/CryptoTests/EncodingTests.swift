import Crypto
import Testing

@Suite struct HexTests {
    @Test func encodesBothCases() {
        #expect(Hex.encode([0x00, 0x0F, 0xA5, 0xFF]) == "000fa5ff")
        #expect(Hex.encode([0x00, 0x0F, 0xA5, 0xFF], uppercase: true) == "000FA5FF")
        #expect(Hex.encode([]) == "")
    }

    @Test func decodesEitherCaseAndRejectsJunk() {
        #expect(Hex.decode("000fA5Ff") == [0x00, 0x0F, 0xA5, 0xFF])
        #expect(Hex.decode("") == [])
        for junk in ["0", "0g", "zz", " 00", "０１", "é0"] {
            #expect(Hex.decode(junk) == nil)
        }
    }
}

@Suite struct Base64Tests {
    @Test func rfc4648Vectors() {
        let pairs = [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foobar", "Zm9vYmFy")]
        for (plain, encoded) in pairs {
            #expect(Base64.encode(utf8(plain)) == encoded)
            #expect(Base64.decode(encoded) == utf8(plain))
        }
    }

    @Test func rejectsInvalidText() {
        for junk in ["Zg", "Z===", "Zm9v!", "Zm 9v", "中文"] {
            #expect(Base64.decode(junk) == nil)
        }
    }
}

@Suite struct SecureRandomTests {
    @Test func producesRequestedLengths() throws {
        #expect(try SecureRandom.bytes(0).isEmpty)
        #expect(try SecureRandom.bytes(-1).isEmpty)
        #expect(try SecureRandom.bytes(33).count == 33)
        #expect(try SecureRandom.bytes(32) != SecureRandom.bytes(32))
    }

    @Test func alphanumericStrings() throws {
        let text = try SecureRandom.alphanumericString(2000)
        #expect(text.utf8.count == 2000)
        #expect(text.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) })
        #expect(Set(text).count > 50)
        #expect(try SecureRandom.alphanumericString(0) == "")
    }
}
