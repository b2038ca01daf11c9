import MarketClient
import SellerCore
import SellerStore

// What an attempt's result means for the outbox's record of it: whether the action may have been applied, and
// why it failed as data, which the CLI's exit status and the console's words are read from.
extension AttemptResult {
    /// `.retry` joins a transport failure (no answer: it may have been applied) with answers that applied nothing
    /// (503, 429, other 5xx), so it counts as unanswered: the worst case costs one outcome lookup before a
    /// discard. A refusal may be of the keys, which says nothing about an earlier attempt, so it keeps the doubt.
    var evidence: AttemptEvidence {
        switch self {
        case .applied: .settled
        case .retry: .unanswered
        case .refused: .notProcessed
        }
    }

    /// A refusal of the local side (a delivery's file), its reason also the failure's message.
    static func refusal(_ kind: OutboxFailure, _ reason: String) -> AttemptResult {
        .refused(reason: reason, failure: ActionFailure(kind, message: reason))
    }

    /// How a failed action is recorded: a refusal as it came; a retry that ran out of attempts as exhausted, with
    /// the last answer's status, code and message when a request failed with one.
    var failure: ActionFailure {
        switch self {
        case .refused(_, let failure):
            return failure
        case .retry(_, _, let cause?):
            var failure = ActionFailure(cause)
            failure.kind = .gaveUp
            return failure
        case .retry(let reason, _, nil):
            return ActionFailure(.gaveUp, message: reason)
        case .applied:
            return ActionFailure(.gaveUp)
        }
    }
}

extension ActionFailure {
    /// A refusal read from the marketplace's answer it came from: refused keys, a state that does not allow the
    /// action (409), or any other refusal, with the answer's status, code and message.
    init(_ error: ClientError) {
        switch error {
        case .authentication(let status, let code, let message):
            self.init(.keysRefused, httpStatus: status, errorCode: code, message: message)
        case .rejected(let status, let code, let message):
            self.init(status == 409 ? .notAllowed : .refused, httpStatus: status, errorCode: code, message: message)
        case .server(let status, let code, let message, _):
            self.init(.refused, httpStatus: status, errorCode: code, message: message)
        case .redirected(let status, let location):
            self.init(.refused, httpStatus: status, message: "redirected to \(location)")
        default:
            self.init(.refused, message: error.description)
        }
    }
}
