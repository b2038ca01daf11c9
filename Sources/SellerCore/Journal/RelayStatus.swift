/// A relay that writes (or wrote) to this store, as the console's status bar shows it.
public struct RelayStatus: Equatable, Sendable {
    public var relayId: String
    public var pid: Int
    public var listen: String
    public var upstream: String
    public var startedAt: Timestamp
    public var heartbeatAt: Timestamp
    /// Set by a graceful stop; a relay that was killed keeps nil, and its heartbeat stops.
    public var stoppedAt: Timestamp?
    public var calls: Int
    /// Journal writes that failed (the calls were forwarded all the same).
    public var lostWrites: Int

    public init(relayId: String, pid: Int, listen: String, upstream: String, startedAt: Timestamp,
                heartbeatAt: Timestamp, stoppedAt: Timestamp?, calls: Int, lostWrites: Int) {
        self.relayId = relayId
        self.pid = pid
        self.listen = listen
        self.upstream = upstream
        self.startedAt = startedAt
        self.heartbeatAt = heartbeatAt
        self.stoppedAt = stoppedAt
        self.calls = calls
        self.lostWrites = lostWrites
    }

    /// Running as far as the store can tell: not stopped, and a heartbeat within `staleAfter` seconds of `now`.
    public func isRunning(at now: Timestamp, staleAfter seconds: Int64) -> Bool {
        stoppedAt == nil && now.millis - heartbeatAt.millis <= seconds * 1000
    }
}

/// The journal's recent traffic, for the status bar: calls and failures since a time, and the newest call.
public struct JournalActivity: Equatable, Sendable {
    public var calls: Int
    public var failures: Int
    public var lastCallAt: Timestamp?

    public init(calls: Int, failures: Int, lastCallAt: Timestamp?) {
        self.calls = calls
        self.failures = failures
        self.lastCallAt = lastCallAt
    }
}
