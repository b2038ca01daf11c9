import SellerStore

// What an attempt's result means for the outbox's record of it: whether the action may have been applied, and
// the class of a failure, which the CLI's exit status and the console's words are read from.
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

    /// The class of a refusal, read from the marketplace's answer it came from: refused keys, a state that does
    /// not allow the action (409), or any other refusal (a bad request, a local file that changed).
    var failure: OutboxFailure {
        guard case .refused(_, let cause) = self else { return .gaveUp }
        switch cause {
        case .authentication?: return .keysRefused
        case .rejected(409, _, _)?: return .notAllowed
        default: return .refused
        }
    }
}
