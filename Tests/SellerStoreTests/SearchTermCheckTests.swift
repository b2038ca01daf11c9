import ListContract
import SellerCore
@testable import SellerStore
import TestSupport
import Testing

/// Issue 15: a term is checked part by part (`SearchSource.termCheck`): anywhere in a name, a text or a label,
/// from the start of an id. This compares the SQL check with the same rule applied in Swift to each part's value
/// on every kind, for pieces of every part (from its start, middle and end, in both cases) and for terms with
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

    /// `LIKE`'s rule: ASCII letters in either case, anything else exactly.
    static func folded(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
        }))
    }

    /// The rows where some part holds `term` the way the part is searched.
    static func expected(_ parts: [(rowid: Int64, values: [String?])], _ reaches: [SearchSource.Reach],
                         _ term: String) -> Set<Int64> {
        let term = folded(term)
        return Set(parts.filter { row in
            zip(row.values, reaches).contains { value, reach in
                guard let value = value.map(folded) else { return false }
                return reach == .fromStart ? value.hasPrefix(term) : value.contains(term)
            }
        }.map(\.rowid))
    }

    @Test(arguments: EntityKind.allCases)
    func eachPartIsSearchedAsItsReachSays(kind: EntityKind) throws {
        let (directory, store) = try ListFixtures.makeStore("term-check-\(kind)")
        defer { withExtendedLifetime(directory) {} }
        try ListFixtures.fill(store, ListFixtures.records(kind, count: 30))
        let parts = SearchSource.searchParts(kind)
        let rows = try store.db.rows(
            "SELECT o.rowid, \(parts.map(\.sql).joined(separator: ", ")) FROM \(StoreTables.table(kind)) AS o"
        ) { row in (rowid: row.int64(0), values: parts.indices.map { row.optionalText($0 + 1) }) }
        #expect(rows.count == 30)
        var terms = Set(rows.flatMap { $0.values.compactMap { $0 }.flatMap(Self.terms(in:)) })
        terms.formUnion(terms.map { $0.uppercased() })
        terms.formUnion(["%", "_", "\\", "a%b", "1_", "zz-no-such-text", "订单", "已"])
        let check = SearchSource.termCheck(kind)
        let table = ListTable(kind)
        var matched = 0, startsOnly = 0
        for term in terms {
            let expected = Self.expected(rows, check.reaches, term)
            let escaped = ListFilter.escapeLike(term)
            let shared = try store.sharedTextMatches.term(matching: "%" + escaped + "%",
                                                          limit: SearchSource.cutLength, in: store.db)
            let binds = table.likeCheck(escaped, sharedTerm: shared).binds
            let found = try Self.rowids(store, kind, where: check.sql, binds)
            #expect(found == expected, "term \(term)")
            if !expected.isEmpty { matched += 1 }
            let anywhere = Self.expected(rows, check.reaches.map { _ in .anywhere }, term)
            if anywhere != expected { startsOnly += 1 }
        }
        // The comparison is only worth something if most terms find rows, and some find fewer than a substring
        // search of every part would (the middle of an id).
        #expect(matched * 2 > terms.count)
        #expect(startsOnly > 0)
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
