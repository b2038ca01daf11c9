/// Why an outbox action failed, kept as data beside its message so the CLI's exit status and the console's words
/// never depend on how an error was phrased.
public enum OutboxFailure: String, Sendable, CaseIterable {
    /// The marketplace refused the keys or the signature (401/403): no action can succeed until they are fixed.
    case keysRefused = "keys-refused"
    /// The target's state does not allow the action (409).
    case notAllowed = "not-allowed"
    /// Any other refusal, by the marketplace (400, 404, 410, 422) or of the local file.
    case refused = "refused"
    /// It ran out of attempts without a final answer.
    case gaveUp = "gave-up"
    /// Its stored payload cannot be read by this build.
    case unreadable = "unreadable"
}

/// What one attempt's ending says about whether the action may have been applied, which decides whether
/// giving it up later needs an outcome lookup first (Assets/api/seller-gateway.md, "Outcome lookup").
public enum AttemptEvidence: Sendable, Equatable {
    /// The request may have reached the marketplace and no answer came back (timeout, reset, truncated): it may
    /// have been applied. The doubt stays until an answer or a lookup settles it.
    case unanswered
    /// An answer about this attempt alone (503, 429, the keys refused, a local failure before sending): it changed
    /// nothing, but says nothing about an earlier unanswered attempt, so any doubt stays as it was.
    case notProcessed
    /// An answer for the key itself (applied, or a final refusal that the gateway remembers for the key).
    case settled
}
