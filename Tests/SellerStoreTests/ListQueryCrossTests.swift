import ListContract
import SellerCore
import SellerStore
import Testing
import TestSupport

/// Filter text × status filter × every sort column and direction × both search strategies, on 2,500 records of
/// each kind: forward and backward paging return exactly the records that match, in order, and `count` agrees.
@Suite(.exclusive, .serialized) struct ListQueryCrossTests {
    /// Terms that occur only in customer names (never in ids, products, labels or other searched fields), so the
    /// expected rows follow from the names alone.
    static let filters = ["", "张", "有限", "有限公司", "ACME", "acme cloud", "Zeta 张"]
    /// For calls: the `key:value` words in any ASCII case, an order-id fragment, a label, and mixes.
    static let callFilters = ["", "cs1", "outcome:failure", "OUTCOME:Failure cs2", "signature:ok",
                              "activity:newinstance", "cs9 成功", "signature:mismatch"]

    static func filters(_ kind: EntityKind) -> [String] { kind == .calls ? callFilters : filters }

    static func statuses(_ kind: EntityKind) -> [ListStatus] {
        switch kind {
        case .orders: [.order(.processing), .order(.cancelled)]
        case .instances: [.instance(.normal), .instance(.frozen)]
        case .exceptions: ListStatus.openExceptionStates
        case .supervision: [.supervision(SupervisionNode.allCases[0]), .supervision(SupervisionNode.allCases[2])]
        case .tickets: [.ticket(.inProgress)]
        case .calls: [.call(.failure)]
        }
    }

    @Test(.tags(.heavy), arguments: EntityKind.allCases)
    func filteredPagesMatchTheExpectedRows(kind: EntityKind) throws {
        let (directory, store) = try ListFixtures.makeStore("list-cross")
        defer { withExtendedLifetime(directory) {} }
        let records = ListFixtures.records(kind, count: 2_500)
        try ListFixtures.fill(store, records)

        for filter in Self.filters(kind) {
            let terms = filter.split(separator: " ").map(String.init)
            for statuses in [[], Self.statuses(kind)] {
                let matching = records.filter { record in
                    let text = ListFixtures.searchable(record)
                    return terms.allSatisfy { ListFixtures.containsIgnoringASCIICase(text, $0) }
                        && (statuses.isEmpty || statuses.map(\.rawValue).contains(ListFixtures.status(record)))
                }
                let base = StoreListQuery(kind: kind, filterText: filter, statuses: statuses)
                #expect(try store.count(base) == matching.count, "\(kind) count \(filter) \(statuses)")

                for column in ListSortColumn.columns(for: kind) {
                    for descending in [false, true] {
                        let sort = ListSort(column, descending: descending)
                        let expected = ListFixtures.expectedIDs(matching, sort)
                        for strategy in [TextSearchStrategy.sortIndexFirst, .searchIndexFirst] {
                            var query = base
                            query.sort = sort
                            query.strategy = strategy
                            query.limit = 97
                            let label = "\(kind) \(filter.debugDescription) \(statuses) \(sort) \(strategy)"
                            let forward = try ListFixtures.pageForward(store, query).flatMap { $0.map(\.id) }
                            #expect(forward == expected, "forward \(label)")
                            let backward = try ListFixtures.pageBackward(store, query)
                            #expect(backward.reversed().flatMap { $0.map(\.id) } == expected, "backward \(label)")
                        }
                    }
                }
            }
        }
    }
}
