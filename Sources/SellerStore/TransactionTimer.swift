import CSQLite
import Foundation
import Synchronization

/// Adds up the wall time this connection spends inside its transactions, from `BEGIN` to the end of `COMMIT`
/// (a busy wait for the write lock and the commit's WAL writes included), for `benchmark-sync --profile`: it tells
/// the time a sync spends writing from the time it waits for pages, without a hook inside the sync engine.
///
/// It listens to SQLite's statement profile events, one per finished statement; between transactions it costs a
/// prefix comparison per statement.
public final class TransactionTimer: Sendable {
    private let total = Atomic<Int64>(0)
    private let begun = Atomic<Int64>(0)
    private let count = Atomic<Int>(0)

    public init() {}

    /// Nanoseconds spent in committed transactions so far.
    public var nanoseconds: Int64 { total.load(ordering: .relaxed) }
    /// Transactions committed so far.
    public var transactions: Int { count.load(ordering: .relaxed) }

    /// Called with a statement that just finished, `elapsed` nanoseconds after it started.
    fileprivate func finished(_ sql: UnsafePointer<CChar>, elapsed: Int64) {
        let now = Int64(DispatchTime.now().uptimeNanoseconds)
        if strncmp(sql, "BEGIN", 5) == 0 {
            begun.store(now - elapsed, ordering: .relaxed)
        } else if strncmp(sql, "COMMIT", 6) == 0 {
            let start = begun.load(ordering: .relaxed)
            if start > 0 { total.add(now - start, ordering: .relaxed) }
            count.add(1, ordering: .relaxed)
        }
    }
}

extension LocalStore {
    /// Starts timing this connection's transactions into `timer`, or stops with nil. The caller keeps `timer`
    /// alive until it stops timing (or closes the store): SQLite holds only its address. It replaces any
    /// statement trace (`Database.trace`), which is for tests.
    public func timeTransactions(_ timer: TransactionTimer?) {
        let handle = db.handle
        guard let timer else {
            sqlite3_trace_v2(handle, 0, nil, nil)
            return
        }
        let context = Unmanaged.passUnretained(timer).toOpaque()
        sqlite3_trace_v2(handle, UInt32(SQLITE_TRACE_PROFILE), { _, context, statement, elapsed in
            // > SQLITE_TRACE_PROFILE … The P argument is a pointer to the prepared statement and the X argument
            // > points to a 64-bit integer which is approximately the number of nanoseconds that the prepared
            // > statement took to run.
            guard let context, let statement, let elapsed,
                  let sql = sqlite3_sql(OpaquePointer(statement)) else { return 0 }
            let timer = Unmanaged<TransactionTimer>.fromOpaque(context).takeUnretainedValue()
            timer.finished(sql, elapsed: elapsed.assumingMemoryBound(to: Int64.self).pointee)
            return 0
        }, context)
    }
}
