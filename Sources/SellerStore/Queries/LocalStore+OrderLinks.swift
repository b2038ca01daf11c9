import ListContract
import SellerCore

extension LocalStore {
    /// The ids of the records linked to `orderId`, each list in arrival order (the rowid, which the `*_by_order`
    /// indexes end with, so no sort) and at most `limit` long (a hostile server could attach any number of records
    /// to one order; the pane only needs the first ones).
    public func links(ofOrder orderId: String, limit: Int = 200) throws -> OrderLinks {
        let cap = SQLiteValue.integer(Int64(min(max(limit, 0), 10_000)))
        func ids(_ kind: EntityKind) throws -> [String] {
            let table = StoreTables.table(kind), key = StoreTables.key(kind)
            return try db.cachedStatement("SELECT \(key) FROM \(table) WHERE order_id = ? ORDER BY rowid LIMIT ?")
                .rows([.text(orderId), cap]) { $0.text(0) }
        }
        return try db.transaction(.deferred) {
            OrderLinks(instanceIDs: try ids(.instances), exceptionIDs: try ids(.exceptions),
                       supervisionTaskIDs: try ids(.supervision), ticketIDs: try ids(.tickets))
        }
    }
}
