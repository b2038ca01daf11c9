import SellerCore
import Signing
import Testing

@Suite struct V2SignatureTests {
    static let accessKey = "devAccessKey-0001"
    /// As sent: keys NOT sorted.
    static let rawBody = utf8("{\"orderLineId\":\"CS2611230915XYZ12-000001\",\"activity\":\"newInstance\","
        + "\"orderId\":\"CS2611230915XYZ12\",\"businessId\":\"0d6c3a52-8f1e-4b7a-a1c9-2e5d7f9b1a30\",\"testFlag\":\"0\"}")
    static let sortedBody = "{\"activity\":\"newInstance\",\"businessId\":\"0d6c3a52-8f1e-4b7a-a1c9-2e5d7f9b1a30\","
        + "\"orderId\":\"CS2611230915XYZ12\",\"orderLineId\":\"CS2611230915XYZ12-000001\",\"testFlag\":\"0\"}"
    static let nonce = "A1B2C3D4E5F60718293A4B5C6D7E8F90"
    static let timestamp = "1795424100000"
    static let expected = "2f03272d305c8326c12b13084af893d2e7cda09931017f1bab7af74bca2eeef7"

    /// docs/KOOGALLERY.md §4.5: the signature is over the sorted form, so verifying the raw body needs the fallback.
    @Test func koogalleryVector() throws {
        let canonical = try #require(CanonicalJSON.encode(body: Self.rawBody))
        #expect(String(decoding: canonical, as: UTF8.self) == Self.sortedBody)
        #expect(V2Signature.sign(body: canonical, accessKey: Self.accessKey, nonce: Self.nonce,
                                 timestamp: Self.timestamp) == Self.expected)
        let form = try V2Signature.verify(signature: Self.expected, timestamp: Self.timestamp, nonce: Self.nonce,
                                          body: Self.rawBody, accessKey: Self.accessKey,
                                          nowMilliseconds: 1_795_424_130_000)
        #expect(form == .canonical)
    }

    /// The same vector with the body built by hand instead of parsed.
    @Test func handBuiltBody() throws {
        let body = JSONValue.object([
            JSONMember("testFlag", .string("0")), JSONMember("orderLineId", .string("CS2611230915XYZ12-000001")),
            JSONMember("orderId", .string("CS2611230915XYZ12")), JSONMember("extra", .null),
            JSONMember("businessId", .string("0d6c3a52-8f1e-4b7a-a1c9-2e5d7f9b1a30")),
            JSONMember("activity", .string("newInstance")),
        ])
        let canonical = try #require(CanonicalJSON.encode(body))
        #expect(String(decoding: canonical, as: UTF8.self) == Self.sortedBody)
        #expect(V2Signature.sign(body: canonical, accessKey: Self.accessKey, nonce: Self.nonce,
                                 timestamp: Self.timestamp, uppercase: true) == Self.expected.uppercased())
    }

    @Test func rawBodyIsTriedFirstAndCaseIsIgnored() throws {
        let body = utf8("{ \"b\": 1, \"a\": \"x\" }")
        let signature = V2Signature.sign(body: body, accessKey: "k", nonce: "n", timestamp: "1000", uppercase: true)
        #expect(try V2Signature.verify(signature: signature, timestamp: "1000", nonce: "n", body: body,
                                       accessKey: "k", nowMilliseconds: 1000) == .raw)
        #expect(try V2Signature.verify(signature: signature.lowercased(), timestamp: "1000", nonce: "n", body: body,
                                       accessKey: "k", nowMilliseconds: 1000) == .raw)
    }

    @Test func bodyHashIsLowercaseHex() {
        #expect(V2Signature.bodyHash(body: utf8(Self.sortedBody), accessKey: Self.accessKey)
            == V2Signature.bodyHash(body: utf8(Self.sortedBody), accessKey: Self.accessKey).lowercased())
    }

    @Test func failures() {
        func verify(signature: String? = Self.expected, timestamp: String? = Self.timestamp,
                    nonce: String? = Self.nonce, body: [UInt8] = Self.rawBody, key: String = Self.accessKey,
                    now: Int64 = 1_795_424_100_000)
            -> RequestSignatureError? {
            do {
                try V2Signature.verify(signature: signature, timestamp: timestamp, nonce: nonce, body: body,
                                       accessKey: key, nowMilliseconds: now)
                return nil
            } catch {
                return error
            }
        }
        #expect(verify() == nil)
        #expect(verify(now: 1_795_424_160_000) == nil)
        #expect(verify(now: 1_795_424_040_000) == nil)
        #expect(verify(key: "wrong") == .signatureMismatch)
        #expect(verify(nonce: "other") == .signatureMismatch)
        #expect(verify(body: utf8("{\"activity\":\"newInstance\"}")) == .signatureMismatch)
        #expect(verify(body: utf8("not json")) == .signatureMismatch)
        #expect(verify(signature: "zz") == .signatureMismatch)
        #expect(verify(now: 1_795_424_160_001) == .timestampOutOfWindow(skewMilliseconds: -60_001))
        #expect(verify(now: 1_795_424_000_000) == .timestampOutOfWindow(skewMilliseconds: 100_000))
        #expect(verify(now: .min) == .timestampOutOfWindow(skewMilliseconds: .max))
        for bad in ["abc", "-5", "1.795e12", " 1795424100000", "99999999999999999999999"] {
            #expect(verify(timestamp: bad) == .malformedTimestamp, "\(bad)")
        }
        #expect(verify(signature: nil) == .missingParameter("signature"))
        #expect(verify(timestamp: "") == .missingParameter("timestamp"))
        #expect(verify(nonce: nil) == .missingParameter("nonce"))
    }
}

@Suite struct CanonicalJSONTests {
    func canonical(_ text: String) -> String? {
        CanonicalJSON.encode(body: utf8(text)).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func onlyObjectsQualify() {
        #expect(canonical("[1,2]") == nil)
        #expect(canonical("\"x\"") == nil)
        #expect(canonical("{") == nil)
        #expect(canonical("{}") == "{}")
    }

    @Test func dropsTopLevelNullsButKeepsNestedOnes() {
        #expect(canonical("{\"b\":null,\"a\":{\"z\":null,\"y\":[null]}}") == "{\"a\":{\"z\":null,\"y\":[null]}}")
    }

    /// Java `TreeMap` keeps one entry per key (the last value); nested maps keep first-insertion order.
    @Test func repeatedKeysKeepTheLastValue() {
        #expect(canonical("{\"a\":1,\"b\":2,\"a\":3}") == "{\"a\":3,\"b\":2}")
        #expect(canonical("{\"a\":1,\"a\":null}") == "{}")
        #expect(canonical("{\"o\":{\"y\":1,\"x\":2,\"y\":3}}") == "{\"o\":{\"y\":3,\"x\":2}}")
    }

    /// UTF-16 order: uppercase before lowercase, and an astral character (a surrogate pair, 0xD83D…) sorts
    /// before U+FF61 although its scalar value is larger.
    @Test func sortsTopLevelKeysByUTF16CodeUnits() {
        #expect(canonical("{\"｡\":1,\"😀\":2,\"a\":3,\"B\":4,\"é\":5}") == "{\"B\":4,\"a\":3,\"é\":5,\"😀\":2,\"｡\":1}")
    }

    @Test func escapesStringsLikeJackson() {
        let input = "{\"k\":\"q\\\" b\\\\ s/ n\\n t\\t r\\r b\\b f\\f u\\u0001 \\u001f del\\u007f é 中 😀\"}"
        #expect(canonical(input)
            == "{\"k\":\"q\\\" b\\\\ s/ n\\n t\\t r\\r b\\b f\\f u\\u0001 \\u001F del\u{7F} é 中 😀\"}")
    }

    /// Expected texts from `Double.toString(Double.parseDouble(…))` under OpenJDK 17 on this machine; integers
    /// stay exact as Jackson keeps them `Integer`/`Long`/`BigInteger`.
    @Test func numbersAsJavaWritesThem() {
        let pairs = [
            ("1.50", "1.5"), ("1e2", "100.0"), ("1E-5", "1.0E-5"), ("12345678.9", "1.23456789E7"),
            ("0.001", "0.001"), ("0.0001", "1.0E-4"), ("1e7", "1.0E7"), ("9999999.0", "9999999.0"),
            ("-0.0", "-0.0"), ("2e-3", "0.002"), ("123.456e-2", "1.23456"), ("-2.5E+10", "-2.5E10"),
            ("1.7976931348623157e308", "1.7976931348623157E308"),
            ("10", "10"), ("-0", "0"), ("-42", "-42"), ("123456789012345678901234567890", "123456789012345678901234567890"),
        ]
        for (literal, java) in pairs {
            #expect(canonical("{\"n\":\(literal)}") == "{\"n\":\(java)}", "\(literal)")
        }
    }

    @Test func keepsNestedOrderBooleansAndArrays() {
        #expect(canonical("{ \"z\" : [true, false, {\"b\":1,\"a\":2}], \"y\" : \"\" }")
            == "{\"y\":\"\",\"z\":[true,false,{\"b\":1,\"a\":2}]}")
    }
}
