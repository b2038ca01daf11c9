import SellerCore

extension Schema {
    /// Issue 15: the search tables become external-content trigram indexes over `SearchSource`'s views. The old
    /// tables kept every search text twice more (a content copy and, per trigram, every position): 1.2 GB of a
    /// 3.2 GB store at 1,000,000 orders. The new ones are rebuilt here from the records, in one pass each.
    static let externalSearch = Migration(id: "2026-12-09-external-search", sql:
        EntityKind.allCases.map { "DROP TABLE \(StoreTables.search($0));" }.joined(separator: "\n") + "\n"
        + EntityKind.allCases.map { SearchSource.createSQL($0, layout: .linesByOrderId) }.joined(separator: "\n"))
}
