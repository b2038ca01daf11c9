import Foundation
import SellerStore
import Testing
import TestSupport

@Suite struct SQLiteDatabaseTests {
    @Test func opensInWALAndCreatesTheWALFileOnWrite() throws {
        let test = try TestDatabase()
        #expect(try test.db.journalMode() == "wal")
        try test.db.execute("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1)")
        #expect(FileManager.default.fileExists(atPath: test.path + "-wal"))
        #expect(try test.db.scalar("PRAGMA synchronous") == .integer(1))  // NORMAL
        #expect(try test.db.foreignKeysEnabled())
        #expect(try test.db.integrityCheck() == ["ok"])
    }

    @Test func nonDatabaseFileFailsAtOpenWithAClearError() throws {
        let directory = try TemporaryDirectory("sqlite-notadb")
        let path = directory.file("notes.txt")
        try Data(String(repeating: "this is not a database\n", count: 200).utf8).write(to: URL(fileURLWithPath: path))
        do {
            _ = try Database(path: path)
            Issue.record("opening a text file should fail")
        } catch {
            #expect(error.code == .notADatabase)
            #expect(error.description.contains("file is not a database"))
            #expect(error.description.contains(path))
        }
    }

    @Test func missingDirectoryFailsWithCantOpen() throws {
        let directory = try TemporaryDirectory("sqlite-cantopen")
        let error = #expect(throws: SQLiteError.self) {
            try Database(path: directory.file("no/such/dir/store.sqlite"))
        }
        #expect(error?.code.primary == .cantOpen)
    }

    @Test func pathWithANulByteIsRefused() throws {
        let directory = try TemporaryDirectory("sqlite-nul")
        let error = #expect(throws: SQLiteError.self) { try Database(path: directory.file("store") + "\u{0}.bak") }
        #expect(error?.code == .cantOpen)
        #expect(!FileManager.default.fileExists(atPath: directory.file("store")))
    }

    @Test func inMemoryDatabaseSkipsWAL() throws {
        let db = try Database(path: ":memory:")
        #expect(try db.journalMode() == "memory")
        try db.execute("CREATE TABLE t (x); INSERT INTO t VALUES (42)")
        #expect(try db.scalar("SELECT x FROM t") == .integer(42))
        try db.close()
    }

    @Test func readOnlyConnectionCannotWrite() throws {
        let test = try TestDatabase()
        try test.db.execute("CREATE TABLE t (x)")
        let reader = try Database(path: test.path, configuration: .reader)
        #expect(try reader.journalMode() == "wal")
        let error = #expect(throws: SQLiteError.self) {
            try reader.execute("INSERT INTO t VALUES (1)")
        }
        #expect(error?.code.primary == .readOnly)
        try reader.close()
    }

    @Test func readOnlyOpenOfAMissingFileFails() throws {
        let directory = try TemporaryDirectory("sqlite-ro-missing")
        #expect(throws: SQLiteError.self) {
            try Database(path: directory.file("absent.sqlite"), configuration: .reader)
        }
        #expect(!FileManager.default.fileExists(atPath: directory.file("absent.sqlite")))
    }

    @Test func closeAfterUseSucceedsAndIsIdempotent() throws {
        let test = try TestDatabase()
        try test.db.execute("CREATE TABLE t (x)")
        try test.db.cachedStatement("INSERT INTO t VALUES (?)").execute([1])
        try test.db.prepare("INSERT INTO t VALUES (?)").execute([2])
        #expect(try test.db.rows("SELECT x FROM t ORDER BY x") { $0.int(0) } == [1, 2])
        try test.db.close()
        #expect(test.db.isClosed)
        try test.db.close()
        #expect(throws: SQLiteError.self) { try test.db.execute("SELECT 1") }
    }

    @Test func closeReportsALeakedStatementAndSucceedsOnceItIsReleased() throws {
        let test = try TestDatabase()
        var leaked: Statement? = try test.db.prepare("SELECT 1")
        #expect(leaked != nil)
        do {
            try test.db.close()
            Issue.record("close should fail while a statement is alive")
        } catch {
            #expect(error.code == .busy)
            #expect(error.description.contains("SELECT 1"))
        }
        #expect(!test.db.isClosed)
        leaked = nil
        try test.db.close()
        #expect(test.db.isClosed)
    }

    @Test func statementOutlivingItsDatabaseStaysUsable() throws {
        var test: TestDatabase? = try TestDatabase()
        let statement = try #require(test).db.prepare("SELECT 40 + 2")
        test = nil
        #expect(try statement.scalar() == .integer(42))
    }

    @Test func connectionCountersAndScripts() throws {
        let db = try Database(path: ":memory:")
        try db.execute("""
            -- a script with comments and blank statements
            CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT);;
            INSERT INTO t (x) VALUES ('a'); INSERT INTO t (x) VALUES ('b');
            /* trailing comment */
            """)
        #expect(db.lastInsertRowID == 2)
        try db.execute("UPDATE t SET x = 'c'", [])
        #expect(db.changes == 2)
        #expect(db.totalChanges == 4)
        #expect(!db.isInTransaction)
    }

    @Test func scriptStopsAtTheFirstFailingStatementAndNamesIt() throws {
        let db = try Database(path: ":memory:")
        let error = #expect(throws: SQLiteError.self) {
            try db.execute("CREATE TABLE t (x); INSERT INTO missing VALUES (1); CREATE TABLE u (y)")
        }
        #expect(error?.code == .error)
        #expect(error?.message.contains("no such table: missing") == true)
        #expect(error?.sql?.hasPrefix("INSERT INTO missing") == true)
        #expect(try db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'u'") == .integer(0))
    }

    @Test func doubleQuotedStringLiteralsAreRejected() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t (x)")
        #expect(throws: SQLiteError.self) { try db.execute("SELECT \"nope\" FROM t") }
    }
}
