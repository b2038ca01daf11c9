import Foundation
import MarketAPI
import MarketClient
import SellerCore
import SellerStore

/// Pulls every kind from the marketplace into the local store, page by page. Each page lands in one
/// transaction together with the cursor after it, so a sync killed at any point resumes exactly where the last
/// committed page ended, and re-running it stores nothing twice.
public final class SyncEngine {
    let client: MarketClient
    let store: LocalStore
    let pageSize: Int

    public init(client: MarketClient, store: LocalStore, pageSize: Int = GatewayPaths.maximumPageSize) {
        self.client = client
        self.store = store
        self.pageSize = pageSize
    }

    /// Syncs `kinds` in order. The next page is fetched while the current one is being written.
    public func run(_ kinds: [EntityKind] = EntityKind.allCases,
                    progress: (SyncProgress) -> Void = { _ in }) async throws(SyncError) -> SyncSummary {
        let started = Date()
        var summary = SyncSummary()
        for kind in kinds {
            let kindStarted = Date()
            summary[kind] = try await sync(kind, progress: progress)
            summary[kind].seconds = Date().timeIntervalSince(kindStarted)
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    private func sync(_ kind: EntityKind, progress: (SyncProgress) -> Void) async throws(SyncError) -> KindSummary {
        var result = KindSummary()
        var cursor: PageCursor?
        do {
            cursor = try store.syncCursor(kind).flatMap(PageCursor.init(token:))
        } catch {
            throw .store(kind, String(describing: error))
        }
        var received = 0
        let startedFromScratch = cursor == nil
        // Every token this sync asked with: a page pointing back at one would make the sync go round forever.
        var requested: Set<String> = [cursor?.token ?? ""]
        var pending = fetch(kind, after: cursor)
        while true {
            // A cancelled sync (the console quitting) stops at once: the request in flight is abandoned, and
            // what was stored stays stored.
            if Task.isCancelled { pending.cancel(); throw .cancelled(kind) }
            let page: ListPage
            let fetched = pending
            switch await withTaskCancellationHandler(operation: { await fetched.value }, onCancel: { fetched.cancel() }) {
            case .success(let value): page = value
            case .failure(.cancelled): throw .cancelled(kind)
            case .failure(let error): throw .client(kind, error)
            }
            let next = page.nextCursor ?? cursor
            let stalled = page.hasMore && !requested.insert(next?.token ?? "").inserted
            if page.hasMore && !stalled { pending = fetch(kind, after: next) }
            do {
                try store.write {
                    for record in page.records {
                        switch try store.upsert(record) {
                        case .added: result.added += 1
                        case .changed: result.changed += 1
                        case .unchanged: result.unchanged += 1
                        }
                    }
                    let now = Timestamp(millis: Int64(Date().timeIntervalSince1970 * 1000))
                    for reject in page.rejected {
                        try store.recordReject(kind: kind, id: reject.id ?? "#\(reject.position)",
                                               path: reject.error.path, reason: reject.error.reason, at: now)
                    }
                    try store.setSyncCursor(kind, token: next?.token, at: now)
                }
            } catch {
                pending.cancel()
                throw .store(kind, String(describing: error))
            }
            result.pages += 1
            result.rejected += page.rejected
            received += page.records.count + page.rejected.count
            // A total means "how far along" only when this sync started from the beginning of the list.
            progress(SyncProgress(kind: kind, received: received, total: startedFromScratch ? page.total : nil))
            cursor = next
            if stalled { throw .stalled(kind, token: next?.token ?? "") }
            guard page.hasMore else { break }
        }
        return result
    }

    private func fetch(_ kind: EntityKind, after cursor: PageCursor?) -> Task<Result<ListPage, ClientError>, Never> {
        let client = client
        let query = ListQuery(limit: pageSize, after: cursor)
        return Task {
            do throws(ClientError) {
                return .success(try await client.listPage(kind, query))
            } catch {
                return .failure(error)
            }
        }
    }
}
