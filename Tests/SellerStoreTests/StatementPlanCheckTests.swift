import ListContract
import SellerCore
import SellerStore
import Testing

/// What a statement's plan may do (issue 15): every table is reached through an index or its key, or walked in
/// its own order up to a LIMIT, never read end to end, and rows come out in index order, never sorted in a
/// temporary B-tree. Checks read
/// `StatementPlan`s of the SQL the store really ran (`LocalStore.statementPlans(of:)`), so they keep holding
/// while the queries and indexes change.
struct PlanRules {
    /// Names (tables or aliases) a statement may read end to end: the whole-table counts, which read a table's
    /// smallest index by nature (issue 15 replaces them with maintained counts).
    var wholeScans: Set<String> = []
    /// The search-index driver sorts its (at most 5,000) trigram matches; known, and the lead's to change.
    var tempSort = false

    static let strict = PlanRules()
    static func whole(_ names: String...) -> PlanRules { PlanRules(wholeScans: Set(names)) }
}

enum PlanCheck {
    /// Tables with a row per kind or per relay: reading them whole costs nothing.
    static let smallTables: Set<String> = ["sync_state", "relay_status", "sqlite_master", "sqlite_schema",
                                           "schema_migrations", "pragma_table_info"]
    static let tempSort = "sorts in a temporary B-tree"
    static let wholeTable = "reads a whole table"

    /// What is wrong with `plan`, in words; empty when nothing is.
    static func problems(_ plan: StatementPlan, _ rules: PlanRules = .strict) -> [String] {
        let bounded = plan.sql.uppercased().contains("LIMIT")
        var problems: [String] = []
        if plan.lines.isEmpty { problems.append("no plan") }
        // Subqueries the statement runs as co-routines or materializes: scanning one reads its rows, not a table.
        let subqueries = Set(plan.lines.compactMap { raw -> String? in
            let line = raw.trimmingPrefix { $0 == " " }
            for prefix in ["CO-ROUTINE ", "MATERIALIZE "] where line.hasPrefix(prefix) {
                return String(line.dropFirst(prefix.count).prefix { $0 != " " })
            }
            return nil
        })
        for raw in plan.lines {
            let line = raw.trimmingPrefix { $0 == " " }
            if line.contains("TEMP B-TREE") && !rules.tempSort { problems.append("\(tempSort): \(line)") }
            if line.contains("AUTOMATIC") { problems.append("builds an index for one statement: \(line)") }
            guard line.hasPrefix("SCAN ") else { continue }
            let name = String(line.dropFirst(5).prefix { $0 != " " })
            if smallTables.contains(name) || line.contains("VIRTUAL TABLE") || name.hasPrefix("(")
                || subqueries.contains(name) || name == "CONSTANT" || rules.wholeScans.contains(name) { continue }
            // An index is in its columns' order and a table in its rowid's (or key's): a walk of either that stops
            // at the LIMIT reads what it returns and what it skips on the way, never the rest. (A capped count
            // walks the orders in rowid order: rows stored together are read together.)
            if bounded { continue }
            let walksIndex = line.contains("INDEX")
            problems.append(walksIndex ? "reads a whole index with no limit: \(line)" : "\(wholeTable): \(line)")
        }
        return problems
    }

    /// Runs `body` on `store`, checks every read it ran, and returns the plans (for further checks).
    @discardableResult
    static func check<T>(_ store: LocalStore, _ label: String, _ rules: PlanRules = .strict,
                         sourceLocation: SourceLocation = #_sourceLocation,
                         _ body: () throws -> T) throws -> [StatementPlan] {
        let plans = try store.statementPlans(of: body).plans
        #expect(!plans.isEmpty, "\(label): ran no read", sourceLocation: sourceLocation)
        for plan in plans {
            let found = problems(plan, rules)
            #expect(found.isEmpty, "\(label): \(found.joined(separator: "; "))\n\(plan)",
                    sourceLocation: sourceLocation)
        }
        return plans
    }
}

/// The checker itself, on plans written by hand.
@Suite struct StatementPlanCheckTests {
    static func plan(_ sql: String, _ lines: String...) -> StatementPlan { StatementPlan(sql: sql, lines: lines) }

    @Test func seeksAndBoundedWalksPass() {
        #expect(PlanCheck.problems(Self.plan("SELECT … LIMIT ?", "SEARCH o USING INDEX x (a=?)")).isEmpty)
        #expect(PlanCheck.problems(Self.plan("SELECT … LIMIT ?", "SCAN o USING INDEX orders_by_create_time")).isEmpty)
        #expect(PlanCheck.problems(Self.plan("SELECT … LIMIT ?", "SCAN sync_rejects")).isEmpty)
        #expect(PlanCheck.problems(Self.plan("SELECT count(*) FROM (SELECT 1 FROM orders AS o WHERE … LIMIT ?)",
                                             "CO-ROUTINE (subquery-1)", "  SCAN o", "SCAN (subquery-1)")).isEmpty)
        #expect(PlanCheck.problems(Self.plan("SELECT max(x) FROM sync_state", "SCAN sync_state")).isEmpty)
        #expect(PlanCheck.problems(Self.plan("SELECT …", "CO-ROUTINE p", "  SEARCH o USING INDEX i (a=?)",
                                             "SCAN p")).isEmpty)
    }

    @Test func scansSortsAndUnboundedWalksFail() {
        #expect(!PlanCheck.problems(Self.plan("SELECT count(*) FROM orders WHERE x = ?", "SCAN orders")).isEmpty)
        let wholeCount = Self.plan("SELECT count(*) FROM orders", "SCAN orders USING COVERING INDEX i")
        #expect(!PlanCheck.problems(wholeCount).isEmpty)
        #expect(!PlanCheck.problems(Self.plan("SELECT … LIMIT ?", "SEARCH o USING INDEX i (a=?)",
                                              "USE TEMP B-TREE FOR ORDER BY")).isEmpty)
        #expect(!PlanCheck.problems(Self.plan("SELECT …", "SEARCH o USING AUTOMATIC COVERING INDEX (a=?)")).isEmpty)
        #expect(!PlanCheck.problems(Self.plan("SELECT …")).isEmpty)
        #expect(PlanCheck.problems(wholeCount, .whole("orders")).isEmpty)
    }

    /// The hook explains each query the call ran once, and leaves out plain writes and SQLite's own statements.
    @Test func theHookExplainsEachQueryOnceAndNothingElse() throws {
        let (directory, store) = try ListFixtures.makeStore("plan-hook")
        defer { withExtendedLifetime(directory) {} }
        try ListFixtures.fill(store, ListFixtures.records(.orders, count: 20))
        let (counts, plans) = try store.statementPlans { (try store.count(.orders), try store.count(.orders)) }
        #expect(counts == (20, 20))
        #expect(plans.map(\.sql) == ["SELECT count(*) FROM orders"])
        let write = try store.statementPlans {
            try store.setSyncCursor(.orders, token: "t", at: ListFixtures.time(1, spread: 1))
        }
        #expect(write.plans.isEmpty)
        let search = try store.statementPlans {
            try store.page(StoreListQuery(kind: .orders, filterText: "有限公司", strategy: .searchIndexFirst))
        }
        #expect(!search.plans.isEmpty)
        #expect(!search.plans.contains { $0.sql.contains("_data") || $0.sql.contains("_config") }, "\(search.plans)")
        // Tracing stops with the call: a later statement is not recorded anywhere (and nothing crashes).
        #expect(try store.count(.orders) == 20)
    }
}
