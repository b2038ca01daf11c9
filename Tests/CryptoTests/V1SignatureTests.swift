import Signing
import Testing

@Suite struct V1AuthTokenTests {
    static let parameters: [(name: String, value: String)] = [
        ("activity", "refreshInstance"), ("instanceId", "b3f1c2d4-5e6f-4a1b-9c8d-7e6f5a4b3c2d"),
        ("orderId", "CS2611230915XYZ12"), ("expireTime", "20271123235959"),
        ("productId", "OFFI461867333479178240"), ("testFlag", "0"), ("timeStamp", "20261123091500123"),
    ]
    static let token = "ipQbsOto2kVSR6yQqZmAl1BdvXE/2CHd+6PZRNTX/U8="

    /// docs/KOOGALLERY.md §4.2.
    @Test func koogalleryVector() throws {
        #expect(V1AuthToken.canonicalString(Self.parameters) == "activity=refreshInstance&expireTime=20271123235959"
            + "&instanceId=b3f1c2d4-5e6f-4a1b-9c8d-7e6f5a4b3c2d&orderId=CS2611230915XYZ12"
            + "&productId=OFFI461867333479178240&testFlag=0&timeStamp=20261123091500123")
        #expect(try V1AuthToken.compute(parameters: Self.parameters, accessKey: "devAccessKey-0001") == Self.token)
        try V1AuthToken.verify(parameters: Self.parameters + [("authToken", Self.token)], accessKey: "devAccessKey-0001")
    }

    /// The raw query is URL-decoded before signing (hashing encoded values is the classic mistake).
    @Test func verifiesARawQueryString() throws {
        let query = "timeStamp=20261123091500123&authToken=ipQbsOto2kVSR6yQqZmAl1BdvXE%2F2CHd%2B6PZRNTX%2FU8%3D"
            + "&activity=refreshInstance&instanceId=b3f1c2d4-5e6f-4a1b-9c8d-7e6f5a4b3c2d&orderId=CS2611230915XYZ12"
            + "&expireTime=20271123235959&productId=OFFI461867333479178240&testFlag=0"
        try V1AuthToken.verify(rawQuery: query, accessKey: "devAccessKey-0001")
        #expect(throws: V1AuthToken.Failure.mismatch) {
            try V1AuthToken.verify(rawQuery: query.replacingOccurrences(of: "testFlag=0", with: "testFlag=1"),
                                   accessKey: "devAccessKey-0001")
        }
    }

    @Test func formDecodingTurnsPlusIntoSpace() {
        let decoded = V1AuthToken.parameters(fromQuery: "email=a%40b.com&name=Li+Lei&flag")
        #expect(decoded.map(\.name) == ["email", "name", "flag"])
        #expect(decoded.map(\.value) == ["a@b.com", "Li Lei", ""])
    }

    /// Java sorts names by UTF-16 code units: uppercase before lowercase, and the order is stable.
    @Test func sortsLikeJava() {
        let text = V1AuthToken.canonicalString([("b", "1"), ("B", "2"), ("a", "3"), ("a", "0"), ("authToken", "x")])
        #expect(text == "B=2&a=3&a=0&b=1")
    }

    /// Independent check: Python `base64(hmac(sha256, key=ak+ts, msg="activity=x&timeStamp=1"))`.
    @Test func failuresAndIndependentVector() throws {
        #expect(throws: V1AuthToken.Failure.missingTimeStamp) {
            try V1AuthToken.compute(parameters: [("activity", "x")], accessKey: "k")
        }
        #expect(throws: V1AuthToken.Failure.missingToken) {
            try V1AuthToken.verify(parameters: Self.parameters, accessKey: "devAccessKey-0001")
        }
        #expect(throws: V1AuthToken.Failure.mismatch) {
            try V1AuthToken.verify(parameters: Self.parameters + [("authToken", Self.token)], accessKey: "wrong")
        }
        #expect(throws: V1AuthToken.Failure.mismatch) {
            try V1AuthToken.verify(token: "not base64!", parameters: Self.parameters, accessKey: "devAccessKey-0001")
        }
        #expect(V1AuthToken.compute(parameters: [("timeStamp", "1"), ("activity", "x")], accessKey: "k", timeStamp: "1")
            == "FW8443esWEk3wOMXnY4+ETJInPWZjlj8NTPQ2UGJRJo=")
    }
}

@Suite struct BodySignTests {
    static let body = utf8("{\"resultCode\":\"000000\",\"resultMsg\":\"成功\",\"instanceId\":\"b3f1c2d4\"}")

    /// docs/KOOGALLERY.md §4.3.
    @Test func koogalleryVector() throws {
        #expect(BodySign.signature(body: Self.body, accessKey: "devAccessKey-0001")
            == "kMPTfIwEE8pT3oyd32YfWBWgHbaxzQwPBjn0pFWn73s=")
        let header = BodySign.headerValue(body: Self.body, accessKey: "devAccessKey-0001")
        #expect(header == "sign_type=\"HMAC-SHA256\", signature= \"kMPTfIwEE8pT3oyd32YfWBWgHbaxzQwPBjn0pFWn73s=\"")
        try BodySign.verify(headerValue: header, body: Self.body, accessKey: "devAccessKey-0001")
    }

    @Test func parsesVariantSpacingAndQuoting() throws {
        let parsed = try BodySign.parse("sign_type = HMAC-SHA256 ,signature=\"abc=\"")
        #expect(parsed.signType == "HMAC-SHA256")
        #expect(parsed.signature == "abc=")
    }

    @Test func failures() {
        let good = "sign_type=\"HMAC-SHA256\", signature= \"kMPTfIwEE8pT3oyd32YfWBWgHbaxzQwPBjn0pFWn73s=\""
        #expect(throws: BodySign.Failure.mismatch) {
            try BodySign.verify(headerValue: good, body: Self.body + [0x20], accessKey: "devAccessKey-0001")
        }
        #expect(throws: BodySign.Failure.mismatch) {
            try BodySign.verify(headerValue: good, body: Self.body, accessKey: "other")
        }
        #expect(throws: BodySign.Failure.unsupportedSignType("HMAC-SHA1")) {
            try BodySign.verify(headerValue: "sign_type=\"HMAC-SHA1\", signature=\"x\"", body: [], accessKey: "k")
        }
        for malformed in ["", "garbage", "sign_type=\"HMAC-SHA256\"", "signature=\"x\"",
                          "sign_type=\"HMAC-SHA256\", signature=\"\"", "sign_type=a, sign_type=b, signature=c"] {
            #expect(throws: BodySign.Failure.malformedHeader) {
                try BodySign.verify(headerValue: malformed, body: [], accessKey: "k")
            }
        }
        #expect(throws: BodySign.Failure.mismatch) {
            try BodySign.verify(headerValue: "sign_type=\"HMAC-SHA256\", signature=\"%%%\"", body: [], accessKey: "k")
        }
    }
}
