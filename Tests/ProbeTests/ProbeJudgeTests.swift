import Crypto
import Probe
import Signing
import Testing

@Suite("Probe judging")
struct ProbeJudgeTests {
    static let key = "devAccessKey-0001"
    static let json = ["content-type": "application/json"]

    static func judge(_ name: String, family: ProbeFamily = .saasV2, status: Int = 200,
                      headers: [String: String] = json, body: String, seconds: Double = 0.1,
                      first: String? = nil, instance: String = "inst-1", signV1: Bool = true) throws -> Judgement {
        let probeCase = try #require(family.probeCase(named: name))
        var headers = headers
        if family.scheme == .v1 && signV1 {
            headers["body-sign"] = BodySign.headerValue(body: Array(body.utf8), accessKey: key)
        }
        let judge = ProbeJudge(accessKey: key, scheme: family.scheme, timeout: 20)
        return judge.judge(probeCase, answer: .success(ProbeReply(status: status, headers: headers,
                                                                  body: Array(body.utf8))),
                           seconds: seconds, firstInstanceId: first, instanceId: instance)
    }

    static let created = #"{"resultCode":"000000","resultMsg":"ok","instanceId":"inst-1"}"#

    @Test("a correct create passes; 000004 is accepted for create")
    func goodCreate() throws {
        #expect(try Self.judge("create", body: Self.created) == .pass("000000"))
        #expect(try Self.judge("create", body: #"{"resultCode":"000004","resultMsg":"","instanceId":"i"}"#).verdict
            == .pass)
        #expect(try Self.judge("update", headers: ["content-type": "application/json; charset=utf-8"],
                               body: #"{"resultCode":"000000","resultMsg":"ok"}"#).verdict == .pass)
    }

    @Test("each broken envelope fails with its reason", arguments: [
        (500, "application/json", Self.created, "HTTP 500 (expected 200)"),
        (200, "text/html", "<html>502</html>", "Content-Type is text/html (expected application/json)"),
        (200, "", Self.created, "no Content-Type (expected application/json)"),
        (200, "application/json", "<html>", "the body is not JSON"),
        (200, "application/json", "[1]", "the body is not a JSON object"),
        (200, "application/json", #"{"resultMsg":"ok","instanceId":"i"}"#, "resultCode is missing"),
        (200, "application/json", #"{"resultCode":"000000","instanceId":"i"}"#, "resultMsg is missing"),
        (200, "application/json", #"{"resultCode":"0","resultMsg":"","instanceId":"i"}"#,
         "resultCode \"0\" is not a published code"),
        (200, "application/json", #"{"resultCode":"000005","resultMsg":"x","instanceId":"i"}"#,
         "resultCode 000005 (other internal error), expected 000000 or 000004"),
        (200, "application/json", #"{"resultCode":"000000","resultMsg":"ok"}"#, "instanceId is missing"),
    ])
    func brokenEnvelope(status: Int, type: String, body: String, reason: String) throws {
        let judgement = try Self.judge("create", status: status, headers: type.isEmpty ? [:] : ["content-type": type],
                                       body: body)
        #expect(judgement.verdict == .fail)
        #expect(judgement.reason.hasPrefix(reason))
    }

    @Test("create-again must return the first create's instanceId")
    func idempotency() throws {
        #expect(try Self.judge("create-again", body: Self.created, first: "inst-1").verdict == .pass)
        let changed = try Self.judge("create-again", body: Self.created, first: "inst-0")
        #expect(changed == .fail("not idempotent: instanceId inst-1 differs from the first create's inst-0"))
        #expect(try Self.judge("create-again", body: Self.created) == Judgement(verdict: .warn, reason:
            "000000; idempotency not checked (no instanceId from a create case in this run)"))
        #expect(try Self.judge("renew-again", body: #"{"resultCode":"000003","resultMsg":"gone"}"#)
            == .fail("resultCode 000003 (instance does not exist), expected 000000"))
    }

    @Test("query needs an info entry for the instance with appInfo.frontEndUrl")
    func query() throws {
        let good = #"{"resultCode":"000000","resultMsg":"ok","info":[{"instanceId":"inst-1","appInfo":{"frontEndUrl":"https://a"}}]}"#
        #expect(try Self.judge("query", body: good).verdict == .pass)
        #expect(try Self.judge("query", body: #"{"resultCode":"000000","resultMsg":"ok"}"#)
            == .fail("info[] is missing"))
        #expect(try Self.judge("query", body: good, instance: "other")
            == .fail("info[] has no entry for instanceId other"))
        let noURL = #"{"resultCode":"000000","resultMsg":"ok","info":[{"instanceId":"inst-1","appInfo":{}}]}"#
        #expect(try Self.judge("query", body: noURL) == .fail("info[].appInfo.frontEndUrl is missing"))
    }

    @Test("encrypted appInfo fields must decrypt with the key (V2 when encryptType is declared)")
    func encryptedFields() throws {
        let cipher = try SensitiveField.encrypt(plaintext: "admin", accessKey: Self.key, encryptType: .aes128)
        let body = { (type: String, value: String) in
            #"{"resultCode":"000000","resultMsg":"ok","encryptType":"\#(type)","info":[{"instanceId":"inst-1","appInfo":{"frontEndUrl":"u","password":"\#(value)"}}]}"#
        }
        #expect(try Self.judge("query", body: body("2", cipher)).verdict == .pass)
        #expect(try Self.judge("query", body: body("1", cipher))
            == .fail("info[].appInfo.password does not decrypt with the key (AES-256, encryptType 1)"))
        #expect(try Self.judge("query", body: body("2", "plain-password")).verdict == .fail)
        let plainV2 = #"{"resultCode":"000000","resultMsg":"ok","info":[{"instanceId":"inst-1","appInfo":{"frontEndUrl":"u","password":"plain"}}]}"#
        #expect(try Self.judge("query", body: plainV2).verdict == .pass)
    }

    @Test("V1 answers need instanceId, appInfo and a valid Body-Sign")
    func v1() throws {
        let cipher = try SensitiveField.encrypt(plaintext: "admin", accessKey: Self.key)
        let good = #"{"resultCode":"000000","resultMsg":"ok","instanceId":"i","appInfo":{"frontEndUrl":"u","userName":"\#(cipher)"}}"#
        #expect(try Self.judge("create", family: .saasV1, body: good).verdict == .pass)
        #expect(try Self.judge("create", family: .saasV1, body: Self.created) == .fail("appInfo is missing"))
        #expect(try Self.judge("create", family: .saasV1, body: good, signV1: false).reason
            .hasPrefix("the Body-Sign header is missing"))
        let badSign = ["content-type": "application/json",
                       "body-sign": BodySign.headerValue(body: Array(Self.created.utf8), accessKey: Self.key)]
        #expect(try Self.judge("create", family: .saasV1, headers: badSign, body: good, signV1: false)
            == .fail("Body-Sign does not match the response body"))
        let plain = #"{"resultCode":"000000","resultMsg":"ok","instanceId":"i","appInfo":{"frontEndUrl":"u","userName":"admin"}}"#
        #expect(try Self.judge("create", family: .saasV1, body: plain).verdict == .fail)
    }

    @Test("refusal cases fail only when the server accepts the call")
    func refusals() throws {
        #expect(try Self.judge("unsigned-refused", body: Self.created)
            == .fail("accepted a call with no signature (resultCode 000000); verify the signature before anything else"))
        #expect(try Self.judge("stale-signature-refused", body: #"{"resultCode":"000004","resultMsg":""}"#).verdict
            == .fail)
        #expect(try Self.judge("wrong-signature-refused", status: 401, body: "") == .pass("refused with HTTP 401"))
        #expect(try Self.judge("unsigned-refused", body: #"{"resultCode":"000001","resultMsg":"auth"}"#)
            == .pass("refused with resultCode 000001"))
    }

    @Test("slow answers warn above 5 s and fail past the timeout; no answer fails")
    func timing() throws {
        let slow = try Self.judge("create", body: Self.created, seconds: 6.2)
        #expect(slow.verdict == .warn && slow.reason.contains("slow: 6.2 s"))
        #expect(try Self.judge("create", body: Self.created, seconds: 21).verdict == .fail)
        let probeCase = try #require(ProbeFamily.saasV2.probeCase(named: "create"))
        let none = ProbeJudge(accessKey: Self.key, scheme: .v2, timeout: 1)
            .judge(probeCase, answer: .failure(ProbeFailure(reason: "no answer within 1 s", unreachable: false)),
                   seconds: 1, firstInstanceId: nil, instanceId: "i")
        #expect(none == .fail("no answer: no answer within 1 s"))
    }
}
