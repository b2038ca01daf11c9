import Foundation
import Signing
import Testing

@Suite struct APIGVerifierTests {
    static let accessKey = "HPUAEXAMPLEAK0000001"
    static let secret = "exampleSecretKey0123456789abcdefEXAMPLE"
    static let authorization = "SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK0000001, SignedHeaders=content-type;host;x-sdk-date, "
        + "Signature=1f2be53ebdf88cae03a407b009cd9b16c8e27fff03be0f9abad80c1ae89cfd0c"
    static let signedAt = Date(timeIntervalSince1970: 1_795_420_800)

    static func incoming(rawPath: String = "/api/mkp-openapi-public/global/v1/order/query",
                         rawQuery: String = "orderId=CS2211181819B4LVS&orderLineId=CS2211181819B4LVS-000001",
                         headers: [APIGRequest.Header]? = nil, body: [UInt8] = []) -> APIGRequest {
        APIGRequest(method: "GET", rawPath: rawPath, rawQuery: rawQuery, headers: headers ?? [
            .init("Host", "mkt.myhuaweicloud.com"), .init("Content-Type", "application/json"),
            .init("X-Sdk-Date", "20261123T080000Z"), .init("Authorization", authorization),
            .init("User-Agent", "unsigned/1.0"),
        ], body: body)
    }

    static func lookup(_ accessKey: String) -> String? {
        accessKey == Self.accessKey ? secret : nil
    }

    static func failure(_ request: APIGRequest, now: Date = signedAt) -> APIGVerificationError? {
        do {
            _ = try APIGVerifier.verify(request, now: now, secretKey: lookup)
            return nil
        } catch {
            return error
        }
    }

    @Test func acceptsTheKnownAnswerRequest() throws {
        #expect(try APIGVerifier.verify(Self.incoming(), now: Self.signedAt, secretKey: Self.lookup) == Self.accessKey)
    }

    /// The server sees whatever escaping the client's transport chose; decoding and re-encoding makes it agree.
    @Test func acceptsEquivalentEscapingAndOrder() throws {
        let request = Self.incoming(rawPath: "/api/mkp%2Dopenapi-public/global/v1/order/query",
                                    rawQuery: "orderLineId=CS2211181819B4LVS%2D000001&orderId=CS2211181819B4LVS")
        #expect(try APIGVerifier.verify(request, now: Self.signedAt, secretKey: Self.lookup) == Self.accessKey)
    }

    @Test func roundTripsWithTheSigner() throws {
        let signer = APIGSigner(accessKey: "SIMAK0001", secretKey: "simSecret-0001")
        let client = try #require(APIGRequest(
            method: "POST", url: "http://127.0.0.1:8089/seller-gateway/v1/tickets/TT%201:resolve?x=a+b&y=%E4%B8%AD",
            headers: [.init("Content-Type", "application/json; charset=utf-8"), .init("Idempotency-Key", "k-1")],
            body: utf8("{\"cause\":\"原因\"}")))
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let signed = signer.sign(client, date: now)
        let target = client.requestTarget
        let split = target.split(separator: "?", maxSplits: 1).map(String.init)
        let server = APIGRequest(method: "POST", rawPath: split[0], rawQuery: split.count > 1 ? split[1] : "",
                                 headers: client.headers + signed.headersToAdd + [.init("Accept", "*/*")],
                                 body: utf8("{\"cause\":\"原因\"}"))
        let verified = try APIGVerifier.verify(server, now: now.addingTimeInterval(899)) { key in
            key == "SIMAK0001" ? "simSecret-0001" : nil
        }
        #expect(verified == "SIMAK0001")
    }

    @Test func rejectsWrongSecretKey() {
        #expect(throws: APIGVerificationError.signatureMismatch) {
            try APIGVerifier.verify(Self.incoming(), now: Self.signedAt) { _ in "another-secret" }
        }
    }

    @Test func rejectsTamperedRequests() {
        #expect(Self.failure(Self.incoming(rawQuery: "orderId=CS2211181819B4LVX&orderLineId=CS2211181819B4LVS-000001"))
            == .signatureMismatch)
        #expect(Self.failure(Self.incoming(rawPath: "/api/mkp-openapi-public/global/v1/order/delete")) == .signatureMismatch)
        #expect(Self.failure(Self.incoming(body: [0x7B, 0x7D])) == .signatureMismatch)
    }

    @Test func unknownAccessKey() {
        #expect(throws: APIGVerificationError.unknownAccessKey(Self.accessKey)) {
            try APIGVerifier.verify(Self.incoming(), now: Self.signedAt) { _ in nil }
        }
    }

    @Test func clockSkewBeyondFifteenMinutes() {
        #expect(Self.failure(Self.incoming(), now: Self.signedAt.addingTimeInterval(900)) == nil)
        #expect(Self.failure(Self.incoming(), now: Self.signedAt.addingTimeInterval(-900)) == nil)
        #expect(Self.failure(Self.incoming(), now: Self.signedAt.addingTimeInterval(901)) == .clockSkew(seconds: -901))
        #expect(Self.failure(Self.incoming(), now: Self.signedAt.addingTimeInterval(-16 * 60))
            == .clockSkew(seconds: 960))
        #expect(APIGVerificationError.clockSkew(seconds: 960).gatewayCode == "APIGW.0303")
        #expect(APIGVerificationError.signatureMismatch.gatewayCode == "APIGW.0301")
    }

    @Test func missingOrMalformedDate() {
        func replacingDate(_ value: String?) -> [APIGRequest.Header] {
            var headers: [APIGRequest.Header] = [
                .init("Host", "mkt.myhuaweicloud.com"), .init("Content-Type", "application/json"),
                .init("Authorization", Self.authorization),
            ]
            if let value { headers.append(.init("x-sdk-date", value)) }
            return headers
        }
        #expect(Self.failure(Self.incoming(headers: replacingDate(nil))) == .missingDate)
        #expect(Self.failure(Self.incoming(headers: replacingDate("2026-11-23T08:00:00Z"))) == .malformedDate)
        #expect(Self.failure(Self.incoming(headers: replacingDate("20261123T080000Z") + [.init("X-Sdk-Date", "x")]))
            == .malformedDate)
    }

    @Test func missingOrMalformedAuthorization() {
        func with(_ authorization: String?) -> APIGRequest {
            var headers: [APIGRequest.Header] = [
                .init("Host", "mkt.myhuaweicloud.com"), .init("Content-Type", "application/json"),
                .init("X-Sdk-Date", "20261123T080000Z"),
            ]
            if let authorization { headers.append(.init("Authorization", authorization)) }
            return Self.incoming(headers: headers)
        }
        #expect(Self.failure(with(nil)) == .missingAuthorization)
        let sig = "1f2be53ebdf88cae03a407b009cd9b16c8e27fff03be0f9abad80c1ae89cfd0c"
        let malformed = [
            "", "Basic dXNlcjpwYXNz", "SDK-HMAC-SHA1 Access=a, SignedHeaders=host, Signature=\(sig)",
            "SDK-HMAC-SHA256", "SDK-HMAC-SHA256 Access=, SignedHeaders=host;x-sdk-date, Signature=\(sig)",
            "SDK-HMAC-SHA256 SignedHeaders=host;x-sdk-date, Signature=\(sig)",
            "SDK-HMAC-SHA256 Access=a, Signature=\(sig)",
            "SDK-HMAC-SHA256 Access=a, SignedHeaders=host;;x-sdk-date, Signature=\(sig)",
            "SDK-HMAC-SHA256 Access=a, SignedHeaders=host;x-sdk-date",
            "SDK-HMAC-SHA256 Access=a, SignedHeaders=host;x-sdk-date, Signature=xyz",
            "SDK-HMAC-SHA256 Access=a, SignedHeaders=host;x-sdk-date, Signature=\(sig)00",
            "SDK-HMAC-SHA256 Access=a, Access=b, SignedHeaders=host;x-sdk-date, Signature=\(sig)",
            "SDK-HMAC-SHA256 Access=a, SignedHeaders=host;x-sdk-date, Signature=\(sig), Extra=1",
            "SDK-HMAC-SHA256 Access=a SignedHeaders=host;x-sdk-date Signature=\(sig)",
        ]
        for value in malformed {
            guard case .malformedAuthorization = Self.failure(with(value)) else {
                Issue.record("accepted or misclassified: \(value)")
                continue
            }
        }
        let twice = Self.incoming(headers: [.init("Authorization", Self.authorization),
                                            .init("Authorization", Self.authorization)])
        #expect(Self.failure(twice) == .malformedAuthorization("more than one header"))
    }

    @Test func hostAndDateMustBeSigned() {
        let onlyDate = "SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK0000001, SignedHeaders=content-type;x-sdk-date, "
            + "Signature=1f2be53ebdf88cae03a407b009cd9b16c8e27fff03be0f9abad80c1ae89cfd0c"
        let request = Self.incoming(headers: [
            .init("Host", "mkt.myhuaweicloud.com"), .init("Content-Type", "application/json"),
            .init("X-Sdk-Date", "20261123T080000Z"), .init("Authorization", onlyDate),
        ])
        #expect(Self.failure(request) == .requiredHeaderNotSigned("host"))
    }

    @Test func signedHeaderMissingFromRequest() {
        let request = Self.incoming(headers: [
            .init("Host", "mkt.myhuaweicloud.com"), .init("X-Sdk-Date", "20261123T080000Z"),
            .init("Authorization", Self.authorization),
        ])
        #expect(Self.failure(request) == .signedHeaderMissing("content-type"))
    }

    @Test func parsesTheAuthorizationHeader() throws {
        let parsed = try APIGAuthorization(parsing: "  " + Self.authorization.uppercasingSignature() + " ")
        #expect(parsed.accessKey == Self.accessKey)
        #expect(parsed.signedHeaders == ["content-type", "host", "x-sdk-date"])
        #expect(parsed.signature == "1f2be53ebdf88cae03a407b009cd9b16c8e27fff03be0f9abad80c1ae89cfd0c")
        #expect(parsed.headerValue == Self.authorization)
    }

    @Test func errorDescriptionsNeverContainTheSecret() {
        let errors: [APIGVerificationError] = [
            .missingAuthorization, .malformedAuthorization("x"), .unknownAccessKey("AK"), .missingDate,
            .malformedDate, .clockSkew(seconds: 5), .requiredHeaderNotSigned("host"), .signedHeaderMissing("a"),
            .signatureMismatch,
        ]
        for error in errors {
            #expect(!error.description.contains(Self.secret))
            #expect(!error.description.isEmpty)
        }
    }
}

private extension String {
    /// The same header with the signature in uppercase hex, which the parser normalises.
    func uppercasingSignature() -> String {
        guard let range = range(of: "Signature=") else { return self }
        return String(self[..<range.upperBound]) + self[range.upperBound...].uppercased()
    }
}
