import ListContract
import SellerCore

/// Whether a relay is writing to this store and how busy it is, for the status bar (issue 12). The relay is
/// another process, so nothing tells the console when it writes: the store is asked every two seconds by the
/// clock (like the outbox poll), and when the relay has journalled more calls since the last answer the lists it
/// feeds (calls, exceptions, orders, instances) are refreshed.
public struct RelayWatch: Equatable, Sendable {
    /// Nil while no relay runs (the status bar then says nothing about it).
    public internal(set) var activity: RelayActivity?
    var nextPollAt: Timestamp?

    static let pollSeconds: Int64 = 2

    public init() {}

    /// True when a poll is due at `now` (the first one on the first tick).
    mutating func pollDue(at now: Timestamp) -> Bool {
        if let due = nextPollAt, now < due { return false }
        nextPollAt = now.adding(seconds: RelayWatch.pollSeconds)
        return true
    }

    /// Takes the answer; the changes to refresh when the relay journalled something since the last one.
    mutating func receive(_ new: RelayActivity?) -> StoreChanges {
        let old = activity
        activity = new
        guard let new else { return StoreChanges() }
        let moved = old.map { $0.journalled != new.journalled || $0.lastCallAt != new.lastCallAt } ?? true
        return moved ? StoreChanges(kinds: [.calls, .exceptions, .orders, .instances]) : StoreChanges()
    }
}
