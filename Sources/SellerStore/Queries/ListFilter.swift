import ListContract
import SellerCore

/// The seller's filter text split into terms, as SQL values (never SQL text).
///
/// Every term is checked with `LIKE '%term%' ESCAPE '\'` on the record's search text (`SearchSource`):
/// case-insensitive for ASCII, exact for Chinese, with `%`, `_` and `\` in the term taken literally. Terms of three
/// or more characters are also turned into an FTS5 trigram MATCH expression, which can find candidate rows
/// without a scan; the LIKE
/// check keeps the result identical whichever way the rows were found (the trigram match is a superset: it also
/// folds non-ASCII case).
struct ListFilter {
    /// The terms, escaped for `LIKE` (`ListTable.likeCheck` makes each part's pattern).
    let likeTerms: [String]
    /// The trigrams asked of the search index (`trigrams(of:)`), fewer once `keepingTrigrams` dropped some.
    private(set) var trigrams: [String]
    /// The terms' trigrams before any was dropped; none while the kind is bulk loaded.
    private var allTrigrams: [String]
    /// `"tri" AND "rig" AND …` over `trigrams`, or nil when there are none. Each trigram is an FTS5 string
    /// (double quotes doubled), so no term can change the query's syntax.
    var matchExpression: String? {
        trigrams.isEmpty ? nil : trigrams.map(Self.quoteFTS).joined(separator: " AND ")
    }
    /// The field terms (`created:7d`, `amount:>100`, `product:签章`), made column conditions on the base table `o`
    /// by `fieldConditions`, which is given the shared texts each `product:` term matches.
    private let fields: [ParsedFilter.FieldTerm]
    private let kind: EntityKind
    /// The orders' amount term on `orders_by_amount` (which `fieldConditions` keeps off unless asked), and its
    /// place among the field terms: the planner swaps it in when few orders match (`ListPlanner.Driver.amountIndex`).
    let indexedAmount: (position: Int, condition: AttentionConditions.Condition)?

    /// Whether a field term can only be checked row by row (`product:`, a part of a name): no index finds it.
    let checksRows: Bool

    /// The trigram tokenizer indexes every run of three code points, so shorter terms cannot use it.
    static let trigramLength = 3

    /// Throws `ListFilterError` for a filter past the limits, instead of running a query SQLite may refuse.
    init(_ text: String, kind: EntityKind, clock: FilterClock?) throws(ListFilterError) {
        _ = try Self.terms(of: text)
        let parsed: ParsedFilter
        do {
            parsed = try FilterParser.parse(text, kind: kind, clock: clock)
        } catch {
            throw .malformed(error)
        }
        let terms = parsed.freeTerms
        fields = parsed.fields
        self.kind = kind
        checksRows = parsed.fields.contains { $0.field == .product }
        indexedAmount = parsed.fields.indices.lazy.compactMap { index in
            guard case .amount(let lower, let upper) = parsed.fields[index].condition else { return nil }
            return (index, ListFieldConditions.amountCondition(lower, upper, indexed: true))
        }.first
        likeTerms = terms.map(Self.escapeLike)
        // A customer id or SKU is also in the search text (issue 13), so the trigram index can find its few rows
        // instead of a walk of the sort index; the column condition keeps the match exact.
        let identifiers = parsed.fields.compactMap { term -> String? in
            guard term.field == .customer || term.field == .sku, case .text(let value) = term.condition else { return nil }
            return value
        }
        let long = (terms + identifiers).filter { $0.unicodeScalars.count >= Self.trigramLength }
        trigrams = Self.trigrams(of: long)
        allTrigrams = trigrams
    }

    /// The runs of three code points in each term's first `SearchSource.indexedIdLength`, first occurrence
    /// only. The index keeps no positions (`SearchSource`), so a term is asked for as a set of its trigrams: every
    /// row holding the term holds them all, and the `LIKE` check drops the rows that hold them apart. Only the
    /// term's start is asked for because the index keeps only an id's start: a whole id pasted in is still found.
    static func trigrams(of terms: [String]) -> [String] {
        var seen = Set<String>(), result: [String] = []
        for term in terms {
            let scalars = Array(term.unicodeScalars.prefix(SearchSource.indexedIdLength))
            for start in 0...(scalars.count - trigramLength) {
                var trigram = String.UnicodeScalarView()
                trigram.append(contentsOf: scalars[start..<(start + trigramLength)])
                if seen.insert(String(trigram)).inserted { result.append(String(trigram)) }
            }
        }
        return result
    }

    /// Whether the terms have trigrams at all, asked of the index or not: a walk of the sort index can give way
    /// to the index (`LocalStore.fetchPage`). False while the kind is bulk loaded.
    var mayUseSearchIndex: Bool { !allTrigrams.isEmpty }

    /// The same filter checked on each row alone, for a kind whose trigram index is being built (a bulk load).
    func withoutSearchIndex() -> ListFilter {
        var filter = keepingTrigrams { _ in false }
        filter.allTrigrams = []
        return filter
    }

    /// The same filter asking the search index for fewer trigrams. The `LIKE` checks keep the rows exact: the
    /// index only narrows the rows they are run on, and with no trigram left the rows are walked and checked.
    func keepingTrigrams(_ keep: (String) throws -> Bool) rethrows -> ListFilter {
        var filter = self
        filter.trigrams = try trigrams.filter(keep)
        return filter
    }

    /// The filter's terms, checked against `ListFilterError`'s limits.
    static func terms(of text: String) throws(ListFilterError) -> [String] {
        // The code points first: counting characters walks grapheme breaks, whose cost grows with the text.
        let codePoints = text.unicodeScalars.count
        guard codePoints <= ListFilterError.maxCodePoints else {
            throw .tooManyCodePoints(count: codePoints, limit: ListFilterError.maxCodePoints)
        }
        let characters = text.count
        guard characters <= ListFilterError.maxCharacters else {
            throw .tooLong(characters: characters, limit: ListFilterError.maxCharacters)
        }
        // Character.isWhitespace includes the ideographic space (U+3000) a Chinese IME types.
        let terms = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard terms.count <= ListFilterError.maxTerms else {
            throw .tooManyTerms(count: terms.count, limit: ListFilterError.maxTerms)
        }
        return terms
    }

    /// The field conditions, with the amount's on its index when `indexedAmount` is true. `sharedMatches` holds,
    /// for each of `productTerms`, its number among the reader's kept matches of shared texts (`SharedTextMatches`).
    func fieldConditions(indexedAmount useIndex: Bool,
                         sharedMatches: [String: Int64]) -> [AttentionConditions.Condition] {
        var result = fields.map { term in
            ListFieldConditions.condition(term, kind: kind) { sharedMatches[Self.escapeLike($0)] ?? SharedTexts.noTerm }
        }
        if useIndex, let indexedAmount { result[indexedAmount.position] = indexedAmount.condition }
        return result
    }

    /// How many field terms the filter has.
    var fieldTermCount: Int { fields.count }

    /// The `product:` values, escaped for `LIKE`: each is checked on the ids of the shared texts `%value%`
    /// matches, which the reader keeps, as it does for free terms.
    var productTerms: [String] {
        fields.compactMap { term in
            guard term.field == .product, case .text(let value) = term.condition else { return nil }
            return Self.escapeLike(value)
        }
    }

    /// Whether the filter has free text, which needs the search table joined.
    var hasTerms: Bool { !likeTerms.isEmpty }

    /// Works on code points, not Characters: `%` followed by a combining mark is one Character but SQLite still
    /// sees a bare `%`.
    static func escapeLike(_ term: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in term.unicodeScalars {
            if scalar == "\\" || scalar == "%" || scalar == "_" { out.append("\\") }
            out.append(scalar)
        }
        return String(out)
    }

    static func quoteFTS(_ term: String) -> String {
        var out = String.UnicodeScalarView()
        out.append("\"")
        for scalar in term.unicodeScalars {
            if scalar == "\"" { out.append("\"") }
            out.append(scalar)
        }
        out.append("\"")
        return String(out)
    }
}
