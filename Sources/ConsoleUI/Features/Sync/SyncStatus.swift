import Localization
import SellerCore
import TermUI

/// How far a running sync has come, for the status bar.
public struct SyncProgressInfo: Hashable, Sendable {
    public var kind: EntityKind
    public var received: Int
    public var total: Int?
    /// The kind's pages are stored and its indexes are being built.
    public var indexing = false
}

/// The sync feature: whether a sync runs, how the last one went, when the next background one is due, and
/// when the lists were last refreshed because the store changed (at most once a second).
public struct SyncStatus: Hashable, Sendable {
    /// Whether a marketplace is configured (a store opened offline cannot sync).
    public var available: Bool
    /// Seconds between background syncs; nil or 0 turns them off.
    public var intervalSeconds: Int?
    public var running = false
    public var progress: SyncProgressInfo?
    public var startedAt: Timestamp?
    public var lastReport: SyncReport?
    /// When lists were last refreshed because the store changed.
    public var lastRefreshAt: Timestamp?
    /// The store changed while lists were refreshed less than a second ago: what to refresh on a later tick.
    var pendingRefresh: StoreChanges?

    public init(available: Bool, intervalSeconds: Int?) {
        self.available = available
        self.intervalSeconds = intervalSeconds
    }

    /// `r` and `:sync`: refused with a toast when no marketplace is configured or a sync already runs.
    /// Offline it says why `r` does nothing and what makes it work.
    mutating func request(at now: Timestamp, language: Language, toasts: inout Toasts) -> [Effect] {
        guard available else {
            toasts.show(ScreenMessageText.offline(language), kind: .warn, at: now)
            return []
        }
        guard !running else {
            toasts.show(ScreenMessageText.syncRunning(language), kind: .info, at: now)
            return []
        }
        return start(at: now)
    }

    mutating func start(at now: Timestamp) -> [Effect] {
        running = true
        startedAt = now
        progress = nil
        return [.startSync]
    }

    /// Whether the background sync is due at `time` (the interval since the last one ended, or started).
    func backgroundDue(at time: Timestamp) -> Bool {
        guard available, !running, let interval = intervalSeconds, interval > 0 else { return false }
        guard let last = lastReport?.finishedAt ?? startedAt else { return false }
        return time.millis - last.millis >= Int64(interval) * 1000
    }

    /// The sync ended: a toast when it failed or rejected records; the log line.
    mutating func finish(_ report: SyncReport, at now: Timestamp, language: Language,
                         toasts: inout Toasts) -> [Effect] {
        running = false
        progress = nil
        lastReport = report
        if let error = report.error {
            toasts.show(ScreenMessageText.syncFailed(error.phrase ?? Phrase(verbatim: error.description))(language),
                        kind: .error, at: now)
        } else if report.rejected > 0 {
            toasts.show(ScreenMessageText.syncRejected(report.rejected)(language), kind: .warn, at: now)
        }
        return [.log(report.error.map { "sync failed: \($0)" }
            ?? "sync finished: \(report.changed) changed, \(report.rejected) rejected")]
    }

    /// What to refresh now for `changes` (with whatever an earlier, held-back refresh owes), or nil when the
    /// last refresh was less than a second ago and this one is held back too (unless `force`). With
    /// `onlyPending`, only a held-back refresh is considered.
    mutating func refreshDue(_ changes: StoreChanges, force: Bool, onlyPending: Bool,
                             at now: Timestamp) -> StoreChanges? {
        if onlyPending && pendingRefresh == nil { return nil }
        let changes = pendingRefresh.map { $0.union(changes) } ?? changes
        if !force, let last = lastRefreshAt, now.millis - last.millis < 1000 {
            pendingRefresh = changes
            return nil
        }
        pendingRefresh = nil
        lastRefreshAt = now
        return changes
    }
}
