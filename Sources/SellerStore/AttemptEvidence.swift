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
