import SellerCore

// The outbox of seller actions (DESIGN §7).
extension LocalStore {
    /// Actions in the outbox that are not yet finished (waiting, in flight or failed), for the 队列 tab's count.
    public func outboxCount() throws -> Int {
        let sql = "SELECT count(*) FROM outbox WHERE state NOT IN ('done', 'discarded')"
        return try db.scalar(sql).flatMap(\.int64Value).map { Int($0) } ?? 0
    }
}
