import ListContract
import SellerCore

/// Finding a record by id across kinds (`:goto`), and the list row of one record (so an action can target the
/// record a followed link shows, whichever tab it belongs to). Each is a primary-key seek per kind.
extension LocalStore {
    /// Records whose id is `text` exactly; when none is, records whose id starts with it (at most `limit`, so the
    /// caller can tell "unique" from "ambiguous"). Empty text finds nothing.
    public func findRecords(_ text: String, limit: Int = 5) throws -> [RecordRef] {
        guard !text.isEmpty else { return [] }
        var exact: [RecordRef] = []
        for kind in EntityKind.allCases {
            let sql = "SELECT 1 FROM \(StoreTables.table(kind)) WHERE \(StoreTables.key(kind)) = ?"
            if try db.cachedStatement(sql).first([.text(text)], { _ in true }) == true {
                exact.append(RecordRef(kind: kind, id: text))
            }
        }
        guard exact.isEmpty else { return exact }
        // A range on the key is a prefix that the primary-key index serves; U+10FFFF sorts after any continuation.
        var found: [RecordRef] = []
        for kind in EntityKind.allCases where found.count < limit {
            let key = StoreTables.key(kind)
            let sql = "SELECT \(key) FROM \(StoreTables.table(kind)) WHERE \(key) >= ? AND \(key) < ? ORDER BY \(key) LIMIT ?"
            let ids = try db.cachedStatement(sql).rows([.text(text), .text(text + "\u{10FFFF}"),
                                                        .integer(Int64(limit - found.count))]) { $0.text(0) }
            found += ids.map { RecordRef(kind: kind, id: $0) }
        }
        return found
    }

    /// The record's row as its list shows it (keyed on the kind's default sort), or nil when it is not stored.
    public func listRow(_ kind: EntityKind, id: String) throws -> ListRow? {
        let table = ListTable(kind)
        let sort = try ListSortSpec(kind, ListSort.defaultSort(for: kind).column)
        let sql = "SELECT o.\(sort.sqlColumn) AS k, o.rowid AS rid, o.\(table.id) AS id, \(table.payload) "
            + "FROM \(table.table) AS o WHERE o.\(table.id) = ?"
        return try db.cachedStatement(sql).first([.text(id)]) { table.decode($0) }
    }
}

extension LocalStore {
    /// Outbox actions the sender takes up again at the next start (queued, waiting to retry, or on the wire), and
    /// how many of them are on the wire: what quitting leaves behind.
    public func unsentActions() throws -> (unsent: Int, inFlight: Int) {
        let sql = "SELECT count(*), coalesce(sum(state = 'sending'), 0) FROM outbox "
            + "WHERE state IN ('queued', 'waiting', 'sending')"
        return try db.cachedStatement(sql).first { ($0.int(0), $0.int(1)) } ?? (0, 0)
    }
}
