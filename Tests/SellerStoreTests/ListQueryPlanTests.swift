import ListContract
import SellerCore
import SellerStore
import TestSupport
import Testing

/// EXPLAIN QUERY PLAN checks: sorts are served by indexes and keyed pages seek instead of scanning, so a page
/// costs the same at any depth of a 1,000,000-row list.
@Suite struct ListQueryPlanTests {
    static func store() throws -> (TemporaryDirectory, LocalStore) {
        let (directory, store) = try ListFixtures.makeStore("list-plan")
        for kind in EntityKind.allCases { try ListFixtures.fill(store, ListFixtures.records(kind, count: 50)) }
        return (directory, store)
    }

    static func usesTempSort(_ plan: [String]) -> Bool { plan.contains { $0.contains("USE TEMP B-TREE") } }

    @Test func unfilteredSortsUseAnIndexAndKeyedPagesSeek() throws {
        let (directory, store) = try Self.store()
        defer { withExtendedLifetime(directory) {} }
        for kind in EntityKind.allCases {
            for column in ListSortColumn.columns(for: kind) {
                for descending in [false, true] {
                    let query = StoreListQuery(kind: kind, sort: ListSort(column, descending: descending))
                    let first = try store.queryPlan(query)
                    #expect(!Self.usesTempSort(first), "\(kind) \(column) \(descending): \(first)")
                    #expect(first.contains { $0.contains("INDEX") }, "\(kind) \(column) \(descending): \(first)")

                    let key = try #require(try store.page(query, after: nil).rows.dropFirst(10).first?.key)
                    let keyed = try store.queryPlan(query, after: key)
                    #expect(!Self.usesTempSort(keyed), "\(kind) \(column) keyed: \(keyed)")
                    #expect(keyed.contains { $0.hasPrefix("SEARCH") }, "\(kind) \(column) keyed: \(keyed)")
                }
            }
        }
    }

    @Test func nullExpiryTimesArePagedByTheirOwnIndexRange() throws {
        let (directory, store) = try Self.store()
        defer { withExtendedLifetime(directory) {} }
        let query = StoreListQuery(kind: .instances, sort: ListSort(.expireTime, descending: false))
        let plan = try store.queryPlan(query, after: ListRowKey(sortValue: .null, rowid: 1, id: "INS1"))
        #expect(plan.contains { $0.contains("instances_by_expire (expire_time=? AND rowid>?)") }, "\(plan)")
        #expect(!Self.usesTempSort(plan))
    }

    /// A scope's terms on the sort column bound the walk of the sort index; its other terms are checked on the
    /// rows the walk yields (issue 15), so "expiring soon" sorted by expiry reads only the coming month's range.
    @Test func aScopesBoundOnTheSortColumnNarrowsTheWalk() throws {
        let (directory, store) = try Self.store()
        defer { withExtendedLifetime(directory) {} }
        let clock = AttentionClock(now: Timestamp(millis: ListFixtures.base), utcOffsetSeconds: 8 * 3600)
        let query = StoreListQuery(kind: .instances, sort: ListSort(.expireTime),
                                   scope: AttentionScope(.expiringSoon, clock: clock))
        let plan = try store.queryPlan(query)
        #expect(plan.contains { $0.contains("instances_by_expire (expire_time>? AND expire_time<?)") }, "\(plan)")
        #expect(!Self.usesTempSort(plan), "\(plan)")
    }

    @Test func statusFiltersSeekPerStatusOrKeepTheSortIndex() throws {
        let (directory, store) = try Self.store()
        defer { withExtendedLifetime(directory) {} }
        for kind in EntityKind.allCases {
            let statuses = ListQueryCrossTests.statuses(kind) + ListQueryCrossTests.statuses(kind).prefix(1)
            for column in ListSortColumn.columns(for: kind) {
                let query = StoreListQuery(kind: kind, statuses: statuses, sort: ListSort(column))
                let plan = try store.queryPlan(query)
                #expect(!Self.usesTempSort(plan), "\(kind) \(column): \(plan)")
                #expect(!plan.contains { $0.hasPrefix("SCAN o") && !$0.contains("INDEX") }, "\(kind) \(column): \(plan)")
            }
            // The default sort has a (status, column) index: one seek per status, merged in order.
            let plan = try store.queryPlan(StoreListQuery(kind: kind, statuses: statuses))
            if Set(statuses).count >= 2 {
                #expect(plan.contains { $0.contains("MERGE (UNION ALL)") }, "\(kind): \(plan)")
            }
        }
    }

    @Test func commonTermsWalkTheSortIndexAndRareTermsStartFromTheSearchIndex() throws {
        let (directory, store) = try Self.store()
        defer { withExtendedLifetime(directory) {} }
        let common = try store.queryPlan(StoreListQuery(kind: .orders, filterText: "有限公司",
                                                        strategy: .sortIndexFirst))
        #expect(common.first?.hasPrefix("SCAN o USING") == true, "\(common)")
        #expect(!Self.usesTempSort(common))
        let rare = try store.queryPlan(StoreListQuery(kind: .orders, filterText: "有限公司",
                                                      strategy: .searchIndexFirst))
        #expect(rare.contains { $0.contains("VIRTUAL TABLE INDEX") && $0.contains("M") }, "\(rare)")
        // A few dozen matches are "few": the automatic strategy starts from the search index.
        #expect(try store.queryPlan(StoreListQuery(kind: .orders, filterText: "有限公司")) == rare)
        // Short terms cannot use the trigram index; they are checked along the sort index.
        let short = try store.queryPlan(StoreListQuery(kind: .orders, filterText: "张", strategy: .searchIndexFirst))
        #expect(!Self.usesTempSort(short), "\(short)")
    }

    /// A capped count of a term the trigram index cannot serve walks rows in the order they are stored: the
    /// table in rowid order, or a status's `(status)` entries (in rowid order too), never a sort's index, whose
    /// order puts each row on a page of its own at a million orders.
    @Test func aCappedCountWalksRowsInStorageOrder() throws {
        let (directory, store) = try Self.store()
        defer { withExtendedLifetime(directory) {} }
        let walk = try store.statementPlans {
            try store.count(StoreListQuery(kind: .orders, filterText: "张"), upTo: 1_000)
        }.plans.flatMap(\.lines)
        #expect(walk.contains { $0.hasSuffix("SCAN o") }, "\(walk)")
        #expect(!walk.contains { $0.contains("orders_by_create_time") || $0.contains("TEMP B-TREE") }, "\(walk)")
        let status = try store.statementPlans {
            try store.count(StoreListQuery(kind: .orders, filterText: "张", statuses: [.order(.completed)]), upTo: 1_000)
        }.plans.flatMap(\.lines)
        #expect(status.contains { $0.contains("orders_by_status_id") }, "\(status)")
        #expect(!status.contains { $0.contains("orders_by_create_time") || $0.contains("TEMP B-TREE") }, "\(status)")
        let (counted, _) = try store.statementPlans {
            try store.count(StoreListQuery(kind: .orders, filterText: "张"), upTo: 1_000)
        }
        #expect(counted.count == (try store.count(StoreListQuery(kind: .orders, filterText: "张"))))
    }
}
