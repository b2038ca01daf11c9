import Foundation
import SellerStore
import Testing

@Suite struct SQLiteStatementTests {
    private func makeDatabase() throws -> Database {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE v (id INTEGER PRIMARY KEY, a, b, c, d, e)")
        return db
    }

    @Test func valuesRoundTripInTheirStorageClass() throws {
        let db = try makeDatabase()
        let values: [SQLiteValue] = [.null, .integer(Int64.min), .real(-1.5), .text("云市场 ✓ \u{0} end"), .blob([0, 1, 255])]
        try db.execute("INSERT INTO v (a, b, c, d, e) VALUES (?, ?, ?, ?, ?)", values)
        let row = try #require(try db.first("SELECT a, b, c, d, e FROM v") { $0.values })
        #expect(row == values)
    }

    @Test func emptyTextAndBlobStayEmptyNotNull() throws {
        let db = try makeDatabase()
        try db.execute("INSERT INTO v (a, b) VALUES (?, ?)", [.text(""), .blob([])])
        let types = try db.first("SELECT typeof(a), typeof(b), a, b FROM v") {
            [$0.text(0), $0.text(1), $0.text(2)] + [String(describing: $0.blob(3))]
        }
        #expect(types == ["text", "blob", "", "[]"])
        #expect(try db.first("SELECT a, b FROM v") { [$0.value(0), $0.value(1)] } == [.text(""), .blob([])])
    }

    @Test func typedReadersFollowSQLiteConversionsAndOptionalReadersSeeNull() throws {
        let db = try makeDatabase()
        try db.execute("INSERT INTO v (a, b, c) VALUES (NULL, '12', 3.75)")
        _ = try db.first("SELECT a, b, c FROM v") { row in
            #expect(row.count == 3)
            #expect(row.name(1) == "b")
            #expect(row.isNull(0) && !row.isNull(1))
            #expect(row.int(0) == 0 && row.text(0) == "" && row.blob(0) == [])
            #expect(row.optionalInt(0) == nil && row.optionalText(0) == nil && row.optionalDouble(0) == nil)
            #expect(row.int64(1) == 12 && row.optionalText(1) == "12")
            #expect(row.double(2) == 3.75 && row.int(2) == 3)
            #expect(row.bool(1) && !row.bool(0))
        }
    }

    @Test func invalidUTF8StoredAsTextReadsBackWithoutCrashing() throws {
        let db = try makeDatabase()
        // CAST of a blob to TEXT stores the bytes unchanged: SQLite does not validate UTF-8.
        try db.execute("INSERT INTO v (a) VALUES (CAST(X'41FF42C3' AS TEXT))")
        #expect(try db.scalar("SELECT typeof(a) FROM v") == .text("text"))
        let text = try db.first("SELECT a FROM v") { $0.text(0) }
        #expect(text == "A\u{FFFD}B\u{FFFD}")
        #expect(try db.scalar("SELECT a FROM v") == .text("A\u{FFFD}B\u{FFFD}"))
        #expect(try db.first("SELECT a FROM v") { $0.blob(0) } == [0x41, 0xFF, 0x42, 0xC3])
    }

    @Test func namedParameters() throws {
        let db = try makeDatabase()
        let insert = try db.prepare("INSERT INTO v (a, b, c) VALUES (:name, @count, :name)")
        #expect(insert.parameterCount == 2)
        #expect(insert.parameterNames == [":name", "@count"])
        try insert.execute(["name": "x", "@count": 3])
        try db.execute("INSERT INTO v (a, b) VALUES ($a, $b)", ["$a": "y", "$b": SQLiteValue(nil as Int?)])
        let rows = try db.rows("SELECT a, b, c FROM v ORDER BY id") { $0.values }
        #expect(rows == [["x", 3, "x"], ["y", nil, nil]])
    }

    @Test func bindResetsAndClearsThePreviousRun() throws {
        let db = try makeDatabase()
        let insert = try db.prepare("INSERT INTO v (a) VALUES (?)")
        for value in 1...3 { try insert.execute([.integer(Int64(value))]) }
        let select = try db.prepare("SELECT a FROM v WHERE a >= ? ORDER BY a")
        #expect(try select.rows([2]) { $0.int(0) } == [2, 3])
        #expect(try select.rows([3]) { $0.int(0) } == [3])
        // A half-read statement is reset by the next bind.
        try select.bind([1])
        #expect(try select.step())
        #expect(select.int(0) == 1)
        #expect(try select.first([2]) { $0.int(0) } == 2)
        #expect(try select.scalar([9]) == nil)
    }

    @Test func optionalConveniencesBuildValues() {
        let missing: String? = nil
        #expect(SQLiteValue(missing) == .null)
        #expect(SQLiteValue("a" as String?) == .text("a"))
        #expect(SQLiteValue(5 as Int?) == .integer(5))
        #expect(SQLiteValue(nil as Int64?) == .null)
        #expect(SQLiteValue(2.5 as Double?) == .real(2.5))
        #expect(SQLiteValue(true as Bool?) == .integer(1))
        #expect(SQLiteValue([1, 2] as [UInt8]?) == .blob([1, 2]))
        #expect(SQLiteValue.integer(3).doubleValue == 3)
        #expect(SQLiteValue.text("t").int64Value == nil)
    }

    @Test func statementCacheReusesOneCompiledStatement() throws {
        let db = try makeDatabase()
        let sql = "INSERT INTO v (a) VALUES (?)"
        let first = try db.cachedStatement(sql)
        let second = try db.cachedStatement(sql)
        #expect(first === second)
        #expect(db.cachedStatementCount == 1)
        for value in 0..<1000 { try db.cachedStatement(sql).execute([.integer(Int64(value))]) }
        #expect(db.cachedStatementCount == 1)
        #expect(try db.scalar("SELECT count(*) FROM v") == .integer(1000))
        #expect(try db.prepare(sql) !== first)
        db.clearStatementCache()
        #expect(db.cachedStatementCount == 0)
        #expect(try db.cachedStatement(sql) !== first)
    }

    @Test func reentrantUseOfACachedStatementGetsAFreshOne() throws {
        let db = try makeDatabase()
        try db.execute("INSERT INTO v (a) VALUES (1), (2), (3)")
        let sql = "SELECT a FROM v WHERE a >= ? ORDER BY a"
        let pairs = try db.cachedStatement(sql).rows([1]) { outer in
            let inner = try db.cachedStatement(sql).rows([outer.value(0)]) { $0.int(0) }
            return "\(outer.int(0)):\(inner.count)"
        }
        #expect(pairs == ["1:3", "2:2", "3:1"])
    }

    @Test func prepareRejectsEmptyAndMultipleStatements() throws {
        let db = try makeDatabase()
        let empty = #expect(throws: SQLiteError.self) { try db.prepare("  -- nothing ") }
        #expect(empty?.code == .misuse)
        let many = #expect(throws: SQLiteError.self) { try db.prepare("SELECT 1; SELECT 2") }
        #expect(many?.code == .misuse)
        // Trailing semicolons, blanks and comments are fine.
        #expect(try db.prepare("SELECT 1; -- done\n").scalar() == .integer(1))
    }

    @Test func syntaxErrorIsThrownWithTheSQL() throws {
        let db = try makeDatabase()
        let error = #expect(throws: SQLiteError.self) { try db.prepare("SELEC 1") }
        #expect(error?.code == .error)
        #expect(error?.description.contains("`SELEC 1`") == true)
    }

    @Test func forEachStreamsRowsAndStepDrivesByHand() throws {
        let db = try makeDatabase()
        try db.execute("INSERT INTO v (a) VALUES (1), (2), (3)")
        var sum = 0
        try db.prepare("SELECT a FROM v").forEach { sum += $0.int(0) }
        #expect(sum == 6)
        let statement = try db.prepare("SELECT a, 'x' AS label FROM v ORDER BY a DESC")
        #expect(statement.columnCount == 2 && statement.columnName(1) == "label" && statement.isReadOnly)
        var seen: [Int] = []
        while try statement.step() { seen.append(statement.int(0)) }
        statement.reset()
        #expect(seen == [3, 2, 1])
    }

    @Test func bindCountMismatchIsAProgrammingError() async {
        await #expect(processExitsWith: .failure) {
            let db = try Database(path: ":memory:")
            try db.execute("SELECT ?, ?", [1])
        }
    }
}
