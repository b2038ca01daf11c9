import Foundation
import SellerStore
import Synchronization
import Testing
import TestSupport

@Suite struct SQLiteConcurrencyTests {
    /// What the writer thread reports back.
    final class WriterState: Sendable {
        let finished = Mutex(false)
        let failure = Mutex<String?>(nil)
    }

    @Test func readerSeesOnlyCommittedDataAndIsNotBlockedByTheWriter() throws {
        let test = try TestDatabase("sqlite-wal-reader")
        let writer = test.db
        try writer.execute("CREATE TABLE t (x INTEGER)")
        try writer.execute("INSERT INTO t VALUES (?)", [1])

        let reader = try Database(path: test.path, configuration: .reader)
        let count = try reader.prepare("SELECT count(*) FROM t")
        #expect(try count.scalar() == .integer(1))

        try writer.execute("BEGIN IMMEDIATE")
        try writer.execute("INSERT INTO t VALUES (?)", [2])
        // Under WAL the reader keeps reading the last committed state while the write transaction is open.
        #expect(try count.scalar() == .integer(1))
        try writer.execute("COMMIT")
        #expect(try count.scalar() == .integer(2))
    }

    @Test func readerOnAnotherThreadSeesCommitsAsTheyLand() throws {
        let test = try TestDatabase("sqlite-wal-thread")
        try test.db.execute("CREATE TABLE t (x INTEGER)")
        let path = test.path
        let batches = 50

        let state = WriterState()
        let thread = Thread {
            do {
                // Each thread owns its own connection: Database is not Sendable.
                let writer = try Database(path: path)
                let insert = try writer.cachedStatement("INSERT INTO t VALUES (?)")
                for batch in 0..<batches {
                    try writer.transaction {
                        for item in 0..<100 { try insert.execute([.integer(Int64(batch * 100 + item))]) }
                    }
                }
                try writer.close()
            } catch {
                state.failure.withLock { $0 = String(describing: error) }
            }
            state.finished.withLock { $0 = true }
        }
        thread.start()

        let reader = try Database(path: path, configuration: .reader)
        // Cached, so that close() below finalizes it.
        let count = try reader.cachedStatement("SELECT count(*) FROM t")
        var seen: [Int64] = []
        let done = try waitUntil(timeout: 30) {
            let value = try count.scalar()?.int64Value ?? -1
            // Every observed count is a whole number of committed batches, never a partial one.
            #expect(value % 100 == 0)
            if seen.last != value { seen.append(value) }
            return state.finished.withLock { $0 } && value == Int64(batches * 100)
        }
        #expect(done)
        #expect(state.failure.withLock { $0 } == nil)
        #expect(seen == seen.sorted())
        try reader.close()
    }
}
