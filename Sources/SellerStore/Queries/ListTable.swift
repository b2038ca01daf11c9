import ListContract
import SellerCore

/// The SQL side of one list: table names, the id and status columns, the summary columns a row reads, and how
/// they decode. Column names here are fixed identifiers, never user text.
struct ListTable {
    let kind: EntityKind
    let table: String
    let search: String
    /// The trigram match on the search table `s` (its hidden column has the table's name: the index keeps no
    /// columns of its own to filter on).
    let match: String
    /// The `LIKE` check of one term on the base row's search text (`SearchSource`).
    let like: String
    let id: String
    let status: String
    /// The sort column that has a `(status, column)` index (the entity migration's `…_by_status` indexes), so a
    /// status filter on the default sort can seek per status instead of scanning.
    let statusIndexedSort: ListSortColumn
    /// The summary columns, qualified with the base table's alias `o`; read from column 2 on (0 = sort key, 1 = id).
    private(set) var payload: String

    /// Free text is cut in SQL so a hostile megabyte title or exception text never reaches Swift in a list.
    static let textLimit = 200

    init(_ kind: EntityKind) {
        self.kind = kind
        table = StoreTables.table(kind)
        search = StoreTables.search(kind)
        match = "s.\(search) MATCH ?"
        like = "(\(SearchSource.expression(kind, alias: "o"))) LIKE ? ESCAPE '\\'"
        id = StoreTables.key(kind)
        let cut = { (column: String) in "substr(o.\(column), 1, \(Self.textLimit))" }
        switch kind {
        case .orders:
            status = "status"
            statusIndexedSort = .createTime
            payload = "o.create_time, \(cut("customer_name")), \(cut("product_name")), o.order_type, o.status, "
                + "o.amount, o.currency_unit, o.pending_action, o.updated_at"
        case .instances:
            status = "status"
            statusIndexedSort = .updatedAt
            payload = "o.order_id, \(cut("product_name")), \(cut("customer_name")), o.status, o.charging_mode, "
                + "o.expire_time, o.pending_action, o.updated_at"
        case .exceptions:
            status = "state"
            statusIndexedSort = .lastAttemptAt
            payload = "o.last_attempt_at, o.activity, o.order_id, o.instance_id, o.attempt_count, o.window_ends_at, "
                + "\(cut("exception_info")), o.state, \(cut("customer_name")), \(cut("product_name")), o.pending_action, "
                + "o.source"
        case .supervision:
            status = "node"
            statusIndexedSort = .nodeSince
            payload = "o.order_id, \(cut("customer_name")), \(cut("product_name")), o.node, o.node_since, "
                + "o.reject_count, o.scenario, o.flow_kind, o.pending_action"
        case .tickets:
            status = "status"
            statusIndexedSort = .updatedAt
            payload = "\(cut("title")), \(cut("customer_name")), o.status, o.updated_at, o.create_time, "
                + "o.message_count, \(cut("product_name")), o.order_id, o.pending_action"
        case .calls:
            status = "outcome"
            statusIndexedSort = .receivedAt
            payload = "o.received_at, o.origin, \(cut("activity")), o.order_id, o.instance_id, o.signature, o.outcome, "
                + "o.status, o.latency_ms, \(cut("failure_detail")), o.result_code, o.event_id, o.message_id, "
                + "o.pending_action"
        }
        // Last: whether the record is new to the seller (issue 13), read by `decode` from the last column.
        payload += ", " + AttentionSQL.isNew(kind)
    }

    /// Reads one result row: the key from columns 0–1, the summary from `payload`'s columns.
    func decode(_ row: Row) -> ListRow {
        let id = row.text(1)
        let key = ListRowKey(sortValue: SortValue(row.value(0)), id: id)
        let content: ListRow.Content
        switch kind {
        case .orders:
            content = .order(OrderListRow(
                orderId: id, createTime: row.timestamp(2), customerName: row.text(3), productName: row.text(4),
                orderType: row.stored(5), status: row.stored(6), amount: row.optionalText(7), currencyUnit: row.text(8),
                pendingMark: row.pendingMark(9), updatedAt: row.timestamp(10)))
        case .instances:
            content = .instance(InstanceListRow(
                instanceId: id, orderId: row.text(2), productName: row.text(3), customerName: row.text(4),
                status: row.stored(5), chargingMode: row.stored(6), expireTime: row.optionalTimestamp(7),
                pendingMark: row.pendingMark(8), updatedAt: row.timestamp(9)))
        case .exceptions:
            content = .exception(ExceptionListRow(
                messageId: id, lastAttemptAt: row.timestamp(2), activity: row.stored(3), orderId: row.text(4),
                instanceId: row.optionalText(5), attemptCount: row.int(6), windowEndsAt: row.timestamp(7),
                exceptionInfo: row.text(8), state: row.stored(9), customerName: row.text(10), productName: row.text(11),
                pendingMark: row.pendingMark(12), source: row.stored(13)))
        case .supervision:
            content = .supervision(SupervisionListRow(
                taskId: id, orderId: row.text(2), customerName: row.text(3), productName: row.text(4),
                node: row.stored(5), nodeSince: row.timestamp(6), rejectCount: row.int(7), scenario: row.stored(8),
                flowKind: row.stored(9), pendingMark: row.pendingMark(10)))
        case .tickets:
            content = .ticket(TicketListRow(
                caseId: id, title: row.text(2), customerName: row.text(3), status: row.stored(4),
                updatedAt: row.timestamp(5), createTime: row.timestamp(6), messageCount: row.int(7),
                productName: row.text(8), orderId: row.optionalText(9), pendingMark: row.pendingMark(10)))
        case .calls:
            content = .call(CallListRow(
                callId: id, receivedAt: row.timestamp(2), origin: row.stored(3), activity: row.text(4),
                orderId: row.optionalText(5), instanceId: row.optionalText(6), signature: row.stored(7),
                outcome: row.stored(8), status: row.optionalInt(9), latencyMs: row.optionalInt(10),
                failureDetail: row.text(11), resultCode: row.optionalText(12), eventId: row.optionalText(13),
                messageId: row.optionalText(14), pendingMark: row.pendingMark(15)))
        }
        var listRow = ListRow(key: key, content: content)
        listRow.isNew = row.bool(row.count - 1)
        return listRow
    }
}
