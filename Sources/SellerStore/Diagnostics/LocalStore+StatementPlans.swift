/// How SQLite runs one statement a store call ran: the statement as the code wrote it (with `?` placeholders) and
/// its `EXPLAIN QUERY PLAN` lines, each indented two spaces per level so a subquery's lines sit under it.
public struct StatementPlan: Hashable, Sendable, CustomStringConvertible {
    public let sql: String
    public let lines: [String]

    public init(sql: String, lines: [String]) {
        self.sql = sql
        self.lines = lines
    }

    public var description: String { ([sql] + lines).joined(separator: "\n") }
}

/// Plan diagnostics for tests (issue 15): a plan test calls the real store function and checks how SQLite runs
/// the statements that function ran, so a test never holds a copy of the SQL it checks and stays right while
/// the queries and indexes change.
extension LocalStore {
    /// Runs `body`, then explains each distinct statement with a query in it (a `SELECT`, alone or inside a
    /// write) that it ran on this store's connection, in the order they first ran. Plain writes, transaction
    /// control and SQLite's own statements (FTS5 shadow tables, triggers) are left out. Replaces any trace on the
    /// connection while `body` runs.
    public func statementPlans<T>(of body: () throws -> T) throws -> (result: T, plans: [StatementPlan]) {
        let seen = StatementLog()
        db.trace { text in seen.add(text) }
        let result: T
        do {
            defer { db.trace(nil) }
            result = try body()
        }
        return (result, try seen.reads.map { StatementPlan(sql: $0, lines: try explain($0)) })
    }

    /// The plan lines of `sql` with every parameter NULL: SQLite plans before it sees values, and the store runs
    /// no `ANALYZE`, so the values never change the plan.
    func explain(_ sql: String) throws -> [String] {
        let statement = try db.prepare("EXPLAIN QUERY PLAN " + sql)
        let rows = try statement.rows(Array(repeating: .null, count: statement.parameterCount)) { row in
            (id: row.int(0), parent: row.int(1), detail: row.text(3))
        }
        var depth: [Int: Int] = [0: -1]
        return rows.map { row in
            let level = (depth[row.parent] ?? -1) + 1
            depth[row.id] = level
            return String(repeating: "  ", count: level) + row.detail
        }
    }
}

/// The statements a traced call ran, each once, in first-run order.
private final class StatementLog {
    private var texts: [String] = []
    private var known: Set<String> = []

    func add(_ text: String) {
        // SQLite prefixes nested statements (FTS5 internals, triggers) with "--"; FTS5 reads its config table
        // through the schema-qualified name ('main'.'x_config'), which the store's own SQL never writes.
        guard !text.hasPrefix("--"), !text.contains("'main'."), known.insert(text).inserted else { return }
        texts.append(text)
    }

    /// Statements that query rows: reads, and writes with a query inside (`INSERT … SELECT`, a subquery).
    var reads: [String] {
        texts.filter { $0.uppercased().contains("SELECT") }
    }
}
