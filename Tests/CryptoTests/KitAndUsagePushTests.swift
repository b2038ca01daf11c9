import Signing
import Testing

@Suite struct KitSignatureTests {
    static let body = utf8("{\"instanceId\":\"b3f1c2d4\",\"tenantId\":\"t-01\"}")

    /// Python: `hmac.new(ak, (ak + nonce + ts).encode() + body, sha256).hexdigest()`.
    @Test func independentVector() throws {
        let sign = KitSignature.sign(body: Self.body, accessKey: "devAccessKey-0001", nonce: "NONCE123",
                                     timestamp: "1795424100000")
        #expect(sign == "4c628d0a33015b84aaed7d564f88e6f2196cd2ca35e1576591f409ade7b4870e")
        #expect(try KitSignature.verify(sign: sign.uppercased(), timestamp: "1795424100000", nonce: "NONCE123",
                                        body: Self.body, accessKey: "devAccessKey-0001",
                                        nowMilliseconds: 1_795_424_100_500) == .raw)
    }

    @Test func acceptsCanonicalFormAndRejectsFailures() throws {
        let reordered = utf8("{\"tenantId\":\"t-01\", \"instanceId\":\"b3f1c2d4\", \"gone\": null}")
        let sign = "4c628d0a33015b84aaed7d564f88e6f2196cd2ca35e1576591f409ade7b4870e"
        #expect(try KitSignature.verify(sign: sign, timestamp: "1795424100000", nonce: "NONCE123", body: reordered,
                                        accessKey: "devAccessKey-0001", nowMilliseconds: 1_795_424_100_000)
            == .canonical)
        #expect(throws: RequestSignatureError.signatureMismatch) {
            try KitSignature.verify(sign: sign, timestamp: "1795424100000", nonce: "NONCE123", body: Self.body,
                                    accessKey: "other", nowMilliseconds: 1_795_424_100_000)
        }
        #expect(throws: RequestSignatureError.timestampOutOfWindow(skewMilliseconds: -61_000)) {
            try KitSignature.verify(sign: sign, timestamp: "1795424100000", nonce: "NONCE123", body: Self.body,
                                    accessKey: "devAccessKey-0001", nowMilliseconds: 1_795_424_161_000)
        }
        #expect(throws: RequestSignatureError.missingParameter("x-nonce")) {
            try KitSignature.verify(sign: sign, timestamp: "1795424100000", nonce: nil, body: Self.body,
                                    accessKey: "devAccessKey-0001", nowMilliseconds: 0)
        }
    }
}

@Suite struct UsagePushSignatureTests {
    static let body = utf8("{\"instanceId\":\"b3f1c2d4\",\"tenantId\":\"t-01\"}")

    /// Python: `base64(hmac.new(key, b"ts=…&nonce=…&body=" + body, sha256).digest())`.
    @Test func independentVector() throws {
        let signature = UsagePushSignature.sign(body: Self.body, key: "usageKey-01", timestamp: "1795424100000",
                                                nonce: "n-42")
        #expect(signature == "kdpMxhEujdaF9d6HRknmvB8XdIHNlwF5FzYtpuv+LM4=")
        try UsagePushSignature.verify(signature: signature, timestamp: "1795424100000", nonce: "n-42",
                                      body: Self.body, key: "usageKey-01")
        try UsagePushSignature.verify(signature: signature, timestamp: "1795424100000", nonce: "n-42",
                                      body: Self.body, key: "usageKey-01", nowMilliseconds: 1_795_424_100_000)
    }

    @Test func failures() {
        let signature = "kdpMxhEujdaF9d6HRknmvB8XdIHNlwF5FzYtpuv+LM4="
        #expect(throws: RequestSignatureError.signatureMismatch) {
            try UsagePushSignature.verify(signature: signature, timestamp: "1795424100000", nonce: "n-43",
                                          body: Self.body, key: "usageKey-01")
        }
        #expect(throws: RequestSignatureError.signatureMismatch) {
            try UsagePushSignature.verify(signature: "@@@", timestamp: "1", nonce: "n", body: [], key: "k")
        }
        #expect(throws: RequestSignatureError.timestampOutOfWindow(skewMilliseconds: 100_000)) {
            try UsagePushSignature.verify(signature: signature, timestamp: "1795424100000", nonce: "n-42",
                                          body: Self.body, key: "usageKey-01", nowMilliseconds: 1_795_424_000_000)
        }
        #expect(throws: RequestSignatureError.missingParameter("signature")) {
            try UsagePushSignature.verify(signature: "", timestamp: "1", nonce: "n", body: [], key: "k")
        }
    }
}
