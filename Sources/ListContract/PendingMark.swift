import SellerCore

/// The outbox's mark on a listed record (ARCHITECTURE §7): its newest action, still on its way or failed. The
/// store decodes it once from its column; the console's badge, `list`'s table and `--json` all read this value.
public struct PendingMark: Hashable, Sendable {
    public enum State: String, CaseIterable, Hashable, Sendable {
        /// Queued, being sent, or waiting for its next attempt.
        case pending
        /// Refused, or out of attempts: it waits for the seller's 重试 or 放弃.
        case failed
    }

    /// The action, by its outbox name (one this build does not know is kept as written).
    public var action: StoredValue<ActionKind>
    public var state: State
    /// Why a failed action failed (its outbox failure class), so the row can say it; nil while pending, and for
    /// a mark written before the store kept it.
    public var failure: StoredValue<OutboxFailure>?

    public init(action: StoredValue<ActionKind>, state: State, failure: StoredValue<OutboxFailure>? = nil) {
        self.action = action
        self.state = state
        self.failure = state == .failed ? failure : nil
    }

    public init(_ action: ActionKind, state: State = .pending) {
        self.init(action: .known(action), state: state)
    }

    /// Whether the action is still on its way (another action on the record must wait for it).
    public var isPending: Bool { state == .pending }
}
