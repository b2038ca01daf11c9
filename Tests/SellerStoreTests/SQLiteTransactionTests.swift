import SellerStore
import Testing

@Suite struct SQLiteTransactionTests {
    struct BodyFailed: Error, Equatable {}

    private func makeDatabase() throws -> TestDatabase {
        let test = try TestDatabase("sqlite-tx")
        try test.db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT UNIQUE)")
        return test
    }

    private func count(_ db: Database) throws -> SQLiteValue? {
        try db.scalar("SELECT count(*) FROM t")
    }

    @Test func committedBodyReturnsItsValue() throws {
        let test = try makeDatabase()
        let log = SQLLog(test.db)
        let id = try test.db.transaction {
            try test.db.execute("INSERT INTO t (x) VALUES (?)", ["a"])
            return test.db.lastInsertRowID
        }
        #expect(id == 1)
        #expect(log.statements == ["BEGIN IMMEDIATE", "INSERT INTO t (x) VALUES (?)", "COMMIT"])
        #expect(try count(test.db) == .integer(1))
        #expect(!test.db.isInTransaction)
    }

    @Test func throwingBodyLeavesNoRowsAndRethrowsItsError() throws {
        let test = try makeDatabase()
        let log = SQLLog(test.db)
        let error = #expect(throws: BodyFailed.self) {
            try test.db.transaction {
                try test.db.execute("INSERT INTO t (x) VALUES (?)", ["a"])
                try test.db.execute("INSERT INTO t (x) VALUES (?)", ["b"])
                throw BodyFailed()
            }
        }
        #expect(error == BodyFailed())
        #expect(log.statements.first == "BEGIN IMMEDIATE")
        #expect(log.statements.last == "ROLLBACK")
        #expect(!log.statements.contains("COMMIT"))
        #expect(try count(test.db) == .integer(0))
        #expect(!test.db.isInTransaction)
    }

    @Test func sqliteErrorInsideTheBodyRollsBackAndSurfaces() throws {
        let test = try makeDatabase()
        let error = #expect(throws: SQLiteError.self) {
            try test.db.transaction(.deferred) {
                try test.db.execute("INSERT INTO t (x) VALUES (?)", ["same"])
                try test.db.execute("INSERT INTO t (x) VALUES (?)", ["same"])
            }
        }
        #expect(error?.code == .constraintUnique)
        #expect(try count(test.db) == .integer(0))
    }

    @Test func eachKindBeginsAsAsked() throws {
        let test = try makeDatabase()
        let log = SQLLog(test.db)
        for kind in TransactionKind.allCases {
            try test.db.transaction(kind) { _ = try count(test.db) }
        }
        #expect(log.statements.filter { $0.hasPrefix("BEGIN") }
            == ["BEGIN DEFERRED", "BEGIN IMMEDIATE", "BEGIN EXCLUSIVE"])
    }

    @Test func nestedTransactionRollsBackAloneThroughASavepoint() throws {
        let test = try makeDatabase()
        let log = SQLLog(test.db)
        try test.db.transaction {
            try test.db.execute("INSERT INTO t (x) VALUES ('outer')")
            #expect(throws: BodyFailed.self) {
                try test.db.transaction {
                    try test.db.execute("INSERT INTO t (x) VALUES ('inner')")
                    throw BodyFailed()
                }
            }
            #expect(test.db.isInTransaction)
            try test.db.transaction {
                try test.db.execute("INSERT INTO t (x) VALUES ('kept')")
            }
        }
        #expect(log.statements == [
            "BEGIN IMMEDIATE",
            "INSERT INTO t (x) VALUES ('outer')",
            "SAVEPOINT seller_store",
            "INSERT INTO t (x) VALUES ('inner')",
            "ROLLBACK TO seller_store",
            "RELEASE seller_store",
            "SAVEPOINT seller_store",
            "INSERT INTO t (x) VALUES ('kept')",
            "RELEASE seller_store",
            "COMMIT",
        ])
        #expect(try test.db.rows("SELECT x FROM t ORDER BY id") { $0.text(0) } == ["outer", "kept"])
    }

    @Test func outerRollbackUndoesCommittedInnerWork() throws {
        let test = try makeDatabase()
        #expect(throws: BodyFailed.self) {
            try test.db.transaction {
                try test.db.transaction { try test.db.execute("INSERT INTO t (x) VALUES ('inner')") }
                throw BodyFailed()
            }
        }
        #expect(try count(test.db) == .integer(0))
    }

    @Test func noRollbackIsSentWhenSQLiteAlreadyEndedTheTransaction() throws {
        let test = try makeDatabase()
        let log = SQLLog(test.db)
        #expect(throws: BodyFailed.self) {
            try test.db.transaction {
                try test.db.execute("INSERT INTO t (x) VALUES ('a')")
                // Ends the transaction behind the wrapper's back, as SQLite itself may on FULL or IOERR.
                try test.db.execute("ROLLBACK")
                throw BodyFailed()
            }
        }
        #expect(log.statements == ["BEGIN IMMEDIATE", "INSERT INTO t (x) VALUES ('a')", "ROLLBACK"])
        #expect(try count(test.db) == .integer(0))
    }

    @Test func failedCommitRollsBackAndThrows() throws {
        let test = try makeDatabase()
        try test.db.execute("""
            CREATE TABLE parent (id INTEGER PRIMARY KEY);
            CREATE TABLE child (parent_id INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED);
            """)
        let error = #expect(throws: SQLiteError.self) {
            try test.db.transaction { try test.db.execute("INSERT INTO child VALUES (5)") }
        }
        #expect(error?.code == .constraintForeignKey)
        #expect(error?.sql == "COMMIT")
        #expect(!test.db.isInTransaction)
        #expect(try test.db.scalar("SELECT count(*) FROM child") == .integer(0))
    }
}
