import SellerCore

/// What the status bar says about a relay writing to this store (issue 12): only while one runs (a
/// `relay_status` row not stopped, with a recent heartbeat). The minute's counts are of every journalled call
/// (the seller's replays among them: few, and they are calls the relay carried too).
public struct RelayActivity: Hashable, Sendable {
    /// Relays running now (usually one).
    public var relays: Int
    /// Calls received in the minute before the poll.
    public var callsLastMinute: Int
    /// Of those, the calls that failed by the marketplace's rules.
    public var failuresLastMinute: Int
    /// The newest call's arrival, nil when the journal is empty.
    public var lastCallAt: Timestamp?
    /// Journal writes the running relays could not make (calls forwarded, but not recorded).
    public var lostWrites: Int
    /// Calls the running relays have journalled since they started: when it moves, the lists are stale.
    public var journalled: Int

    public init(relays: Int, callsLastMinute: Int, failuresLastMinute: Int, lastCallAt: Timestamp?, lostWrites: Int,
                journalled: Int) {
        self.relays = relays
        self.callsLastMinute = callsLastMinute
        self.failuresLastMinute = failuresLastMinute
        self.lastCallAt = lastCallAt
        self.lostWrites = lostWrites
        self.journalled = journalled
    }
}
