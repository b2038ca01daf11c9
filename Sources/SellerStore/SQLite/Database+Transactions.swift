import CSQLite

extension Database {
    /// The name of the savepoint that nested `transaction` calls use. A fixed name is enough: SQLite's
    /// savepoints form a stack and `ROLLBACK TO`/`RELEASE` act on the most recent one with that name.
    static let savepointName = "seller_store"

    /// Runs `body` in a transaction: COMMIT when it returns, ROLLBACK when it throws (the body's error is
    /// rethrown; a failure of the rollback itself is dropped, the first error wins).
    ///
    /// The default is IMMEDIATE because a DEFERRED transaction that reads first and then writes can fail with
    /// SQLITE_BUSY at the write without the busy timeout helping: another writer may have committed after its
    /// snapshot. Called inside a transaction, it nests as a savepoint (and `kind` no longer matters), so the
    /// inner block can roll back alone. On a read-only connection pass `.deferred`: it gives several queries
    /// one consistent snapshot without asking for the write lock.
    public func transaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        if isInTransaction { return try savepoint(body) }

        try cachedStatement("BEGIN \(kind.rawValue)").execute()
        let result: T
        do {
            result = try body()
        } catch {
            rollbackIfActive("ROLLBACK")
            throw error
        }
        do {
            try cachedStatement("COMMIT").execute()
        } catch {
            // > If the COMMIT fails with SQLITE_BUSY … the transaction remains active.
            rollbackIfActive("ROLLBACK")
            throw error
        }
        return result
    }

    private func savepoint<T>(_ body: () throws -> T) throws -> T {
        let name = Self.savepointName
        try cachedStatement("SAVEPOINT \(name)").execute()
        let result: T
        do {
            result = try body()
        } catch {
            // > The ROLLBACK TO command reverts the state of the database back to what it was just after the
            // > corresponding SAVEPOINT. … Instead of cancelling the transaction, the ROLLBACK TO command
            // > restarts the transaction again at the beginning. So the savepoint is released afterwards.
            if rollbackIfActive("ROLLBACK TO \(name)") {
                try? cachedStatement("RELEASE \(name)").execute()
            }
            throw error
        }
        do {
            try cachedStatement("RELEASE \(name)").execute()
        } catch {
            if rollbackIfActive("ROLLBACK TO \(name)") {
                try? cachedStatement("RELEASE \(name)").execute()
            }
            throw error
        }
        return result
    }

    /// Runs `sql` (a ROLLBACK) only if a transaction is still open, and reports whether it did.
    ///
    /// > If certain kinds of errors occur within a transaction, the transaction may or may not be rolled back
    /// > automatically. The errors that can cause an automatic rollback include: SQLITE_FULL, SQLITE_IOERR,
    /// > SQLITE_BUSY, SQLITE_NOMEM.
    ///
    /// A ROLLBACK after such an automatic one would fail with "no transaction is active" and hide the error
    /// that matters, so `sqlite3_get_autocommit` is checked first.
    @discardableResult
    private func rollbackIfActive(_ sql: String) -> Bool {
        rollbacks += 1
        guard let handle = connection.handle, sqlite3_get_autocommit(handle) == 0 else { return false }
        do {
            try cachedStatement(sql).execute()
        } catch {
            // The caller already holds the error that matters (first error wins).
        }
        return true
    }
}
