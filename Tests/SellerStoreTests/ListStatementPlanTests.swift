import ListContract
import SellerCore
import SellerStore
import TestSupport
import Testing

/// EXPLAIN QUERY PLAN checks (issue 15) for every statement a list runs, not only a page's first: every segment
/// of a page in both directions and at both ends, the strategy probes, the count with and without its cap, the
/// export stream and "mark all that match". Generic over kind × sort column × direction × status preset ×
/// attention scope × filter field, so they keep holding while the indexes and search tables change.
@Suite struct ListStatementPlanTests {
    static let now = Timestamp(millis: ListFixtures.base + 86_400_000)
    static let clock = AttentionClock(now: now, utcOffsetSeconds: 8 * 3600)
    /// The console's cap on a filtered count (`StoreReader.filteredCountCap`).
    static let countCap = 10_000

    static func store() throws -> (TemporaryDirectory, LocalStore) {
        let (directory, store) = try ListFixtures.makeStore("list-statement-plan")
        for kind in EntityKind.allCases { try ListFixtures.fill(store, ListFixtures.records(kind, count: 300)) }
        return (directory, store)
    }

    /// No filter, two statuses, and each attention scope of the kind: what the tabs and the overview open.
    static func narrowings(_ kind: EntityKind) -> [(label: String, statuses: [ListStatus], scope: AttentionScope?)] {
        let statuses = ListStatus.all(for: kind)
        return [("all", [], nil), ("one status", Array(statuses.prefix(1)), nil),
                ("two statuses", [statuses[0], statuses[statuses.count - 1]], nil)]
            + AttentionItem.allCases.filter { $0.kind == kind }
                .map { ("scope \($0)", [], AttentionScope($0, clock: clock)) }
    }

    /// One term per filter field the kind has, plus free text that is common, rare and too short for trigrams.
    static func filters(_ kind: EntityKind) -> [String] {
        let fields = FilterField.allCases.filter { $0.applies(to: kind) }.map { field -> String in
            switch field.valueKind {
            case .time: "\(field.rawValue):2026-09-01..2026-12-31"
            case .amount: "\(field.rawValue):>5"
            case .text: field == .activity ? "activity:newInstance" : "\(field.rawValue):C1"
            }
        }
        return fields + ["有限公司", "acme east", "张", "nothing-like-this"]
    }

    /// The two drivers a probe picks when few rows match (`LocalStore.searchFirstLimit`, 5,000) start from the
    /// trigram index or `orders_by_amount` and sort those few matches' keys: the one sort a list makes, bounded
    /// by the probe. Every other page walks its sort index.
    static func rules(_ plans: [StatementPlan]) -> PlanRules {
        PlanRules(tempSort: plans.contains { $0.lines.contains {
            $0.contains("VIRTUAL TABLE INDEX") || $0.contains("INDEX orders_by_amount") } })
    }

    static func checkPages(_ store: LocalStore, _ query: StoreListQuery, _ label: String) throws {
        let first = try store.page(query, after: nil)
        let middle = first.rows.dropFirst(first.rows.count / 2).first?.key
        var calls: [(String, () throws -> ListPageResult)] = [
            ("first page", { try store.page(query, after: nil) }),
            ("last page (G)", { try store.page(query, before: nil) }),
        ]
        if let middle {
            calls.append(("page after a key", { try store.page(query, after: middle) }))
            calls.append(("page before a key", { try store.page(query, before: middle) }))
        }
        for (name, call) in calls {
            let plans = try store.statementPlans(of: call).plans
            #expect(!plans.isEmpty, "\(label) \(name): ran no read")
            let rules = Self.rules(plans)
            for plan in plans {
                let found = PlanCheck.problems(plan, rules)
                #expect(found.isEmpty, "\(label) \(name): \(found.joined(separator: "; "))\n\(plan)")
            }
        }
    }

    static func checkCount(_ store: LocalStore, _ query: StoreListQuery, _ label: String) throws {
        let cap = query.isFiltered ? Self.countCap : nil
        let plans = try store.statementPlans { try store.count(query, cap: cap) }.plans
        var rules = Self.rules(plans)
        // An unfiltered count reads the table's smallest index by nature (issue 15 keeps such counts elsewhere).
        if !query.isFiltered { rules.wholeScans = ["o", StoreQueryPlanTests.table(query.kind)] }
        #expect(!plans.isEmpty, "\(label) count: ran no read")
        for plan in plans {
            let found = PlanCheck.problems(plan, rules)
            #expect(found.isEmpty, "\(label) count: \(found.joined(separator: "; "))\n\(plan)")
        }
    }

    @Test(arguments: EntityKind.allCases)
    func everySortDirectionAndNarrowingPagesWithoutSortingOrScanning(kind: EntityKind) throws {
        let (directory, store) = try Self.store()
        defer { withExtendedLifetime(directory) {} }
        for (label, statuses, scope) in Self.narrowings(kind) {
            for column in ListSortColumn.columns(for: kind) {
                for descending in [false, true] {
                    let query = StoreListQuery(kind: kind, statuses: statuses,
                                               sort: ListSort(column, descending: descending), scope: scope)
                    try Self.checkPages(store, query, "\(kind) \(label) \(column) \(descending ? "desc" : "asc")")
                }
            }
        }
    }

    @Test(arguments: EntityKind.allCases)
    func everyCountSeeksOrIsCapped(kind: EntityKind) throws {
        let (directory, store) = try Self.store()
        defer { withExtendedLifetime(directory) {} }
        for (label, statuses, scope) in Self.narrowings(kind) {
            try Self.checkCount(store, StoreListQuery(kind: kind, statuses: statuses, scope: scope), "\(kind) \(label)")
        }
        for status in ListStatus.all(for: kind) {
            try Self.checkCount(store, StoreListQuery(kind: kind, statuses: [status]), "\(kind) \(status)")
        }
        for filter in Self.filters(kind) {
            try Self.checkCount(store, StoreListQuery(kind: kind, filterText: filter), "\(kind) \(filter)")
            let statuses = Array(ListStatus.all(for: kind).prefix(2))
            try Self.checkCount(store, StoreListQuery(kind: kind, filterText: filter, statuses: statuses),
                                "\(kind) \(filter) + statuses")
        }
    }

    @Test(arguments: EntityKind.allCases)
    func everyFilterFieldPagesWithoutSortingOrScanning(kind: EntityKind) throws {
        let (directory, store) = try Self.store()
        defer { withExtendedLifetime(directory) {} }
        for filter in Self.filters(kind) {
            for column in ListSortColumn.columns(for: kind) {
                let query = StoreListQuery(kind: kind, filterText: filter, sort: ListSort(column))
                try Self.checkPages(store, query, "\(kind) \(filter) \(column)")
            }
            let narrowed = StoreListQuery(kind: kind, filterText: filter,
                                          statuses: Array(ListStatus.all(for: kind).prefix(2)))
            try Self.checkPages(store, narrowed, "\(kind) \(filter) + statuses")
        }
    }

    @Test func theExportStreamAndMarkAllRunOnlyPageStatements() throws {
        let (directory, store) = try Self.store()
        defer { withExtendedLifetime(directory) {} }
        for kind in EntityKind.allCases {
            let query = StoreListQuery(kind: kind, limit: 40)
            let streamed = try PlanCheck.check(store, "\(kind) forEachPage") {
                try store.forEachPage(query, limit: 250) { _ in }
            }
            #expect(!streamed.isEmpty)
            try PlanCheck.check(store, "\(kind) ids(matching:)") { try store.ids(matching: query, limit: 120) }
        }
    }
}
