import ListContract
import SellerCore
import SellerStore
import Testing

/// A filter past the limits gets a clear `ListFilterError` from every query, not an SQLite error that reads as
/// "cannot read the store"; a filter at the limits still runs.
@Suite struct ListFilterLimitTests {
    static let tooLong = String(repeating: "张", count: 250)
    static let tooManyTerms = (1...17).map { "t\($0)" }.joined(separator: " ")
    /// One character made of a thousand combining marks: short to the eye, huge to SQLite's LIKE.
    static let markBomb = "a" + String(repeating: "\u{301}", count: 1_200)

    @Test func messagesSayWhatIsWrong() {
        #expect(throws: ListFilterError.tooLong(characters: 250, limit: 200)) {
            try ListFilterError.check(Self.tooLong)
        }
        #expect(ListFilterError.tooLong(characters: 250, limit: 200).description
            == "filter too long: 250 characters, at most 200")
        #expect(throws: ListFilterError.tooManyTerms(count: 17, limit: 16)) {
            try ListFilterError.check(Self.tooManyTerms)
        }
        #expect(ListFilterError.tooManyTerms(count: 17, limit: 16).description
            == "filter has too many terms: 17, at most 16")
        #expect(throws: ListFilterError.tooManyCodePoints(count: 1_201, limit: 1_000)) {
            try ListFilterError.check(Self.markBomb)
        }
    }

    @Test func everyQueryRefusesAnOversizedFilter() throws {
        let (directory, store) = try ListFixtures.makeStore("filter-limits")
        defer { withExtendedLifetime(directory) {} }
        try ListFixtures.fill(store, ListFixtures.records(.orders, count: 20))
        for text in [Self.tooLong, Self.tooManyTerms, Self.markBomb] {
            let query = StoreListQuery(kind: .orders, filterText: text, limit: 10)
            #expect(throws: ListFilterError.self) { try store.page(query) }
            #expect(throws: ListFilterError.self) { try store.page(query, before: nil) }
            #expect(throws: ListFilterError.self) { try store.count(query, cap: 100) }
            #expect(throws: ListFilterError.self) { try store.queryPlan(query) }
        }
    }

    @Test func filtersAtTheLimitsRun() throws {
        let (directory, store) = try ListFixtures.makeStore("filter-at-limits")
        defer { withExtendedLifetime(directory) {} }
        try ListFixtures.fill(store, ListFixtures.records(.orders, count: 20))
        let sixteen = Array(repeating: "CS1", count: 16).joined(separator: " ")
        let longest = String(repeating: "x", count: 200)
        for text in [sixteen, longest, String(repeating: " ", count: 200)] {
            try ListFilterError.check(text)
            let query = StoreListQuery(kind: .orders, filterText: text, limit: 50)
            for strategy in [TextSearchStrategy.automatic, .sortIndexFirst, .searchIndexFirst] {
                var strategic = query
                strategic.strategy = strategy
                _ = try store.page(strategic)
            }
            _ = try store.count(query)
        }
        #expect(try store.count(StoreListQuery(kind: .orders, filterText: sixteen)) == 11)
    }
}
