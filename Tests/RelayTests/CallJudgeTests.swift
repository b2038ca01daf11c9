import InterfaceRules
import Relay
import SellerCore
import Signing
import Testing

/// The published success rules (docs/KOOGALLERY.md §3.1, §3.8), judged from an answer alone.
@Suite struct CallJudgeTests {
    static let json = ["content-type": "application/json;charset=UTF-8"]

    static func judge(_ body: String, activity: String = "newInstance", version: InterfaceVersion = .v2,
                      status: Int = 200, headers: [String: String] = json, key: String? = nil) -> CallJudgement {
        CallJudge.judge(activity: activity, interfaceVersion: version, status: status, headers: headers,
                        body: Array(body.utf8), accessKey: key)
    }

    @Test func createNeedsInstanceId() {
        let ok = Self.judge(#"{"resultCode":"000000","resultMsg":"ok","instanceId":"i-1"}"#)
        #expect(ok.outcome == .success && ok.answeredInstanceId == "i-1")
        let missing = Self.judge(#"{"resultCode":"000000","resultMsg":"ok"}"#)
        #expect(missing.failureKind == .missingField && missing.detail == "missing field instanceId")
    }

    @Test func asyncOnlyWhereAllowed() {
        #expect(Self.judge(#"{"resultCode":"000004","resultMsg":"later","instanceId":"i-1"}"#).outcome == .success)
        #expect(Self.judge(#"{"resultCode":"000004","resultMsg":"later"}"#, activity: "getLicenseAsync").outcome == .success)
        let renew = Self.judge(#"{"resultCode":"000004","resultMsg":"later"}"#, activity: "refreshInstance")
        #expect(renew.failureKind == .resultCode && renew.resultCode == "000004")
        let v1 = Self.judge(#"{"resultCode":"000004","resultMsg":"later","instanceId":"i"}"#, version: .v1)
        #expect(v1.failureKind == .resultCode)
    }

    @Test func v1CreateNeedsFrontEndURLAndBodySign() {
        let body = #"{"resultCode":"000000","resultMsg":"ok","instanceId":"i-1","appInfo":{"frontEndUrl":"https://a"}}"#
        var headers = Self.json
        headers["body-sign"] = BodySign.headerValue(body: Array(body.utf8), accessKey: "k")
        #expect(Self.judge(body, version: .v1, headers: headers, key: "k").outcome == .success)
        #expect(Self.judge(body, version: .v1, headers: headers, key: "other").failureKind == .badBodySign)
        #expect(Self.judge(body, version: .v1, key: "k").detail == "the Body-Sign header is missing")
        // Without a key the Body-Sign cannot be judged, and is not.
        #expect(Self.judge(body, version: .v1).outcome == .success)
        let noURL = #"{"resultCode":"000000","resultMsg":"ok","instanceId":"i-1","appInfo":{}}"#
        #expect(Self.judge(noURL, version: .v1).detail == "missing field appInfo.frontEndUrl")
    }

    @Test func queryNeedsAppInfo() {
        let ok = #"{"resultCode":"000000","resultMsg":"ok","info":[{"instanceId":"i","appInfo":{"frontEndUrl":"u"}}]}"#
        #expect(Self.judge(ok, activity: "queryInstance").outcome == .success)
        let bad = #"{"resultCode":"000000","resultMsg":"ok","info":[{"instanceId":"i","appInfo":{}}]}"#
        #expect(Self.judge(bad, activity: "queryInstance").detail == "missing field info[].appInfo.frontEndUrl")
    }

    @Test func envelopeFailures() {
        #expect(Self.judge("{}", status: 500).detail == "HTTP 500")
        #expect(Self.judge("{}", headers: ["content-type": "text/plain"]).failureKind == .notJSON)
        #expect(Self.judge("<html>", headers: Self.json).failureKind == .notJSON)
        #expect(Self.judge(#"{"resultMsg":"x"}"#).detail == "resultCode is missing")
        let coded = Self.judge(#"{"resultCode":"000005","resultMsg":"internal error: db down"}"#)
        #expect(coded.failureKind == .resultCode && coded.detail == "000005 internal error: db down")
        #expect(Self.judge(#"{"resultCode":"000000"}"#, activity: "releaseInstance").detail == "missing field resultMsg")
    }

    @Test func transport() {
        #expect(CallJudge.transportFailure(timedOut: true, reason: "no answer within 20 s").failureKind == .timeout)
        #expect(CallJudge.transportFailure(timedOut: false, reason: "refused").failureKind == .refused)
    }
}
