import Foundation
import MarketAPI
import MarketClient
import SellerCore
import SellerStore

// Records a sync could not decode are never dropped (issue 13): the cursor has moved past them, so after the
// kind's pages each one still on the store's rejected list is asked for again by id. A copy that decodes is
// stored and leaves the list; one that still fails stays, with the newest reason; one the marketplace no longer
// has leaves it too.
extension SyncEngine {
    /// Rejected records asked for again per kind and sync: a bound on the requests, oldest sighting first, so
    /// every rejected record gets its turn over a few syncs even when there are many.
    static let refetchLimit = 200

    func refetchRejected(_ kind: EntityKind, into summary: inout KindSummary) async throws(SyncError) {
        let justRejected = Set(summary.rejected.compactMap(\.id))
        let ids: [String]
        do {
            ids = try await store.perform { try $0.rejectedIDs(kind, limit: Self.refetchLimit) }
        } catch {
            throw .store(kind, String(describing: error))
        }
        for (position, id) in ids.enumerated() where !justRejected.contains(id) {
            if Task.isCancelled { throw .cancelled(kind) }
            let answer: Result<SellerRecord, ClientError>
            do throws(ClientError) {
                answer = .success(try await client.record(kind, id: id))
            } catch {
                answer = .failure(error)
            }
            do {
                switch answer {
                case .success(let record):
                    try await store.write { store in
                        try store.upsert(record)
                        try store.clearReject(kind: kind, id: id)
                    }
                    summary.recovered += 1
                case .failure(.decoding(let path, let reason)):
                    let now = Timestamp(millis: Int64(Date().timeIntervalSince1970 * 1000))
                    try await store.write {
                        try $0.recordReject(kind: kind, id: id, path: path, reason: reason, at: now)
                    }
                    summary.stillRejected.append(RejectedRecord(kind: kind, position: position, id: id,
                                                           error: JSONFieldError(path: path, reason: reason)))
                case .failure(.rejected(404, _, _)):
                    try await store.write { try $0.clearReject(kind: kind, id: id) }
                case .failure(.cancelled):
                    throw SyncError.cancelled(kind)
                case .failure(let error):
                    // The marketplace did not answer this time: the record stays on the list for the next sync.
                    summary.unreachable += 1
                    if error.isAuthentication { throw SyncError.client(kind, error) }
                }
            } catch let error as SyncError {
                throw error
            } catch {
                throw .store(kind, String(describing: error))
            }
        }
    }
}
