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

    public init(action: StoredValue<ActionKind>, state: State) {
        self.action = action
        self.state = state
    }

    public init(_ action: ActionKind, state: State = .pending) {
        self.init(action: .known(action), state: state)
    }

    /// Whether the action is still on its way (another action on the record must wait for it).
    public var isPending: Bool { state == .pending }
}
