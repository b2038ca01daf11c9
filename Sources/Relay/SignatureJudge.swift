import HTTPServer
import SellerCore
import Signing

/// Judges a call's signature with the seller's key, the way the seller's own interface should (and `koosim
/// isv` does): V2 and kit signatures with the published 60 s timestamp window and a nonce seen once; V1
/// tokens with no window (none is published), so only mismatch or missing. Without a key it does not judge.
struct SignatureJudge: Sendable {
    let accessKey: String?
    let nonces: NonceWindow
    let nowMilliseconds: @Sendable () -> Int64

    struct Judgement: Sendable, Equatable {
        var verdict: SignatureVerdict
        /// The work shown in the Calls detail (`SignatureWork.report`), or why there is none.
        var work: String
    }

    func judge(_ request: HTTPRequest, reading: CallReading, body: [UInt8]) -> Judgement {
        guard let accessKey, !accessKey.isEmpty else {
            return Judgement(verdict: .unchecked, work: "not checked: the relay has no access key (--key)")
        }
        let now = nowMilliseconds()
        switch reading.scheme {
        case .v1:
            guard let token = request.query("authToken"), !token.isEmpty else {
                return Judgement(verdict: .missing, work: "the V1 call has no authToken")
            }
            let work = SignatureWork.v1(parameters: V1AuthToken.parameters(fromQuery: request.rawQuery ?? ""),
                                        accessKey: accessKey, nowMilliseconds: now)
            return Judgement(verdict: work.signatureMatches ? .ok : .mismatch, work: work.report)
        case .v2:
            guard let signature = request.query(V2Signature.signatureParameter), !signature.isEmpty else {
                return Judgement(verdict: .missing, work: "the V2 call has no signature parameter")
            }
            let nonce = request.query(V2Signature.nonceParameter) ?? ""
            let work = SignatureWork.v2(signature: signature,
                                        timestamp: request.query(V2Signature.timestampParameter) ?? "",
                                        nonce: nonce, body: body, accessKey: accessKey, nowMilliseconds: now)
            return judgeTimed(work, nonce: nonce, now: now)
        case .kit:
            let sign = request.headers[KitSignature.signHeader] ?? ""
            guard !sign.isEmpty else { return Judgement(verdict: .missing, work: "the kit call has an empty x-sign") }
            let nonce = request.headers[KitSignature.nonceHeader] ?? ""
            let work = SignatureWork.kit(sign: sign, timestamp: request.headers[KitSignature.timestampHeader] ?? "",
                                         nonce: nonce, body: body, accessKey: accessKey, nowMilliseconds: now)
            return judgeTimed(work, nonce: nonce, now: now)
        }
    }

    /// Mismatch, then stale, then a nonce already seen; only a fresh, matching call's nonce is remembered.
    private func judgeTimed(_ work: SignatureWork, nonce: String, now: Int64) -> Judgement {
        guard work.signatureMatches else { return Judgement(verdict: .mismatch, work: work.report) }
        guard work.passes else { return Judgement(verdict: .stale, work: work.report) }
        guard !nonce.isEmpty, nonces.insert(nonce, now: now) else {
            return Judgement(verdict: .replayedNonce, work: work.report + "\nREPLAYED: nonce \(nonce.prefix(64)) "
                             + "was seen before inside the timestamp window")
        }
        return Judgement(verdict: .ok, work: work.report)
    }
}
