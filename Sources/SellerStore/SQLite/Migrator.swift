import CSQLite

/// Applies an append-only list of migrations in order, recording each applied id in `schema_migrations`.
///
/// Each migration runs in its own IMMEDIATE transaction together with the insert of its id, so a crash leaves
/// it either fully applied and recorded, or not at all. Running the migrator again is a no-op.
public struct Migrator: Sendable {
    public let migrations: [Migration]

    /// The bookkeeping table. `applied_at` is UTC, ISO 8601, for people reading the file.
    static let createTableSQL = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            id TEXT PRIMARY KEY NOT NULL,
            applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        )
        """

    /// Duplicate ids are a programming error (precondition): they would make "already applied" ambiguous.
    public init(_ migrations: [Migration]) {
        precondition(Set(migrations.map(\.id)).count == migrations.count, "duplicate migration id")
        self.migrations = migrations
    }

    /// The ids recorded in the database, in the order they were applied. Empty for a new database.
    public func appliedIDs(_ db: Database) throws(SQLiteError) -> [String] {
        let exists = try db.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?",
                                   ["schema_migrations"])
        guard exists?.int64Value == 1 else { return [] }
        let statement = try db.prepare("SELECT id FROM schema_migrations ORDER BY rowid")
        var ids: [String] = []
        while try statement.step() { ids.append(statement.text(0)) }
        statement.reset()
        return ids
    }

    /// The ids of this list that the database has not applied yet, in list order.
    public func pendingIDs(_ db: Database) throws(SQLiteError) -> [String] {
        let applied = Set(try appliedIDs(db))
        return migrations.map(\.id).filter { !applied.contains($0) }
    }

    /// Applies the pending migrations in order and returns their ids (empty when up to date).
    ///
    /// Throws `MigrationError.unknownAppliedMigrations` before changing anything when the database is newer
    /// than this build, `MigrationError.foreignKeyViolations` when a migration breaks references, and
    /// `SQLiteError` when a migration's SQL fails. A failed migration is rolled back; the ones before it stay.
    /// Must be called outside a transaction (precondition): `PRAGMA foreign_keys` is a no-op inside one.
    @discardableResult
    public func migrate(_ db: Database) throws -> [String] {
        precondition(!db.isInTransaction, "Migrator.migrate must run outside a transaction")
        let known = Set(migrations.map(\.id))
        let applied = try appliedIDs(db)
        let unknown = applied.filter { !known.contains($0) }
        guard unknown.isEmpty else { throw MigrationError.unknownAppliedMigrations(unknown) }

        let appliedSet = Set(applied)
        let pending = migrations.filter { !appliedSet.contains($0.id) }
        guard !pending.isEmpty else { return [] }

        try db.execute(Self.createTableSQL)
        var done: [String] = []
        for migration in pending where try apply(migration, to: db) {
            done.append(migration.id)
        }
        return done
    }

    /// Runs one migration with foreign keys off, as SQLite's procedure for schema changes prescribes:
    ///
    /// > 1. If foreign key constraints are enabled, disable them using PRAGMA foreign_keys=OFF.
    /// > 2. Start a transaction. … 10. If foreign key constraints were originally enabled then run PRAGMA
    /// > foreign_key_check to verify that the schema change did not break any foreign key constraints.
    /// > 11. Commit the transaction started in step 2. 12. If foreign keys constraints were originally enabled,
    /// > reenable them now.
    ///
    /// Returns false when another connection applied it in the meantime (checked under the write lock).
    private func apply(_ migration: Migration, to db: Database) throws -> Bool {
        let foreignKeysWereOn = try db.foreignKeysEnabled()
        if foreignKeysWereOn { try db.execute("PRAGMA foreign_keys = OFF") }
        defer {
            if foreignKeysWereOn { try? db.execute("PRAGMA foreign_keys = ON") }
        }
        return try db.transaction(.immediate) {
            let already = try db.scalar("SELECT count(*) FROM schema_migrations WHERE id = ?", [.text(migration.id)])
            guard already?.int64Value == 0 else { return false }
            try db.execute(migration.sql)
            if foreignKeysWereOn {
                let violations = try db.foreignKeyCheck()
                guard violations.isEmpty else {
                    throw MigrationError.foreignKeyViolations(migration: migration.id, violations)
                }
            }
            try db.execute("INSERT INTO schema_migrations (id) VALUES (?)", [.text(migration.id)])
            return true
        }
    }
}
