import SellerCore

extension Schema {
    /// Issue 15: every trigram index gets one column per part of its text (`SearchSource`) in place of one column
    /// holding the parts joined by spaces, whose trigrams across the spaces no term can ask for. The indexes and
    /// their views are re-created and rebuilt from the records, one pass each (about 20 s a million orders).
    static let searchColumns = Migration(id: "2026-12-12-search-columns", sql: searchIndexesRecreatedSQL)

    /// Issue 15: ids are found by their start, and the trigram indexes keep only an id's first
    /// `SearchSource.indexedIdLength` characters. The rows indexed under whole ids are re-indexed the same way.
    static let searchIdPrefixes = Migration(id: "2026-12-16-search-id-prefixes", sql: searchIndexesRecreatedSQL)

    /// Drops every trigram index and its view, then creates them as `SearchSource` defines them over the store of
    /// those migrations (products inline) and fills them from the records.
    private static var searchIndexesRecreatedSQL: String {
        EntityKind.allCases.map { "DROP TABLE \(StoreTables.search($0));\nDROP VIEW \(SearchSource.viewName($0));" }
            .joined(separator: "\n") + "\n"
            + EntityKind.allCases.map { SearchSource.createSQL($0, layout: .productsInline) }.joined(separator: "\n")
    }
}
