import Localization

/// An action that the state machine does not allow in the target's current state. It says why, so the console
/// can refuse at once with a reason and the simulator can answer 409 with the same words.
public struct TransitionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Machine-readable code, e.g. `SUPERVISION.ILLEGAL_TRANSITION`.
    public var code: String
    public var state: String
    public var action: String
    /// Why, as an English sentence (the simulator's 409, the command line).
    public var reason: String
    /// Why, as a whole Chinese sentence for the console, so a refusal is never half one language, half the other.
    public var chineseReason: String

    public init(code: String, state: String, action: String, reason: String, chineseReason: String) {
        self.code = code
        self.state = state
        self.action = action
        self.reason = reason
        self.chineseReason = chineseReason
    }

    public var description: String { "\(action) is not allowed in state \(state): \(reason)" }
}


extension TransitionError {
    /// Why, in both languages (each a whole sentence).
    public var reasonPhrase: Phrase { Phrase(zh: chineseReason, en: reason) }
}
