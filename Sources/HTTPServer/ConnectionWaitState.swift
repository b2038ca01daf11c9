/// Where a connection stands while it sits on the polling thread without a complete request head, and until
/// when it may stay there.
struct ConnectionWaitState {
    enum Phase: Equatable {
        /// Accepted, no byte yet: its first head must be complete within `headTimeout` of the accept.
        case fresh
        /// Between requests on a keep-alive connection: `idleTimeout` for the next head to begin.
        case idle
        /// Part of a head has arrived: the rest must follow by the head's deadline, or 408.
        case partial
        /// An error answer was sent and the write side shut down: what the client still sends is read and
        /// discarded for a moment, so closing over unread input cannot reset the answer away.
        case lingering
    }

    private(set) var phase: Phase
    /// When the connection began waiting: the oldest is shed first.
    private(set) var since: MonotonicDeadline
    private(set) var deadline: MonotonicDeadline
    /// Bytes thrown away while lingering.
    var discarded = 0

    private init(phase: Phase, deadline: MonotonicDeadline) {
        self.phase = phase
        since = .now
        self.deadline = deadline
    }

    static func fresh(headTimeout: Double) -> ConnectionWaitState {
        ConnectionWaitState(phase: .fresh, deadline: .after(headTimeout))
    }

    static func idle(idleTimeout: Double) -> ConnectionWaitState {
        ConnectionWaitState(phase: .idle, deadline: .after(idleTimeout))
    }

    static func partial(headTimeout: Double) -> ConnectionWaitState {
        ConnectionWaitState(phase: .partial, deadline: .after(headTimeout))
    }

    static func lingering(seconds: Double) -> ConnectionWaitState {
        ConnectionWaitState(phase: .lingering, deadline: .after(seconds))
    }

    /// The first bytes of a head arrived. A fresh connection keeps its deadline from the accept, so sending
    /// one byte early buys nothing; an idle one starts the head's clock now.
    mutating func headStarted(headTimeout: Double) {
        switch phase {
        case .fresh: phase = .partial
        case .idle:
            phase = .partial
            deadline = .after(headTimeout)
        case .partial, .lingering: break
        }
    }

    /// Which connections go first when too many wait: lingering ones (already answered), then those without a
    /// complete request yet (slow or silent clients), and idle keep-alive ones last; the oldest first within
    /// each.
    var shedOrder: (Int, UInt64) {
        let rank: Int
        switch phase {
        case .lingering: rank = 0
        case .fresh, .partial: rank = 1
        case .idle: rank = 2
        }
        return (rank, since.nanoseconds)
    }
}
