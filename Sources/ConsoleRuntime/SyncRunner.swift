import ConsoleUI
import Foundation
import MarketClient
import SellerCore
import SellerStore
import Sync
import Synchronization

/// Runs a sync in the background with its own read-write store connection (a `StoreConnection`, so no SQLite
/// call runs on the cooperative pool) and reports to the console:
/// progress and "the store changed" after every page (the console refreshes at most once a second), then
/// the outcome. Only one sync runs at a time; the console asks for the next one when this one has finished.
public final class SyncRunner: Sendable {
    /// Records per page: smaller than the `sync` command's 1,000, because a page and the one prefetched behind
    /// it are decoded in memory while the console is also holding its own (ARCHITECTURE §11 memory budget).
    static let pageSize = 200

    private let storePath: String
    private let client: ClientConfiguration
    private let inbox: Inbox
    private let clock: @Sendable () -> Timestamp
    private let task = Mutex<Task<Void, Never>?>(nil)

    public init(storePath: String, client: ClientConfiguration, inbox: Inbox,
                clock: @escaping @Sendable () -> Timestamp) {
        self.storePath = storePath
        self.client = client
        self.inbox = inbox
        self.clock = clock
    }

    /// The sync runner's side of `.sync` effects.
    public func perform(_ request: SyncRequest) {
        switch request {
        case .start: start()
        }
    }

    public func start() {
        task.withLock { running in
            guard running == nil else { return }
            running = Task.detached { [self] in
                let report = await runOnce()
                clearTask()
                inbox.post(.syncFinished(report))
            }
        }
    }

    /// Waits for a running sync to end (on quit, so the store is closed cleanly).
    public func cancelAndWait() async {
        let running = task.withLock { $0 }
        running?.cancel()
        await running?.value
    }

    private func clearTask() {
        task.withLock { $0 = nil }
    }

    private func runOnce() async -> SyncReport {
        let store: StoreConnection
        do {
            store = try await StoreConnection.open(path: storePath, memory: .compact)
        } catch {
            return SyncReport(finishedAt: clock(), changed: 0, rejected: 0,
                              error: SyncFailure(.storeUnavailable, String(describing: error)))
        }
        let report = await sync(store)
        try? await store.close()
        return report
    }

    private func sync(_ store: StoreConnection) async -> SyncReport {
        let engine = SyncEngine(client: MarketClient(configuration: client), store: store, pageSize: Self.pageSize)
        let inbox = self.inbox
        do {
            let summary = try await engine.run { progress in
                inbox.post(.syncProgress(kind: progress.kind, received: progress.received, total: progress.total,
                                         indexing: progress.stage == .indexing))
                // An index build starting stores no rows: the lists refresh after its pages and once it ends.
                if progress.stage != .indexing { inbox.post(.storeChanged(.records(progress.kind))) }
            }
            let changed = summary.kinds.values.reduce(0) { $0 + $1.added + $1.changed + $1.recovered }
            return SyncReport(finishedAt: clock(), changed: changed, rejected: summary.totalRejected, error: nil)
        } catch {
            return SyncReport(finishedAt: clock(), changed: 0, rejected: 0, error: SyncFailure(error))
        }
    }
}

extension SyncFailure {
    /// The console's view of why the engine stopped; the description is the engine's own.
    init(_ error: SyncError) {
        switch error {
        case .client(let kind, _):
            self.init(.marketplace, kind: kind, error.description, phrase: SyncFailureText.phrase(error))
        case .store(let kind, _): self.init(.store, kind: kind, error.description, phrase: SyncFailureText.phrase(error))
        case .cancelled(let kind):
            self.init(.cancelled, kind: kind, error.description, phrase: SyncFailureText.phrase(error))
        case .stalled(let kind, _):
            self.init(.stalled, kind: kind, error.description, phrase: SyncFailureText.phrase(error))
        }
    }
}
