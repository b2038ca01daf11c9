import SellerStore
import Testing

@Suite struct SQLiteErrorTests {
    private func makeDatabase() throws -> Database {
        let db = try Database(path: ":memory:")
        try db.execute("""
            CREATE TABLE sellers (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE);
            CREATE TABLE orders (id INTEGER PRIMARY KEY, seller_id INTEGER NOT NULL REFERENCES sellers(id));
            """)
        return db
    }

    @Test func uniqueViolationCarriesTheExtendedCodeAndSQLButNotTheValues() throws {
        let db = try makeDatabase()
        let sql = "INSERT INTO sellers (email) VALUES (?)"
        try db.execute(sql, ["secret.seller@example.com"])
        let error = try #require(#expect(throws: SQLiteError.self) {
            try db.execute(sql, ["secret.seller@example.com"])
        })
        #expect(error.code == .constraintUnique)
        #expect(error.code.rawValue == 2067)
        #expect(error.code.primary == .constraint)
        #expect(error.message == "UNIQUE constraint failed: sellers.email")
        #expect(error.sql == sql)
        #expect(error.description
            == "SQLite error SQLITE_CONSTRAINT_UNIQUE (2067): UNIQUE constraint failed: sellers.email"
            + " - while executing `\(sql)`")
        #expect(!error.description.contains("secret"))
        #expect(!String(reflecting: error).contains("secret"))
    }

    @Test func foreignKeyViolationCarriesTheExtendedCode() throws {
        let db = try makeDatabase()
        let sql = "INSERT INTO orders (id, seller_id) VALUES (?, ?)"
        let statement = try db.cachedStatement(sql)
        let error = try #require(#expect(throws: SQLiteError.self) { try statement.execute([7, 987_654_321]) })
        #expect(error.code == .constraintForeignKey)
        #expect(error.code.rawValue == 787)
        #expect(error.message == "FOREIGN KEY constraint failed")
        #expect(error.description.contains(sql))
        #expect(error.description.contains("SQLITE_CONSTRAINT_FOREIGNKEY"))
        #expect(!error.description.contains("987654321"))
        // The statement is reusable after the failure.
        try db.execute("INSERT INTO sellers (id, email) VALUES (1, 'a')")
        try statement.execute([7, 1])
        #expect(try db.scalar("SELECT count(*) FROM orders") == .integer(1))
    }

    @Test func notNullViolation() throws {
        let db = try makeDatabase()
        let error = #expect(throws: SQLiteError.self) { try db.execute("INSERT INTO sellers (email) VALUES (?)", [nil]) }
        #expect(error?.code == .constraintNotNull)
    }

    @Test func primaryCodePatternsMatchTheirExtendedCodes() {
        func family(_ code: ResultCode) -> String {
            switch code {
            case .constraintUnique: "unique"
            case .constraint: "constraint"
            case .busy: "busy"
            default: "other"
            }
        }
        #expect(family(.constraintUnique) == "unique")
        #expect(family(.constraintForeignKey) == "constraint")
        #expect(family(.constraint) == "constraint")
        #expect(family(.busyTimeout) == "busy")
        #expect(family(.ioErrorShortRead) == "other")
        #expect(ResultCode.constraint.isPrimary && !ResultCode.constraintUnique.isPrimary)
        #expect(!(ResultCode.constraintUnique ~= ResultCode.constraint))
    }

    @Test func codeNamesDescribeKnownAndUnknownCodes() {
        #expect(ResultCode.constraintForeignKey.description == "SQLITE_CONSTRAINT_FOREIGNKEY (787)")
        #expect(ResultCode.notADatabase.name == "SQLITE_NOTADB")
        #expect(ResultCode(rawValue: 19 | (40 << 8)).name == "SQLITE_CONSTRAINT+40")
        #expect(ResultCode(rawValue: 99).name == "SQLITE_UNKNOWN")
        #expect(SQLiteError(code: .busy, message: "database is locked").description
            == "SQLite error SQLITE_BUSY (5): database is locked")
    }
}
