import ListContract
import SellerCore
@testable import SellerStore
import TestSupport
import Testing

/// Issue 15: a term with many matches is found by walking the sort index, which is quick when the matches are
/// spread along it. When they are bunched far along it (an order id's start is its creation minute), the walk
/// stops at its budget and the trigram index's matches are sorted instead. The page is the same either way.
@Suite struct ListWalkBudgetTests {
    /// 6,000 old orders of one customer (more than `searchFirstLimit`, so the walk is chosen) behind 3,000 newer
    /// orders of others, newest first.
    static func store(_ label: String, farStoredFirst: Bool = false) throws
        -> (directory: TemporaryDirectory, store: LocalStore) {
        let (directory, store) = try ListFixtures.makeStore(label)
        let far = (0..<6_000).map { i in
            ListFixtures.order("F\(i)", name: "远方贸易", created: Timestamp(millis: ListFixtures.base + Int64(i) * 1_000))
        }
        let near = (0..<3_000).map { i in
            ListFixtures.order("N\(i)", name: "近邻商行", created: Timestamp(millis: ListFixtures.base + 10_000_000
                                                                          + Int64(i) * 1_000))
        }
        // Stored after the others, the matches are not in the rows sampled for a trigram's share
        // (`withoutCommonTrigrams`), and the walk asks the search index for the term's trigrams; stored first,
        // they are, and the walk asks for none.
        try ListFixtures.fill(store, (farStoredFirst ? far + near : near + far).map(SellerRecord.order))
        return (directory, store)
    }

    static func pages(_ store: LocalStore, _ strategy: TextSearchStrategy) throws -> [[String]] {
        let query = StoreListQuery(kind: .orders, filterText: "远方贸", limit: 40, strategy: strategy)
        let first = try store.page(query)
        let second = try store.page(query, after: first.rows.last?.key)
        return [first.rows.map(\.id), second.rows.map(\.id)]
    }

    @Test func aWalkPastItsBudgetGivesWayToTheSearchIndexWithTheSamePage() throws {
        let (directory, store) = try Self.store("walk-budget")
        defer { withExtendedLifetime(directory) {} }
        let expected = [(5960..<6000).reversed().map { "F\($0)" }, (5920..<5960).reversed().map { "F\($0)" }]
        #expect(try Self.pages(store, .sortIndexFirst) == expected)

        var statements: [String] = []
        store.db.trace { statements.append($0) }
        defer { store.db.trace(nil) }
        #expect(try Self.pages(store, .automatic) == expected)
        #expect(!statements.contains { $0.contains("CROSS JOIN orders AS o ON o.rowid = s.rowid") },
                "3,000 rows walked are within the budget")

        store.listWalkBudget = 20
        statements = []
        #expect(try Self.pages(store, .automatic) == expected)
        let sorted = statements.filter { $0.contains("CROSS JOIN orders AS o ON o.rowid = s.rowid") }.count
        // The first page's walk ran out and the matches were sorted; the second starts among the matches.
        #expect(sorted == 1)
        #expect(try store.count(StoreListQuery(kind: .orders, filterText: "远方贸")) == 6_000)
    }

    /// A walk that asked the index for no trigram (every one is common in the sampled rows) still gives way to it,
    /// asked for every trigram of the term.
    @Test func aWalkWithoutTrigramsGivesWayToTheIndexAskedForAllOfThem() throws {
        let (directory, store) = try Self.store("walk-budget-common", farStoredFirst: true)
        defer { withExtendedLifetime(directory) {} }
        let filter = try ListFilter("远方贸", kind: .orders, clock: nil)
        #expect(try store.withoutCommonTrigrams(filter, .orders).matchExpression == nil)
        var statements: [String] = []
        store.db.trace { statements.append($0) }
        defer { store.db.trace(nil) }
        store.listWalkBudget = 20
        let expected = [(5960..<6000).reversed().map { "F\($0)" }, (5920..<5960).reversed().map { "F\($0)" }]
        #expect(try Self.pages(store, .automatic) == expected)
        #expect(statements.filter { $0.contains("CROSS JOIN orders AS o ON o.rowid = s.rowid") }.count == 1)
    }
}
