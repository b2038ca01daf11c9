import ListContract
import SellerCore
@testable import SellerStore
import TestSupport
import Testing

/// Issue 15: a term is checked part by part (`SearchSource.termCheck`) instead of with one `LIKE` on the joined
/// search text. A term holds no whitespace, so the two must find the same rows; this compares them on every
/// kind, for pieces of every row's own text (from its start, middle and end, in both cases) and for terms with
/// `LIKE`'s own characters.
@Suite struct SearchTermCheckTests {
    static func rowids(_ store: LocalStore, _ kind: EntityKind, where condition: String,
                       _ binds: [SQLiteValue]) throws -> Set<Int64> {
        Set(try store.db.rows("SELECT o.rowid FROM \(StoreTables.table(kind)) AS o WHERE \(condition)", binds) {
            $0.int64(0)
        })
    }

    /// Pieces of `text` one to five code points long, at its start, middle and end, that hold no whitespace.
    static func terms(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var terms: [String] = []
        for length in 1...5 where length <= scalars.count {
            for start in Set([0, (scalars.count - length) / 2, scalars.count - length]) {
                var piece = String.UnicodeScalarView()
                piece.append(contentsOf: scalars[start..<(start + length)])
                let term = String(piece)
                if !term.contains(where: \.isWhitespace) { terms.append(term) }
            }
        }
        return terms
    }

    @Test(arguments: EntityKind.allCases)
    func thePartsFindWhatTheJoinedTextFinds(kind: EntityKind) throws {
        let (directory, store) = try ListFixtures.makeStore("term-check-\(kind)")
        defer { withExtendedLifetime(directory) {} }
        try ListFixtures.fill(store, ListFixtures.records(kind, count: 30))
        let texts = try store.db.rows(
            "SELECT \(SearchSource.expression(kind)) FROM \(StoreTables.table(kind)) AS o") { $0.text(0) }
        #expect(texts.count == 30)
        var terms = Set(texts.flatMap(Self.terms(in:)))
        terms.formUnion(terms.map { $0.uppercased() })
        terms.formUnion(["%", "_", "\\", "a%b", "1_", "zz-no-such-text", "订单", "已"])
        let joined = "(\(SearchSource.expression(kind))) LIKE ? ESCAPE '\\'"
        let check = SearchSource.termCheck(kind)
        var matched = 0
        for term in terms {
            let pattern = SQLiteValue.text("%" + ListFilter.escapeLike(term) + "%")
            let expected = try Self.rowids(store, kind, where: joined, [pattern])
            let found = try Self.rowids(store, kind, where: check.sql,
                                        Array(repeating: pattern, count: check.binds))
            #expect(found == expected, "term \(term)")
            if !expected.isEmpty { matched += 1 }
        }
        // The comparison is only worth something if most terms find rows.
        #expect(matched * 2 > terms.count)
    }

    /// The index has a column per part, so it holds no trigram across the space between two parts (no term can
    /// hold a space); the trigrams inside each part are all there.
    @Test func theIndexHoldsNoTrigramAcrossTwoParts() throws {
        let (directory, store) = try ListFixtures.makeStore("term-check-columns")
        defer { withExtendedLifetime(directory) {} }
        let order = ListFixtures.order("CS77", name: "李娜", created: ListFixtures.time(1, spread: 9))
        try ListFixtures.fill(store, [.order(order)])
        func found(_ trigram: String) throws -> Int64? {
            try store.db.scalar("SELECT count(*) FROM orders_search WHERE orders_search MATCH ?",
                                [.text("\"" + trigram + "\"")])?.int64Value
        }
        #expect(try found("S77") == 1 && found("C-C") == 1, "inside the id and the customer id")
        #expect(try found("77 ") == 0 && found("7 李") == 0, "across the order id and the customer's name")
    }
}
