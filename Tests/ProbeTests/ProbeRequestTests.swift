import Probe
import SellerCore
import Signing
import Testing

@Suite("Probe requests")
struct ProbeRequestTests {
    static let key = "devAccessKey-0001"

    static func state() throws -> ProbeState { try ProbeState.random() }

    static func request(_ family: ProbeFamily, _ name: String, _ state: ProbeState) throws -> ProbeRequest {
        let probeCase = try #require(family.probeCase(named: name))
        return ProbeRequestBuilder.build(probeCase, scheme: family.scheme, state: state, accessKey: key,
                                         nonce: try ProbeRequestBuilder.randomNonce())
    }

    static func verifyV2(_ request: ProbeRequest, now: Int64) throws(RequestSignatureError) {
        try V2Signature.verify(signature: request.queryValue("signature"), timestamp: request.queryValue("timestamp"),
                               nonce: request.queryValue("nonce"), body: request.body, accessKey: key,
                               nowMilliseconds: now)
    }

    @Test("mock ids have KooGallery's shapes")
    func idShapes() throws {
        let ids = try MockIDs.random()
        let upperAlnum = { (text: Substring) in text.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) } }
        #expect(ids.orderId.count == 17 && ids.orderId.hasPrefix("CS") && upperAlnum(ids.orderId.dropFirst(2)))
        #expect(ids.orderLineId == ids.orderId + "-000001")
        #expect(ids.businessId.count == 36 && ids.businessId.split(separator: "-").map(\.count) == [8, 4, 4, 4, 12])
        #expect(ids.businessId != ids.secondBusinessId)
        #expect(ids.productId.hasPrefix("OFFI") && ids.productId.dropFirst(4).allSatisfy(\.isNumber))
    }

    @Test("every V2 family's calls are POSTs of canonical JSON with testFlag=1, signed as the marketplace signs",
          arguments: [ProbeFamily.saasV2, .license, .orderNotify, .onlineLicense])
    func v2Signed(family: ProbeFamily) throws {
        let state = try Self.state()
        for probeCase in family.cases where probeCase.signing == .valid {
            let request = try Self.request(family, probeCase.name, state)
            #expect(request.method == "POST")
            #expect(CanonicalJSON.encode(body: request.body) == request.body)
            let body = try JSONParser.parse(request.body)
            guard case .object(let members) = body else { Issue.record("not an object"); continue }
            #expect(members.contains(JSONMember("testFlag", .string("1"))))
            #expect(members.contains(JSONMember("activity", .string(probeCase.activity))))
            #expect(throws: Never.self) { try Self.verifyV2(request, now: state.nowMilliseconds) }
        }
    }

    @Test("refusal cases are unsigned, signed with another key, or stale")
    func v2Refusals() throws {
        let state = try Self.state()
        let unsigned = try Self.request(.saasV2, "unsigned-refused", state)
        #expect(unsigned.query.isEmpty)
        #expect(throws: RequestSignatureError.signatureMismatch) {
            try Self.verifyV2(try Self.request(.saasV2, "wrong-signature-refused", state), now: state.nowMilliseconds)
        }
        let stale = try Self.request(.saasV2, "stale-signature-refused", state)
        #expect(stale.queryValue("timestamp") == String(state.nowMilliseconds - 600_000))
        #expect(throws: (any Error).self) { try Self.verifyV2(stale, now: state.nowMilliseconds) }
        #expect(throws: Never.self) { try Self.verifyV2(stale, now: state.nowMilliseconds - 600_000) }
    }

    @Test("V1 calls are GETs with timeStamp and an authToken the verifier accepts")
    func v1Signed() throws {
        let state = try Self.state()
        let request = try Self.request(.saasV1, "create", state)
        #expect(request.method == "GET" && request.body.isEmpty)
        let parameters = request.query.map { (name: $0.0, value: $0.1) }
        #expect(throws: Never.self) { try V1AuthToken.verify(parameters: parameters, accessKey: Self.key) }
        let timeStamp = try #require(request.queryValue("timeStamp"))
        #expect(timeStamp.count == 17 && timeStamp.allSatisfy(\.isNumber))
        #expect(request.queryValue("orderId") == state.ids.orderId && request.queryValue("testFlag") == "1")
        let wrong = try Self.request(.saasV1, "wrong-signature-refused", state).query.map { (name: $0.0, value: $0.1) }
        #expect(throws: V1AuthToken.Failure.mismatch) { try V1AuthToken.verify(parameters: wrong, accessKey: Self.key) }
        let unsigned = try Self.request(.saasV1, "unsigned-refused", state)
        #expect(unsigned.queryValue("authToken") == nil)
    }

    @Test("create-again repeats the order line with a new businessId")
    func createAgain() throws {
        let state = try Self.state()
        let first = try JSONParser.parse(try Self.request(.saasV2, "create", state).body)
        let again = try JSONParser.parse(try Self.request(.saasV2, "create-again", state).body)
        guard case .object(let one) = first, case .object(let two) = again else { throw ProbeFailure(reason: "", unreachable: false) }
        let value = { (members: [JSONMember], key: String) in members.first { $0.key == key }?.value }
        #expect(value(one, "orderLineId") == value(two, "orderLineId"))
        #expect(value(one, "businessId") != value(two, "businessId"))
    }
}
