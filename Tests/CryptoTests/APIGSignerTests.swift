import Foundation
import Signing
import Testing

@Suite struct APIGSignerTests {
    static let orderQueryURL = "https://mkt.myhuaweicloud.com/api/mkp-openapi-public/global/v1/order/query"
        + "?orderId=CS2211181819B4LVS&orderLineId=CS2211181819B4LVS-000001"
    static let signer = APIGSigner(accessKey: "HPUAEXAMPLEAK0000001", secretKey: "exampleSecretKey0123456789abcdefEXAMPLE")

    /// docs/KOOGALLERY.md §4.8.
    @Test func koogalleryVector() throws {
        let request = try #require(APIGRequest(method: "GET", url: Self.orderQueryURL,
                                               headers: [.init("Content-Type", "application/json")]))
        let signed = Self.signer.sign(request, sdkDate: "20261123T080000Z")
        #expect(signed.canonicalRequest == """
            GET
            /api/mkp-openapi-public/global/v1/order/query/
            orderId=CS2211181819B4LVS&orderLineId=CS2211181819B4LVS-000001
            content-type:application/json
            host:mkt.myhuaweicloud.com
            x-sdk-date:20261123T080000Z

            content-type;host;x-sdk-date
            e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
            """)
        #expect(signed.signature == "1f2be53ebdf88cae03a407b009cd9b16c8e27fff03be0f9abad80c1ae89cfd0c")
        #expect(signed.signedHeaders == "content-type;host;x-sdk-date")
        #expect(signed.authorizationHeader == "SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK0000001, "
            + "SignedHeaders=content-type;host;x-sdk-date, "
            + "Signature=1f2be53ebdf88cae03a407b009cd9b16c8e27fff03be0f9abad80c1ae89cfd0c")
        #expect(signed.stringToSign.hasPrefix("SDK-HMAC-SHA256\n20261123T080000Z\n"))
        #expect(signed.headersToAdd == [.init("X-Sdk-Date", "20261123T080000Z"),
                                        .init("Authorization", signed.authorizationHeader)])
    }

    @Test func pathAndQueryItemsGiveTheSameSignatureAsTheURL() throws {
        let request = APIGRequest(
            method: "GET", path: "/api/mkp-openapi-public/global/v1/order/query",
            queryItems: [.init("orderLineId", "CS2211181819B4LVS-000001"), .init("orderId", "CS2211181819B4LVS")],
            headers: [.init("host", "mkt.myhuaweicloud.com"), .init("content-type", " application/json ")])
        let date = try #require(SDKDate.parse("20261123T080000Z"))
        #expect(Self.signer.sign(request, date: date).signature
            == "1f2be53ebdf88cae03a407b009cd9b16c8e27fff03be0f9abad80c1ae89cfd0c")
    }

    /// Expected value from an independent Python implementation (urllib.parse.quote with safe "-_.~", hashlib,
    /// hmac): non-default port in host, `:` in a segment, repeated and empty query values, non-ASCII, a body.
    @Test func independentVectorWithPortEscapesAndBody() throws {
        let url = "http://127.0.0.1:8089/seller-gateway/v1/tickets/TT123:accept?b=2&a=x%20y&a&c~=%C3%BC"
        let request = try #require(APIGRequest(
            method: "POST", url: url,
            headers: [.init("Content-Type", "application/json"), .init("Idempotency-Key", "  key-1  ")],
            body: utf8("{\"x\":1}")))
        let signed = APIGSigner(accessKey: "SIMAK0001", secretKey: "simSecret-0001")
            .sign(request, sdkDate: "20261123T080000Z")
        #expect(signed.canonicalRequest == "POST\n/seller-gateway/v1/tickets/TT123%3Aaccept/\n"
            + "a=&a=x%20y&b=2&c~=%C3%BC\ncontent-type:application/json\nhost:127.0.0.1:8089\n"
            + "idempotency-key:key-1\nx-sdk-date:20261123T080000Z\n\ncontent-type;host;idempotency-key;x-sdk-date\n"
            + "5041bf1f713df204784353e82f6a4a535931cb64f1f4b4a5aeaffcb720918b22")
        #expect(signed.signature == "6109cc300a80568aaeeecef3d7b95c5ea6504f6f3a4802c033a43070ccb750ef")
        #expect(request.requestTarget == "/seller-gateway/v1/tickets/TT123%3Aaccept?a=&a=x%20y&b=2&c~=%C3%BC")
    }

    @Test func hostHeaderFromURL() throws {
        func host(_ url: String) throws -> [String] {
            try #require(APIGRequest(method: "GET", url: url)).values(ofHeader: "Host")
        }
        #expect(try host("https://Example.COM:443/x") == ["example.com"])
        #expect(try host("http://example.com:80/x") == ["example.com"])
        #expect(try host("https://example.com:8443/x") == ["example.com:8443"])
        #expect(try host("http://[::1]:8089/") == ["[::1]:8089"])
        let explicit = try #require(APIGRequest(method: "GET", url: "http://a.example/", headers: [.init("HOST", "b")]))
        #expect(explicit.values(ofHeader: "host") == ["b"])
        #expect(APIGRequest(method: "GET", url: "/relative/path") == nil)
        #expect(APIGRequest(method: "GET", url: "not a url") == nil)
    }

    @Test func canonicalURIAlwaysEndsWithSlash() throws {
        #expect(APIGRequest(method: "GET", path: "").canonicalURI == "/")
        #expect(APIGRequest(method: "GET", path: "/").canonicalURI == "/")
        #expect(APIGRequest(method: "GET", path: "/a/b").canonicalURI == "/a/b/")
        #expect(APIGRequest(method: "GET", path: "/a/b/").canonicalURI == "/a/b/")
        #expect(APIGRequest(method: "GET", path: "/文件/a b").canonicalURI == "/%E6%96%87%E4%BB%B6/a%20b/")
        let encodedSlash = APIGRequest(method: "GET", rawPath: "/a%2Fb/c", rawQuery: "", headers: [], body: [])
        #expect(encodedSlash.pathSegments == ["", "a/b", "c"])
        #expect(encodedSlash.canonicalURI == "/a%2Fb/c/")
    }

    @Test func queryIsSortedByNameThenValue() {
        let request = APIGRequest(method: "GET", path: "/", queryItems: [
            .init("b", "1"), .init("a", "z"), .init("a", "y"), .init("A", ""), .init("a+b", "1+1"),
        ])
        #expect(request.canonicalQueryString == "A=&a=y&a=z&a%2Bb=1%2B1&b=1")
    }

    @Test func dateReplacesAnyDateAlreadyInTheHeaders() {
        let request = APIGRequest(method: "GET", path: "/", headers: [.init("Host", "h"), .init("X-Sdk-Date", "old")])
        let signed = Self.signer.sign(request, sdkDate: "20260101T000000Z")
        #expect(signed.canonicalRequest.contains("x-sdk-date:20260101T000000Z\n"))
        #expect(!signed.canonicalRequest.contains("old"))
    }

    @Test func secretKeyNeverAppearsInDescriptions() {
        let secret = "exampleSecretKey0123456789abcdefEXAMPLE"
        #expect(!String(describing: Self.signer).contains(secret))
        #expect(!String(reflecting: Self.signer).contains(secret))
        var dumped = ""
        dump(Self.signer, to: &dumped)
        #expect(!dumped.contains(secret))
        #expect(String(describing: Self.signer).contains("HPUAEXAMPLEAK0000001"))
    }
}

@Suite struct SDKDateTests {
    @Test func formatsAndParsesUTC() throws {
        let date = try #require(SDKDate.parse("20261123T080000Z"))
        #expect(date.timeIntervalSince1970 == 1_795_420_800)
        #expect(SDKDate.format(date) == "20261123T080000Z")
        #expect(SDKDate.format(Date(timeIntervalSince1970: 951_782_399.9)) == "20000228T235959Z")
        #expect(SDKDate.format(Date(timeIntervalSince1970: 951_868_800)) == "20000301T000000Z")
        #expect(SDKDate.parse("20240229T235959Z") != nil)
        #expect(SDKDate.format(Date(timeIntervalSince1970: 0)) == "19700101T000000Z")
    }

    @Test func rejectsMalformedDates() {
        for text in ["", "20261123T080000", "20261123 080000Z", "2026-11-23T08:00:00Z", "20261323T080000Z",
                     "20230229T080000Z", "20261100T080000Z", "20261123T240000Z", "20261123T086000Z",
                     "20261123T080060Z", "2026112３T080000Z", "20261123T080000Zx"] {
            #expect(SDKDate.parse(text) == nil, "\(text)")
        }
    }

    /// Absurd instants still give a header of the right shape: non-finite ones the epoch, huge ones the
    /// clamped bound, so a broken clock never traps the signer or sends a malformed `X-Sdk-Date`.
    @Test func absurdDatesFormatToWellFormedHeaders() {
        #expect(SDKDate.format(Date(timeIntervalSince1970: .infinity)) == "19700101T000000Z")
        #expect(SDKDate.format(Date(timeIntervalSince1970: -.infinity)) == "19700101T000000Z")
        #expect(SDKDate.format(Date(timeIntervalSince1970: .nan)) == "19700101T000000Z")
        let farFuture = SDKDate.format(Date(timeIntervalSince1970: .greatestFiniteMagnitude))
        let farPast = SDKDate.format(Date(timeIntervalSince1970: -.greatestFiniteMagnitude))
        #expect(farFuture == SDKDate.format(Date(timeIntervalSince1970: 1e14)), "clamped to the upper bound")
        #expect(farPast == SDKDate.format(Date(timeIntervalSince1970: -1e14)), "clamped to the lower bound")
        for text in [farFuture, farPast] {
            #expect(text.hasSuffix("Z") && text.contains("T"), "\(text)")
            #expect(text.allSatisfy { $0.isASCII && ($0.isNumber || "TZ-".contains($0)) }, "\(text)")
        }
        #expect(farFuture != farPast)
        #expect(SDKDate.format(Date(timeIntervalSince1970: 253_402_300_799)) == "99991231T235959Z")
        #expect(SDKDate.parse(SDKDate.format(Date(timeIntervalSince1970: 4_102_444_800))) != nil, "2100 round-trips")
    }
}

@Suite struct RFC3986Tests {
    @Test func encodesAllButUnreserved() {
        #expect(RFC3986.encode("AZaz09-._~") == "AZaz09-._~")
        #expect(RFC3986.encode(" !*'();:@&=+$,/?#[]%") == "%20%21%2A%27%28%29%3B%3A%40%26%3D%2B%24%2C%2F%3F%23%5B%5D%25")
        #expect(RFC3986.encode("ü中") == "%C3%BC%E4%B8%AD")
    }

    @Test func decodesLeniently() {
        #expect(RFC3986.decode("%7e%7E~%C3%BC") == "~~~ü")
        #expect(RFC3986.decode("100%") == "100%")
        #expect(RFC3986.decode("%zz%4") == "%zz%4")
        #expect(RFC3986.decode("a+b") == "a+b")
        #expect(RFC3986.decode("a+b", plusAsSpace: true) == "a b")
        #expect(RFC3986.decode("%FF") == "\u{FFFD}")
    }
}
