import Foundation
import MarketClient
import SellerCore
import SellerStore
import Sync

/// One sync from a simulator at `baseURL` into the store at `path`, through the shipped path (`SyncEngine`,
/// `MarketClient`, a `StoreConnection`), measured from outside the engine: both benchmarks run it.
struct BenchmarkSync {
    /// What the sync did and cost.
    struct Outcome {
        var summary: SyncSummary
        /// This process's CPU during the sync.
        var cpu: CPUTimes
        var figures: StoreFileFigures?
        /// With `profile`: nanoseconds spent inside the store's write transactions, per kind: storing its pages,
        /// and building the indexes a bulk load left out.
        var writing: [EntityKind: Int64]?
        var indexing: [EntityKind: Int64]?

        var ordersPerSecond: Int { Self.rate(summary[.orders].added, summary[.orders].seconds) }

        static func rate(_ count: Int, _ seconds: Double) -> Int { Int(Double(count) / max(seconds, 1e-9)) }
    }

    var baseURL: String
    var accessKey: String
    var secretKey: String
    var storePath: String
    var profile = false

    func run() async throws -> Outcome {
        var client = ClientConfiguration(baseURL: baseURL, accessKey: accessKey, secretKey: secretKey)
        client.timeout = 30
        let timer = profile ? TransactionTimer() : nil
        let before = CPUTimes.ofThisProcess()
        return try await StoreConnection.using(path: storePath) { store in
            try await store.perform { $0.timeTransactions(timer) }
            var split = WriteSplit()
            let engine = SyncEngine(client: MarketClient(configuration: client), store: store)
            let summary = try await engine.run { progress in
                if let timer { split.report(progress, writtenSoFar: timer.nanoseconds) }
            }
            let cpu = CPUTimes.ofThisProcess() - before
            try await store.perform { $0.timeTransactions(nil) }
            if let timer { split.end(writtenSoFar: timer.nanoseconds) }
            let figures = try? await store.perform { try $0.fileFigures() }
            return Outcome(summary: summary, cpu: cpu, figures: figures, writing: timer == nil ? nil : split.storing,
                           indexing: timer == nil ? nil : split.indexing)
        }
    }
}

/// Shares the transaction time out among kinds: the engine reports progress right after each page's commit,
/// so what was written since the previous report belongs to that report's kind; what was written between a
/// kind's `.indexing` and `.indexed` reports is its index build. (Records rejected earlier and asked for again
/// report no progress; their writes count towards the next kind's first page.)
private struct WriteSplit {
    var storing: [EntityKind: Int64] = [:]
    var indexing: [EntityKind: Int64] = [:]
    private var counted: Int64 = 0
    private var last: EntityKind?

    mutating func report(_ progress: SyncProgress, writtenSoFar: Int64) {
        let written = writtenSoFar - counted
        if progress.stage == .indexed {
            indexing[progress.kind, default: 0] += written
        } else {
            storing[progress.kind, default: 0] += written
        }
        counted = writtenSoFar
        last = progress.kind
    }

    /// Writes after the last report go to the last kind.
    mutating func end(writtenSoFar: Int64) {
        if let last { storing[last, default: 0] += writtenSoFar - counted }
        counted = writtenSoFar
    }
}
