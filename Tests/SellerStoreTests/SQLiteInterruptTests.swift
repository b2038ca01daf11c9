import Dispatch
@testable import SellerStore
import Synchronization
import TestSupport
import Testing

/// A read the console no longer needs is stopped from another thread (`Interrupter`), and that stop is not
/// mistaken for a walk running out of its budget, which would start a second plan instead of ending.
@Suite struct SQLiteInterruptTests {
    /// Counts without end until something stops it.
    static let endless = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n"

    /// Runs `body` on another thread and interrupts `db` until it has ended (at most 10 s), returning its error.
    /// An interrupt that comes before the statement starts is forgotten by SQLite, so it is repeated.
    static func interrupted(_ db: Database, _ body: @escaping @Sendable () throws -> Void) -> (any Error)? {
        let outcome = Mutex<(done: Bool, error: (any Error)?)>((false, nil))
        let interrupter = db.interrupter
        DispatchQueue.global().async {
            var failure: (any Error)?
            do { try body() } catch { failure = error }
            outcome.withLock { $0 = (true, failure) }
        }
        let ended = waitUntil(timeout: 10) {
            interrupter.interrupt()
            return outcome.withLock { $0.done }
        }
        #expect(ended, "the statement was not stopped")
        return outcome.withLock { $0.error }
    }

    /// The test hands its connection to one other thread and touches it only after that thread ended.
    struct UnsafeDatabase: @unchecked Sendable {
        let db: Database
    }

    @Test func anInterruptStopsAStatementRunningOnAnotherThread() throws {
        let db = try Database(path: ":memory:")
        let shared = UnsafeDatabase(db: db)
        let error = Self.interrupted(db) { _ = try shared.db.scalar(Self.endless) }
        #expect((error as? SQLiteError)?.code == .interrupt, "\(String(describing: error))")
        // The connection is usable afterwards, and a closed one's interrupter does nothing.
        #expect(try db.scalar("SELECT 1")?.int64Value == 1)
        try db.close()
        db.interrupter.interrupt()
    }

    @Test func anInterruptInsideAStepBudgetIsNotTheBudgetRunningOut() throws {
        let db = try Database(path: ":memory:")
        let shared = UnsafeDatabase(db: db)
        let error = Self.interrupted(db) {
            _ = try shared.db.withStepBudget(thousands: Int.max / 2) { try shared.db.scalar(Self.endless) }
        }
        #expect((error as? SQLiteError)?.code == .interrupt, "\(String(describing: error))")
        #expect(throws: StepBudgetExceeded.self) {
            try db.withStepBudget(thousands: 10) { try db.scalar(Self.endless) }
        }
    }
}
