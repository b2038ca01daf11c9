import Foundation
import MarketAPI
import MarketClient
import SellerCore

/// What one attempt to send an action came to, as the sender acts on it.
public enum AttemptResult: Equatable, Sendable {
    /// The marketplace applied the action (now or on an earlier attempt with the same key); the record as it is
    /// after the action, when the answer could be read.
    case applied(SellerRecord?)
    /// Nothing is known to have happened, or it may have: send again later with the same key.
    case retry(reason: String, retryAfter: Double?)
    /// The marketplace (or the local file) says no, and sending again would get the same answer.
    case refused(reason: String)

    /// Reads an answer that is not a 2xx: what to do about it.
    static func classify(_ exchange: HTTPExchange) -> AttemptResult {
        let error = APIErrorBody.decode(exchange.body)
        let code = error?.code ?? "HTTP.\(exchange.status)"
        let detail = "\(exchange.status) \(code)" + ((error?.message).map { $0.isEmpty ? "" : ": \($0)" } ?? "")
        let retryAfter = MarketClient.retryAfterSeconds(exchange.headers["retry-after"])
        switch exchange.status {
        case 429, 503: return .retry(reason: detail, retryAfter: retryAfter ?? 1)
        case 500...: return .retry(reason: detail, retryAfter: retryAfter)
        case 408: return .retry(reason: detail, retryAfter: nil)
        case 401, 403: return .refused(reason: "the marketplace refused the keys or signature (\(detail))")
        default: return .refused(reason: detail)
        }
    }

    /// A transport failure: the request may or may not have been applied; the idempotency key makes resending safe.
    static func transport(_ error: ClientError) -> AttemptResult {
        .retry(reason: error.description, retryAfter: nil)
    }
}
