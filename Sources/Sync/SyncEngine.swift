import Foundation
import MarketAPI
import MarketClient
import SellerCore
import SellerStore

/// Pulls every kind from the marketplace into the local store, page by page. Each page lands in one
/// transaction together with the cursor after it, so a sync killed at any point resumes exactly where the last
/// committed page ended, and re-running it stores nothing twice.
///
/// The store is a `StoreConnection`: every SQLite call runs on the connection's own queue, never on Swift's
/// cooperative pool, and the network waits on the client's thread, so a sync blocks no pool thread.
public final class SyncEngine: Sendable {
    let client: MarketClient
    let store: StoreConnection
    let pageSize: Int
    /// A first sync of a kind expecting at least this many records loads it in bulk (`LocalStore.beginBulkLoad`).
    let bulkLoadThreshold: Int

    public init(client: MarketClient, store: StoreConnection, pageSize: Int = GatewayPaths.maximumPageSize,
                bulkLoadThreshold: Int = 5_000) {
        self.client = client
        self.store = store
        self.pageSize = pageSize
        self.bulkLoadThreshold = bulkLoadThreshold
    }

    /// Syncs `kinds` in order. The next page is fetched while the current one is being written.
    public func run(_ kinds: [EntityKind] = EntityKind.synced,
                    progress: (SyncProgress) -> Void = { _ in }) async throws(SyncError) -> SyncSummary {
        let started = Date()
        var summary = SyncSummary()
        for kind in kinds {
            let kindStarted = Date()
            summary[kind] = try await sync(kind, progress: progress)
            try await refetchRejected(kind, into: &summary[kind])
            summary[kind].seconds = Date().timeIntervalSince(kindStarted)
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    private func sync(_ kind: EntityKind, progress: (SyncProgress) -> Void) async throws(SyncError) -> KindSummary {
        var result = KindSummary()
        var cursor: PageCursor?
        do {
            cursor = try await store.perform { try $0.syncCursor(kind) }.flatMap(PageCursor.init(token:))
        } catch {
            throw .store(kind, String(describing: error))
        }
        var received = 0
        let startedFromScratch = cursor == nil
        // Every token this sync asked with: a page pointing back at one would make the sync go round forever.
        var requested: Set<String> = [cursor?.token ?? ""]
        var page = try await Self.unwrap(fetch(kind, after: cursor), kind)
        // A gateway that does not say its total is taken at its word that more pages follow.
        let expected = page.total ?? (page.hasMore ? Int.max : page.records.count)
        let bulk = try await beginBulkLoad(kind, expecting: startedFromScratch ? expected : nil)
        var next = page.nextCursor ?? cursor
        var stalled = page.hasMore && !requested.insert(next?.token ?? "").inserted
        var following = page.hasMore && !stalled ? prefetch(kind, after: next) : nil
        defer { following?.cancel() }
        while true {
            // This page is written while the next one downloads; as soon as that one is in, the one after it
            // starts, so while pages remain neither the network nor the store waits for the other (the download
            // runs up to two pages ahead of the store). Each page's progress is reported when it is stored.
            let (writingPage, writingNext, downloading) = (page, next, following)
            following = nil
            var written: Result<PageWrite, SyncError>?
            var fetched: Result<ListPage, ClientError>?
            await withTaskGroup(of: PageStep.self) { group in
                group.addTask { .written(await self.writeResult(writingPage, kind: kind, next: writingNext)) }
                if let downloading {
                    group.addTask {
                        .fetched(await withTaskCancellationHandler { await downloading.value } onCancel: {
                            downloading.cancel()
                        })
                    }
                }
                for await step in group {
                    switch step {
                    case .written(let outcome):
                        written = outcome
                        guard case .success(let pageWrite) = outcome else { continue }
                        record(pageWrite, of: writingPage, into: &result, received: &received)
                        progress(SyncProgress(kind: kind, received: received,
                                              total: startedFromScratch ? writingPage.total : nil))
                    case .fetched(let outcome):
                        fetched = outcome
                        guard case .success(let nextPage) = outcome else { continue }
                        let cursorAfter = nextPage.nextCursor ?? writingNext
                        stalled = nextPage.hasMore && !requested.insert(cursorAfter?.token ?? "").inserted
                        if nextPage.hasMore && !stalled { following = prefetch(kind, after: cursorAfter) }
                        next = cursorAfter
                    }
                }
            }
            if case .failure(let error)? = written { throw error }
            guard let fetched else {
                if stalled { throw .stalled(kind, token: next?.token ?? "") }
                break
            }
            page = try Self.unwrap(fetched, kind)
        }
        if bulk {
            let total = startedFromScratch ? page.total : nil
            progress(SyncProgress(kind: kind, received: received, total: total, stage: .indexing))
            try await finishBulkLoad(kind)
            progress(SyncProgress(kind: kind, received: received, total: total, stage: .indexed))
        }
        return result
    }

    /// Loads `kind` in bulk when a first sync expects many records, or when a killed sync left a bulk load of it
    /// unfinished (that one is carried on whatever this sync expects). Returns whether it does.
    private func beginBulkLoad(_ kind: EntityKind, expecting total: Int?) async throws(SyncError) -> Bool {
        let threshold = bulkLoadThreshold
        do {
            return try await store.perform { store in
                guard try (total ?? 0) >= threshold || store.isBulkLoading(kind) else { return false }
                return try store.beginBulkLoad(kind)
            }
        } catch {
            throw .store(kind, String(describing: error))
        }
    }

    /// Builds the indexes a bulk load of `kind` left out; a failure leaves the load marked, for the next sync.
    private func finishBulkLoad(_ kind: EntityKind) async throws(SyncError) {
        do {
            try await store.perform { try $0.finishBulkLoad(kind) }
        } catch {
            throw .store(kind, String(describing: error))
        }
    }

    /// Starts downloading the page after `cursor`; a task of its own, so it can run ahead of the page being
    /// written. The sync cancels it when it ends early, and passes its own cancellation on while awaiting it.
    private func prefetch(_ kind: EntityKind, after cursor: PageCursor?) -> Task<Result<ListPage, ClientError>, Never> {
        Task { await self.fetch(kind, after: cursor) }
    }

    private func writeResult(_ page: ListPage, kind: EntityKind, next: PageCursor?) async -> Result<PageWrite, SyncError> {
        do throws(SyncError) {
            return .success(try await write(page, kind: kind, next: next))
        } catch {
            return .failure(error)
        }
    }

    /// What finished first while a page was written: the write, or the next page's download.
    private enum PageStep: Sendable {
        case written(Result<PageWrite, SyncError>)
        case fetched(Result<ListPage, ClientError>)
    }

    /// How one page's records landed.
    private struct PageWrite: Sendable {
        var added = 0, changed = 0, unchanged = 0
    }

    /// Stores one page, its rejected records and the cursor after it in one transaction, on the store's queue.
    /// A cancelled sync stops before writing: what was stored stays stored.
    private func write(_ page: ListPage, kind: EntityKind, next: PageCursor?) async throws(SyncError) -> PageWrite {
        if Task.isCancelled { throw .cancelled(kind) }
        do {
            return try await store.write { store in
                var written = PageWrite()
                try store.clearRejects(kind: kind, ids: page.records.map(\.id))
                for record in page.records {
                    switch try store.upsert(record) {
                    case .added: written.added += 1
                    case .changed: written.changed += 1
                    case .unchanged: written.unchanged += 1
                    }
                }
                let now = Timestamp(millis: Int64(Date().timeIntervalSince1970 * 1000))
                for reject in page.rejected {
                    try store.recordReject(kind: kind, id: reject.id ?? "#\(reject.position)",
                                           path: reject.error.path, reason: reject.error.reason, at: now)
                }
                try store.setSyncCursor(kind, token: next?.token, at: now)
                return written
            }
        } catch {
            throw .store(kind, String(describing: error))
        }
    }

    private func record(_ written: PageWrite, of page: ListPage, into result: inout KindSummary, received: inout Int) {
        result.added += written.added
        result.changed += written.changed
        result.unchanged += written.unchanged
        result.pages += 1
        result.rejected += page.rejected
        received += page.records.count + page.rejected.count
    }

    private static func unwrap(_ fetched: Result<ListPage, ClientError>, _ kind: EntityKind) throws(SyncError)
        -> ListPage {
        switch fetched {
        case .success(let page): return page
        case .failure(.cancelled): throw .cancelled(kind)
        case .failure(let error): throw .client(kind, error)
        }
    }

    /// One page from the gateway. The client answers `.cancelled` at once when the task is cancelled.
    private func fetch(_ kind: EntityKind, after cursor: PageCursor?) async -> Result<ListPage, ClientError> {
        do throws(ClientError) {
            return .success(try await client.listPage(kind, ListQuery(limit: pageSize, after: cursor)))
        } catch {
            return .failure(error)
        }
    }
}
