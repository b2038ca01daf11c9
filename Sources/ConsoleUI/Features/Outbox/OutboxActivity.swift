import SellerCore

/// The outbox as the rest of the console sees it: how many actions are unfinished (the tab's badge), the
/// deliveries uploading now (the status bar), and when to read them back next.
public struct OutboxActivity: Equatable, Sendable {
    public internal(set) var count: Int?
    public internal(set) var uploads: [OutboxItem] = []
    /// When the outbox is read back next while something in it is unfinished (nil when nothing is).
    var nextPollAt: Timestamp?

    public init() {}

    /// Takes a new count; true when it changed (the sender finished or failed something, so rows' badges change).
    mutating func receiveCount(_ newCount: Int) -> Bool {
        let changed = count.map { $0 != newCount } ?? false
        count = newCount
        return changed
    }

    mutating func receiveUploads(_ items: [OutboxItem]) {
        uploads = items.filter { $0.state == .sending && $0.progress != nil && $0.action.kind == .deliver }
    }

    /// The console's own sender reports each finished attempt (`.storeChanged`); what it does not report is
    /// upload progress, and work done by another process (an action command): read those back every second
    /// while an upload runs, every five seconds while anything else is unfinished. Scheduled by the clock, so
    /// it does not depend on how often the runtime ticks. True when a poll is due now.
    mutating func pollDue(at now: Timestamp) -> Bool {
        guard (count ?? 0) > 0 || !uploads.isEmpty else {
            nextPollAt = nil
            return false
        }
        let soonest = now.adding(seconds: uploads.isEmpty ? 5 : 1)
        guard let due = nextPollAt else {
            nextPollAt = soonest
            return false
        }
        guard now >= due else {
            if soonest < due { nextPollAt = soonest }   // an upload started: poll sooner
            return false
        }
        nextPollAt = soonest
        return true
    }
}
