import SellerCore

extension Schema {
    /// Issue 15: every trigram index gets one column per part of its text (`SearchSource`) in place of one column
    /// holding the parts joined by spaces, whose trigrams across the spaces no term can ask for. The indexes and
    /// their views are re-created and rebuilt from the records, one pass each (about 20 s a million orders).
    static let searchColumns = Migration(id: "2026-12-12-search-columns", sql:
        EntityKind.allCases.map { "DROP TABLE \(StoreTables.search($0));\nDROP VIEW \(SearchSource.viewName($0));" }
            .joined(separator: "\n") + "\n"
        + EntityKind.allCases.map { SearchSource.createSQL($0) }.joined(separator: "\n"))
}
