import CSQLite

extension Database {
    /// Runs `body` with a budget of about `steps` thousand virtual-machine instructions across every statement
    /// it runs: past it, the statement running stops and `StepBudgetExceeded` is thrown, and the caller can try a
    /// cheaper plan (an `Interrupter`'s stop stays an `SQLiteError` with `ResultCode.interrupt`). Counting
    /// instructions rather than time keeps the cut the same on a busy machine and in tests. Reads are safe to cut;
    /// a cut write would roll back its whole transaction.
    ///
    /// > sqlite3_progress_handler(D,N,X,P) … causes the callback function X to be invoked periodically during
    /// > long running calls … If the progress callback returns non-zero, the operation is interrupted.
    func withStepBudget<T>(thousands steps: Int, _ body: () throws -> T) throws -> T {
        let budget = StepBudget(remaining: steps)
        let context = Unmanaged.passUnretained(budget).toOpaque()
        sqlite3_progress_handler(handle, 1_000, { context in
            guard let context else { return 0 }
            let budget = Unmanaged<StepBudget>.fromOpaque(context).takeUnretainedValue()
            budget.remaining -= 1
            return budget.remaining < 0 ? 1 : 0
        }, context)
        defer { sqlite3_progress_handler(handle, 0, nil, nil) }
        // SQLite holds only the budget's address: it must outlive every callback.
        do {
            return try withExtendedLifetime(budget) { try body() }
        } catch let error as SQLiteError where error.code == .interrupt && budget.remaining < 0 {
            throw StepBudgetExceeded()
        }
    }
}

/// `withStepBudget`'s body ran out of its budget.
struct StepBudgetExceeded: Error {}

/// The count handed to `sqlite3_progress_handler` as its context pointer.
final class StepBudget {
    var remaining: Int

    init(remaining: Int) {
        self.remaining = remaining
    }
}

@available(*, unavailable)
extension StepBudget: Sendable {}
