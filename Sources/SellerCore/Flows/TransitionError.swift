/// An action that the state machine does not allow in the target's current state. It says why, so the console
/// can refuse at once with a reason and the simulator can answer 409 with the same words.
public struct TransitionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Machine-readable code, e.g. `SUPERVISION.ILLEGAL_TRANSITION`.
    public var code: String
    public var state: String
    public var action: String
    public var reason: String

    public init(code: String, state: String, action: String, reason: String) {
        self.code = code
        self.state = state
        self.action = action
        self.reason = reason
    }

    public var description: String { "\(action) is not allowed in state \(state): \(reason)" }
}
