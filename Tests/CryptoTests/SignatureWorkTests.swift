import Crypto
import Signing
import Testing

/// The "show the work" reports: each explains a published vector step by step, never shows the key, and tells
/// a mismatch from a stale timestamp.
@Suite("signature work reports")
struct SignatureWorkTests {
    static let key = "devAccessKey-0001"
    static let v2Body = utf8(#"{"orderLineId":"CS2611230915XYZ12-000001","activity":"newInstance","orderId":"CS2611230915XYZ12","businessId":"0d6c3a52-8f1e-4b7a-a1c9-2e5d7f9b1a30","testFlag":"0"}"#)
    static let v2Signature = "2f03272d305c8326c12b13084af893d2e7cda09931017f1bab7af74bca2eeef7"

    static func fields(_ work: SignatureWork) -> [String] {
        [work.signedBody ?? "", work.stringToSign, work.hmacKey, work.expected, work.given, work.verdict]
    }

    @Test("V2: the canonical body, the masked string to sign, the skew; uppercase hex matches")
    func v2() {
        let work = SignatureWork.v2(signature: Self.v2Signature.uppercased(), timestamp: "1795424100000",
                                    nonce: "A1B2C3D4E5F60718293A4B5C6D7E8F90", body: Self.v2Body,
                                    accessKey: Self.key, nowMilliseconds: 1_795_424_130_000)
        #expect(work.passes && work.expected == Self.v2Signature && work.skewMilliseconds == -30_000)
        #expect(work.signedBody?.hasPrefix(#"{"activity":"newInstance","#) == true)
        #expect(work.stringToSign.hasPrefix("{accessKey}A1B2C3D4E5F60718293A4B5C6D7E8F901795424100000"))
        #expect(!Self.fields(work).contains { $0.contains(Self.key) })
        let stale = SignatureWork.v2(signature: Self.v2Signature, timestamp: "1795424100000",
                                     nonce: "A1B2C3D4E5F60718293A4B5C6D7E8F90", body: Self.v2Body,
                                     accessKey: Self.key, nowMilliseconds: 1_795_424_200_001)
        #expect(stale.signatureMatches && !stale.passes && stale.verdict.hasPrefix("STALE"))
        let wrong = SignatureWork.v2(signature: "00", timestamp: "1795424100000", nonce: "n", body: Self.v2Body,
                                     accessKey: Self.key, nowMilliseconds: 1_795_424_100_000)
        #expect(!wrong.passes && wrong.verdict.hasPrefix("MISMATCH"))
    }

    @Test("V1: the sorted decoded parameters, the token, the skew from yyyyMMddHHmmssSSS")
    func v1() {
        let parameters = V1AuthToken.parameters(fromQuery: "activity=refreshInstance&instanceId=b3f1c2d4-5e6f-4a1b-"
            + "9c8d-7e6f5a4b3c2d&orderId=CS2611230915XYZ12&expireTime=20271123235959&productId=OFFI461867333479178240"
            + "&testFlag=0&timeStamp=20261123091500123&authToken=ipQbsOto2kVSR6yQqZmAl1BdvXE%2F2CHd%2B6PZRNTX%2FU8%3D")
        let now = SignatureClock.v1Milliseconds("20261123091502123") ?? 0
        let work = SignatureWork.v1(parameters: parameters, accessKey: Self.key, nowMilliseconds: now)
        #expect(work.passes && work.skewMilliseconds == -2_000)
        #expect(work.stringToSign.hasPrefix("activity=refreshInstance&expireTime=20271123235959&instanceId="))
        #expect(!Self.fields(work).contains { $0.contains(Self.key) })
        let pasted = parameters.map { $0.name == "authToken" ? ($0.name, "ipQbsOto2kVSR6yQqZmAl1BdvXE/2CHd 6PZRNTX/U8=") : $0 }
        #expect(SignatureWork.v1(parameters: pasted, accessKey: Self.key, nowMilliseconds: now).signatureMatches)
    }

    @Test("V1 timestamps: parse and format agree; malformed ones are nil")
    func v1Clock() {
        #expect(SignatureClock.v1Milliseconds("19700101000000001") == 1)
        #expect(SignatureClock.v1TimeStamp(milliseconds: 1_795_424_100_123) == "20261123085500123")
        #expect(SignatureClock.v1Milliseconds(SignatureClock.v1TimeStamp(milliseconds: 1_795_424_100_123))
            == 1_795_424_100_123)
        for bad in ["", "2026112309150012", "20261323091500123", "2026112309150012x", "20260230091500123"] {
            #expect(SignatureClock.v1Milliseconds(bad) == nil, "\(bad)")
        }
    }

    @Test("Body-Sign, kit and usage push explain their vectors; a malformed header is a mismatch")
    func others() {
        let answer = utf8(#"{"resultCode":"000000","resultMsg":"成功","instanceId":"b3f1c2d4"}"#)
        let header = BodySign.headerValue(body: answer, accessKey: Self.key)
        #expect(SignatureWork.bodySign(headerValue: header, body: answer, accessKey: Self.key).expected
            == "kMPTfIwEE8pT3oyd32YfWBWgHbaxzQwPBjn0pFWn73s=")
        #expect(SignatureWork.bodySign(headerValue: header, body: answer, accessKey: Self.key).passes)
        #expect(!SignatureWork.bodySign(headerValue: "garbage", body: answer, accessKey: Self.key).passes)
        let canonical = CanonicalJSON.encode(body: Self.v2Body) ?? []
        let sign = KitSignature.sign(body: canonical, accessKey: Self.key, nonce: "n1", timestamp: "1000")
        let kit = SignatureWork.kit(sign: sign, timestamp: "1000", nonce: "n1", body: Self.v2Body,
                                    accessKey: Self.key, nowMilliseconds: 1_000)
        #expect(kit.passes && kit.signedBody == String(decoding: canonical, as: UTF8.self))
        let usage = UsagePushSignature.sign(body: canonical, key: Self.key, timestamp: "5", nonce: "n")
        #expect(SignatureWork.usagePush(signature: usage, timestamp: "5", nonce: "n", body: Self.v2Body,
                                        key: Self.key, nowMilliseconds: 0).passes)
    }
}
