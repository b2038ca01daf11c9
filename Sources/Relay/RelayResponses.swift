import HTTPServer
import MarketClient
import SellerCore
import Signing

/// The answers the relay gives itself: the upstream's answer passed through, the documented authentication
/// error under `--enforce-signature`, and 502 when the upstream gave no answer.
enum RelayResponses {
    /// The upstream's status, body and the headers the marketplace reads (`Content-Type`, `Body-Sign`), as
    /// they came. The HTTP server adds only the framing (Content-Length, Date, Connection).
    static func passThrough(_ exchange: HTTPExchange) -> HTTPResponse {
        var headers: HTTPHeaders = [:]
        if let type = exchange.headers["content-type"] { headers.add("Content-Type", type) }
        if let sign = exchange.headers["body-sign"] { headers.add(BodySign.headerName, sign) }
        return HTTPResponse(status: exchange.status, headers: headers, body: exchange.body)
    }

    /// `{"resultCode":"000001","resultMsg":"…"}` with HTTP 200 (docs/KOOGALLERY.md §3.8); a V1 answer is signed
    /// with `Body-Sign` as every V1 answer must be (§4.3).
    static func authenticationError(_ verdict: SignatureVerdict, v1: Bool, accessKey: String?) -> HTTPResponse {
        let object = JSONValue.object([
            JSONMember("resultCode", .string("000001")),
            JSONMember("resultMsg", .string("authentication failed: \(reason(verdict))")),
        ])
        let body = CanonicalJSON.encode(object) ?? []
        var headers: HTTPHeaders = ["Content-Type": "application/json;charset=UTF-8"]
        if v1, let accessKey, !accessKey.isEmpty {
            headers.add(BodySign.headerName, BodySign.headerValue(body: body, accessKey: accessKey))
        }
        return HTTPResponse(status: 200, headers: headers, body: body)
    }

    /// What the marketplace gets when the upstream gave no answer: a 502 with one line of text (it would have
    /// seen a timeout or a refused connection; either way the call fails and is retried by its policy).
    static func badGateway(timedOut: Bool) -> HTTPResponse {
        .text(timedOut ? "502 relay: the production interface did not answer in time\n"
                       : "502 relay: the production interface could not be reached\n", status: 502)
    }

    private static func reason(_ verdict: SignatureVerdict) -> String {
        switch verdict {
        case .mismatch: "the signature does not match"
        case .stale: "the timestamp is outside the allowed window"
        case .missing: "the signature is missing"
        case .replayedNonce: "the nonce was used before"
        case .ok, .unchecked: "refused"
        }
    }
}
