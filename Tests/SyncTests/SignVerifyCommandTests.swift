import Foundation
import Testing
import TestSupport

/// `sign`, `verify` and `crypt` through the built binary: the published vectors, sign → verify round trips for
/// every scheme, and one clear line with exit 2 for bad input.
@Suite("sign, verify and crypt commands")
struct SignVerifyCommandTests {
    static let key = "devAccessKey-0001"
    static let v2Body = #"{"orderLineId":"CS2611230915XYZ12-000001","activity":"newInstance","orderId":"CS2611230915XYZ12","businessId":"0d6c3a52-8f1e-4b7a-a1c9-2e5d7f9b1a30","testFlag":"0"}"#

    static func run(_ arguments: [String], input: Data? = nil) throws -> (Int32, String, String) {
        let outcome = try ChildProcess.run(try #require(BuiltExecutable.path("seller-console")), arguments,
                                           input: input)
        return (outcome.status, outcome.output, outcome.errors)
    }

    /// The value after `name: ` on its own line of `output`.
    static func field(_ name: String, in output: String) -> String {
        output.split(separator: "\n").first { $0.hasPrefix(name + ": ") }.map { String($0.dropFirst(name.count + 2)) }
            ?? ""
    }

    static func bodyFile(_ directory: TemporaryDirectory, _ text: String) throws -> String {
        let path = directory.file("body.json")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("sign v2 reproduces §4.5's vector, and verify request accepts the signed URL and shows the work")
    func v2RoundTrip() throws {
        let directory = try TemporaryDirectory("sign-v2")
        let body = try Self.bodyFile(directory, Self.v2Body)
        let (status, output, _) = try Self.run(["sign", "v2", "--key", Self.key, "--url", "https://isv.example.com/produce",
                                                "--body-file", body, "--timestamp", "1795424100000",
                                                "--nonce", "A1B2C3D4E5F60718293A4B5C6D7E8F90"])
        #expect(status == 0)
        #expect(Self.field("signature", in: output) == "2f03272d305c8326c12b13084af893d2e7cda09931017f1bab7af74bca2eeef7")
        let url = try #require(output.split(separator: "\n").first { $0.hasPrefix("https://") }.map(String.init))
        #expect(output.contains("curl -sS -X POST") && !output.contains(Self.key))
        let verified = try Self.run(["verify", "request", "--key", Self.key, "--url", url, "--body-file", body,
                                     "--now", "1795424110000"])
        #expect(verified.0 == 0, "\(verified.1)")
        #expect(verified.1.contains("scheme: V2 query signature") && verified.1.contains("timestamp skew: -10000 ms"))
        #expect(verified.1.contains("string to sign: {accessKey}A1B2C3D4E5F60718293A4B5C6D7E8F90"))
        #expect(!verified.1.contains(Self.key))
        #expect(try Self.run(["verify", "request", "--key", "wrong", "--url", url, "--body-file", body,
                              "--now", "1795424100000"]).0 == 1)
        let stale = try Self.run(["verify", "request", "--key", Self.key, "--url", url, "--body-file", body,
                                  "--now", "1795424200000"])
        #expect(stale.0 == 1 && stale.1.contains("STALE"))
    }

    @Test("sign v1 reproduces §4.2's vector, and verify request accepts the URL")
    func v1RoundTrip() throws {
        let base = "https://isv.example.com/produce?activity=refreshInstance&instanceId=b3f1c2d4-5e6f-4a1b-9c8d-"
            + "7e6f5a4b3c2d&orderId=CS2611230915XYZ12&expireTime=20271123235959&productId=OFFI461867333479178240&testFlag=0"
        let (status, output, _) = try Self.run(["sign", "v1", "--key", Self.key, "--url", base,
                                                "--timestamp", "20261123091500123"])
        #expect(status == 0)
        #expect(Self.field("authToken", in: output) == "ipQbsOto2kVSR6yQqZmAl1BdvXE/2CHd+6PZRNTX/U8=")
        let url = try #require(output.split(separator: "\n").first.map(String.init))
        let verified = try Self.run(["verify", "request", "--key", Self.key, "--url", url])
        #expect(verified.0 == 0 && verified.1.contains("scheme: V1 authToken"), "\(verified.1)")
        #expect(try Self.run(["verify", "request", "--key", "other", "--url", url]).0 == 1)
        let fresh = try Self.run(["sign", "v1", "--key", Self.key, "--url", "https://isv.example.com/p?activity=x"])
        let freshURL = try #require(fresh.1.split(separator: "\n").first.map(String.init))
        #expect(try Self.run(["verify", "request", "--key", Self.key, "--url", freshURL]).0 == 0)
    }

    @Test("sign kit and sign usage round-trip through verify request headers")
    func headerSchemes() throws {
        let directory = try TemporaryDirectory("sign-headers")
        let body = try Self.bodyFile(directory, #"{"z":{"b":1,"a":"中文"},"a":[1,2.5]}"#)
        for (scheme, names) in [("kit", ["x-sign", "x-timestamp", "x-nonce"]), ("usage", ["signature", "ts", "nonce"])] {
            let (status, output, _) = try Self.run(["sign", scheme, "--key", Self.key, "--url",
                                                    "https://isv.example.com/produceAPI/v2/tenantSync",
                                                    "--body-file", body])
            #expect(status == 0 && output.contains("curl ") && !output.contains(Self.key))
            let headers = names.flatMap { ["--header", "\($0): \(Self.field($0, in: output))"] }
            let verified = try Self.run(["verify", "request", "--key", Self.key, "--url", "https://isv.example.com/x",
                                         "--body-file", body] + headers)
            #expect(verified.0 == 0, "\(scheme): \(verified.1)")
            #expect(try Self.run(["verify", "request", "--key", "nope", "--url", "https://isv.example.com/x",
                                  "--body-file", body] + headers).0 == 1)
        }
    }

    @Test("sign body-sign reproduces §4.3's vector; verify body-sign accepts it and refuses a changed body")
    func bodySign() throws {
        let directory = try TemporaryDirectory("body-sign")
        let body = try Self.bodyFile(directory, #"{"resultCode":"000000","resultMsg":"成功","instanceId":"b3f1c2d4"}"#)
        let (status, output, _) = try Self.run(["sign", "body-sign", "--key", Self.key, "--body-file", body])
        #expect(status == 0)
        let header = output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(header == #"Body-Sign: sign_type="HMAC-SHA256", signature= "kMPTfIwEE8pT3oyd32YfWBWgHbaxzQwPBjn0pFWn73s=""#)
        #expect(try Self.run(["verify", "body-sign", "--key", Self.key, "--body-file", body, "--header", header]).0 == 0)
        let changed = try Self.bodyFile(directory, #"{"resultCode":"000000"}"#)
        #expect(try Self.run(["verify", "body-sign", "--key", Self.key, "--body-file", changed,
                              "--header", header]).0 == 1)
    }

    @Test("verify apig accepts what sign-request produced and refuses another secret")
    func apig() throws {
        let url = "https://mkt.myhuaweicloud.com/api/mkp-openapi-public/global/v1/order/query?orderId=CS2211181819B4LVS"
        let (_, signed, _) = try Self.run(["sign-request", "--ak", "AK1", "--sk", "secret-1", "--method", "GET",
                                           "--url", url, "--date", "20261123T080000Z"])
        let authorization = try #require(signed.split(separator: "\n").first { $0.hasPrefix("Authorization: ") })
        let arguments = ["--method", "GET", "--url", url, "--header", String(authorization),
                         "--header", "X-Sdk-Date: 20261123T080000Z", "--now", "1795420800000"]
        let verified = try Self.run(["verify", "apig", "--sk", "secret-1"] + arguments)
        #expect(verified.0 == 0 && verified.1.contains("MATCH"), "\(verified.1)")
        #expect(try Self.run(["verify", "apig", "--sk", "secret-2"] + arguments).0 == 1)
    }

    @Test("crypt reproduces §4.4's vector and round-trips 128- and 256-bit fields, from stdin too")
    func crypt() throws {
        let (status, output, _) = try Self.run(["crypt", "encrypt", "--key", Self.key, "--iv", "Q7w9E2r4T6y8U0i1",
                                                "seller-admin@example.com"])
        #expect(status == 0 && output == "Q7w9E2r4T6y8U0i11O4D34p5YKl59q0nxOKCPOiysKcIoN1JWyJ3Y9j4Utg=\n")
        for bits in ["128", "256"] {
            let encrypted = try Self.run(["crypt", "encrypt", "--key", Self.key, "--bits", bits, "-"],
                                         input: Data("张三 13800138000\n".utf8))
            #expect(encrypted.0 == 0)
            let decrypted = try Self.run(["crypt", "decrypt", "--bits", bits, "--key", Self.key,
                                          encrypted.1.trimmingCharacters(in: .newlines)])
            #expect(decrypted.0 == 0 && decrypted.1 == "张三 13800138000\n")
        }
        #expect(try Self.run(["crypt", "decrypt", "--key", "wrong", String(output.dropLast())]).0 == 1)
    }

    @Test("bad input is one line and exit 2", arguments: [
        ["sign", "v2", "--key", "k", "--url", "not a url", "--body-file", "/dev/null"],
        ["sign", "v2", "--key", "k", "--url", "https://x.example/p", "--body-file", "/dev/null"],
        ["sign", "v3", "--key", "k"],
        ["sign", "v1", "--key", "k", "--url", "https://x.example/p", "--timestamp", "2026"],
        ["verify", "request", "--key", "k", "--url", "https://x.example/p?activity=x"],
        ["verify", "request", "--key", "k", "--url", "ftp://x.example/p?authToken=a&timeStamp=1"],
        ["crypt", "encrypt", "--key", "k", "--iv", "short", "v"],
        ["crypt", "encrypt", "--key", "k", "--bits", "192", "v"],
        ["crypt", "decrypt", "--key", "k", "tooshort"],
    ])
    func badInput(arguments: [String]) throws {
        let (status, _, errors) = try Self.run(arguments)
        #expect(status == 2, "\(arguments)")
        #expect(errors.hasPrefix("seller-console: "), "\(errors)")
    }

    @Test("captured text with terminal controls is shown inert")
    func hostileCapture() throws {
        let (status, output, _) = try Self.run(["verify", "request", "--key", "k", "--url",
                                                "https://x.example/p?authToken=%1B%5D0%3Bpwned%07&timeStamp=%1B%5B2J"])
        #expect(status == 1)
        #expect(!output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    @Test("sign, verify and crypt answer --help")
    func help() throws {
        for command in [["sign"], ["sign", "v2"], ["verify"], ["verify", "apig"], ["crypt"], ["crypt", "encrypt"]] {
            let (status, output, _) = try Self.run(command + ["--help"])
            #expect(status == 0 && output.contains("usage: seller-console \(command[0])"), "\(command)")
        }
    }
}
