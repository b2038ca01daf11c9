import Foundation
import MarketAPI
import MarketClient
import SellerCore

/// What one attempt to send an action came to, as the sender acts on it.
public enum AttemptResult: Equatable, Sendable {
    /// The marketplace applied the action (now or on an earlier attempt with the same key); the record as it is
    /// after the action, when the answer could be read.
    case applied(SellerRecord?)
    /// Nothing is known to have happened, or it may have: send again later with the same key. `cause` is the
    /// failed request's error, recorded as the last answer if the action runs out of attempts.
    case retry(reason: String, retryAfter: Double?, cause: ClientError? = nil)
    /// The marketplace (or the local file) says no, and sending again would get the same answer. `failure` is
    /// the same as data (class, and the marketplace's status, code and message when it answered), so the outbox
    /// records it without reading `reason`'s words.
    case refused(reason: String, failure: ActionFailure)

    /// Derived from the client's one status classifier: what a failed request means for the action. A
    /// transport failure may or may not have been applied; the idempotency key makes resending safe.
    init(_ error: ClientError) {
        switch error {
        case .cancelled:
            self = .retry(reason: "stopped", retryAfter: nil)
        case .authentication:
            self = .refused(reason: "the marketplace refused the keys or signature (\(error))",
                            failure: ActionFailure(error))
        default:
            self = error.isRetryable ? .retry(reason: error.description, retryAfter: error.retryAfter, cause: error)
                : .refused(reason: error.description, failure: ActionFailure(error))
        }
    }

    /// Reads an answer that is not a 2xx through the same classifier (a 2xx reads as applied, record unknown).
    static func classify(_ exchange: HTTPExchange) -> AttemptResult {
        ClientError(exchange: exchange).map(AttemptResult.init) ?? .applied(nil)
    }

    /// A failed request, for callers that hold its error.
    static func transport(_ error: ClientError) -> AttemptResult { AttemptResult(error) }
}
