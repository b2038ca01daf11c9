import SellerStore
import Testing

@Suite struct SQLiteMigratorTests {
    static let base = [
        Migration(id: "2025-01-01-sellers", sql: """
            CREATE TABLE sellers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
            """),
        Migration(id: "2025-01-02-orders", sql: """
            CREATE TABLE orders (
                id INTEGER PRIMARY KEY,
                seller_id INTEGER NOT NULL REFERENCES sellers(id)
            );
            CREATE INDEX orders_seller ON orders (seller_id);
            """),
    ]

    private func tableNames(_ db: Database) throws -> [String] {
        try db.rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") { $0.text(0) }
    }

    @Test func appliesInOrderAndASecondRunIsANoOp() throws {
        let test = try TestDatabase("sqlite-migrate")
        let migrator = Migrator(Self.base)
        #expect(try migrator.pendingIDs(test.db) == Self.base.map(\.id))
        #expect(try migrator.migrate(test.db) == Self.base.map(\.id))
        #expect(try tableNames(test.db) == ["orders", "schema_migrations", "sellers"])
        #expect(try migrator.appliedIDs(test.db) == Self.base.map(\.id))
        #expect(try test.db.scalar("SELECT count(*) FROM schema_migrations WHERE applied_at LIKE '20__-__-__T%Z'")
            == .integer(2))

        let changesBefore = test.db.totalChanges
        let log = SQLLog(test.db)
        #expect(try migrator.migrate(test.db) == [])
        #expect(test.db.totalChanges == changesBefore)
        #expect(!log.statements.contains { $0.hasPrefix("BEGIN") || $0.hasPrefix("CREATE") })
        #expect(try test.db.foreignKeysEnabled())
    }

    @Test func laterBuildAppliesOnlyTheAppendedMigration() throws {
        let test = try TestDatabase("sqlite-migrate-append")
        try Migrator(Self.base).migrate(test.db)
        let next = Self.base + [Migration(id: "2025-02-01-order-total", sql: "ALTER TABLE orders ADD COLUMN total INTEGER")]
        let log = SQLLog(test.db)
        #expect(try Migrator(next).migrate(test.db) == ["2025-02-01-order-total"])
        #expect(log.statements.contains("BEGIN IMMEDIATE"))
        #expect(log.statements.contains("PRAGMA foreign_keys = OFF"))
        #expect(log.statements.last == "PRAGMA foreign_keys = ON")
        #expect(try Migrator(next).appliedIDs(test.db) == next.map(\.id))
    }

    @Test func refusesADatabaseWithUnknownAppliedMigrations() throws {
        let test = try TestDatabase("sqlite-migrate-newer")
        try Migrator(Self.base).migrate(test.db)
        try test.db.execute("INSERT INTO schema_migrations (id) VALUES (?)", ["2099-01-01-from-the-future"])
        let error = #expect(throws: MigrationError.self) {
            try Migrator(Self.base + [Migration(id: "2025-03-01-x", sql: "CREATE TABLE x (y)")]).migrate(test.db)
        }
        #expect(error == .unknownAppliedMigrations(["2099-01-01-from-the-future"]))
        #expect(error?.description.contains("2099-01-01-from-the-future") == true)
        #expect(try !tableNames(test.db).contains("x"))
    }

    @Test func failingMigrationRollsBackAndKeepsTheEarlierOnes() throws {
        let test = try TestDatabase("sqlite-migrate-fail")
        let broken = Self.base + [Migration(id: "2025-04-01-broken", sql: """
            CREATE TABLE half_done (x);
            INSERT INTO no_such_table VALUES (1);
            """)]
        let error = #expect(throws: SQLiteError.self) { try Migrator(broken).migrate(test.db) }
        #expect(error?.message.contains("no such table") == true)
        #expect(try Migrator(broken).appliedIDs(test.db) == Self.base.map(\.id))
        #expect(try !tableNames(test.db).contains("half_done"))
        #expect(!test.db.isInTransaction)
        #expect(try test.db.foreignKeysEnabled())
    }

    @Test func tableRebuildWithForeignKeysOffSucceeds() throws {
        let test = try TestDatabase("sqlite-migrate-rebuild")
        try Migrator(Self.base).migrate(test.db)
        try test.db.execute("INSERT INTO sellers VALUES (1, 'a'); INSERT INTO orders VALUES (10, 1)")
        // SQLite's documented rebuild: new table, copy, drop old, rename. With foreign keys on, the DROP of the
        // referenced table would fail or cascade.
        let rebuild = Migration(id: "2025-05-01-sellers-rebuild", sql: """
            CREATE TABLE sellers_new (id INTEGER PRIMARY KEY, name TEXT NOT NULL, region TEXT NOT NULL DEFAULT 'cn');
            INSERT INTO sellers_new (id, name) SELECT id, name FROM sellers;
            DROP TABLE sellers;
            ALTER TABLE sellers_new RENAME TO sellers;
            """)
        #expect(try Migrator(Self.base + [rebuild]).migrate(test.db) == [rebuild.id])
        #expect(try test.db.scalar("SELECT region FROM sellers WHERE id = 1") == .text("cn"))
        #expect(try test.db.scalar("SELECT count(*) FROM orders") == .integer(1))
        #expect(try test.db.foreignKeyCheck() == [])
    }

    @Test func migrationThatBreaksReferencesIsRolledBack() throws {
        let test = try TestDatabase("sqlite-migrate-fk")
        try Migrator(Self.base).migrate(test.db)
        try test.db.execute("INSERT INTO sellers VALUES (1, 'a'); INSERT INTO orders VALUES (10, 1)")
        let bad = Migration(id: "2025-06-01-drop-sellers", sql: "DELETE FROM sellers")
        let error = #expect(throws: MigrationError.self) { try Migrator(Self.base + [bad]).migrate(test.db) }
        guard case .foreignKeyViolations(let id, let violations)? = error else {
            Issue.record("expected foreignKeyViolations, got \(String(describing: error))")
            return
        }
        #expect(id == bad.id)
        #expect(violations == [ForeignKeyViolation(table: "orders", rowID: 10, parent: "sellers")])
        #expect(try test.db.scalar("SELECT count(*) FROM sellers") == .integer(1))
        #expect(try Migrator(Self.base + [bad]).pendingIDs(test.db) == [bad.id])
        #expect(try test.db.foreignKeysEnabled())
    }
}
