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
    let id: String
    let status: String
    /// The sort column that has a `(status, column)` index (the entity migration's `…_by_status` indexes), so a
    /// status filter on the default sort can seek per status instead of scanning.
    let statusIndexedSort: ListSortColumn
    /// The summary columns, qualified with the base table's alias `o`; read from column 3 on (0 = sort key,
    /// 1 = rowid, 2 = id).
    private(set) var payload: String

    /// The check of one term (escaped for `LIKE`) on the base row's search text (`SearchSource.termCheck`):
    /// `%term%` bound for each part searched anywhere, `term%` for each id, and `sharedTerm` (the term's number
    /// among the reader's kept matches of shared texts, `SharedTextMatches`) for each shared text.
    func likeCheck(_ escapedTerm: String, sharedTerm: Int64) -> (sql: String, binds: [SQLiteValue]) {
        let check = SearchSource.termCheck(kind)
        let anywhere = SQLiteValue.text("%" + escapedTerm + "%"), fromStart = SQLiteValue.text(escapedTerm + "%")
        return (check.sql, check.reaches.map { reach in
            switch reach {
            case .anywhere: anywhere
            case .fromStart: fromStart
            case .sharedText: .integer(sharedTerm)
            }
        })
    }

    /// Whether a term's check binds the ids of the shared texts it matches.
    var searchesSharedTexts: Bool { SearchSource.termCheck(kind).reaches.contains(.sharedText) }

    /// Free text is cut in SQL so a hostile megabyte title or exception text never reaches Swift in a list.
    static let textLimit = 200

    init(_ kind: EntityKind) {
        self.kind = kind
        table = StoreTables.table(kind)
        search = StoreTables.search(kind)
        match = "s.\(search) MATCH ?"
        id = StoreTables.key(kind)
        let cut = { (column: String) in "substr(o.\(column), 1, \(Self.textLimit))" }
        let product = "substr(\(SharedTexts.text("o.product_name_ref")), 1, \(Self.textLimit))"
        let customer = "substr(\(SharedTexts.text("o.customer_name_ref")), 1, \(Self.textLimit))"
        switch kind {
        case .orders:
            status = "status"
            statusIndexedSort = .createTime
            payload = "o.create_time, \(customer), \(product), o.order_type, o.status, "
                + "o.amount, o.currency_unit, o.pending_action, o.updated_at"
        case .instances:
            status = "status"
            statusIndexedSort = .updatedAt
            payload = "o.order_id, \(product), \(customer), o.status, o.charging_mode, "
                + "o.expire_time, o.pending_action, o.updated_at"
        case .exceptions:
            status = "state"
            statusIndexedSort = .lastAttemptAt
            payload = "o.last_attempt_at, o.activity, o.order_id, o.instance_id, o.attempt_count, o.window_ends_at, "
                + "\(cut("exception_info")), o.state, \(customer), \(product), o.pending_action, "
                + "o.source"
        case .supervision:
            status = "node"
            statusIndexedSort = .nodeSince
            payload = "o.order_id, \(customer), \(product), o.node, o.node_since, "
                + "o.reject_count, o.scenario, o.flow_kind, o.pending_action"
        case .tickets:
            status = "status"
            statusIndexedSort = .updatedAt
            payload = "\(cut("title")), \(customer), o.status, o.updated_at, o.create_time, "
                + "o.message_count, \(product), o.order_id, o.pending_action"
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

    /// Reads one result row: the key from columns 0–2 (sort value, rowid, id), the summary from `payload`'s columns.
    func decode(_ row: Row) -> ListRow {
        let id = row.text(2)
        let key = ListRowKey(sortValue: SortValue(row.value(0)), rowid: row.int64(1), id: id)
        let content: ListRow.Content
        switch kind {
        case .orders:
            content = .order(OrderListRow(
                orderId: id, createTime: row.timestamp(3), customerName: row.text(4), productName: row.text(5),
                orderType: row.stored(6), status: row.stored(7), amount: row.optionalText(8), currencyUnit: row.text(9),
                pendingMark: row.pendingMark(10), updatedAt: row.timestamp(11)))
        case .instances:
            content = .instance(InstanceListRow(
                instanceId: id, orderId: row.text(3), productName: row.text(4), customerName: row.text(5),
                status: row.stored(6), chargingMode: row.stored(7), expireTime: row.optionalTimestamp(8),
                pendingMark: row.pendingMark(9), updatedAt: row.timestamp(10)))
        case .exceptions:
            content = .exception(ExceptionListRow(
                messageId: id, lastAttemptAt: row.timestamp(3), activity: row.stored(4), orderId: row.text(5),
                instanceId: row.optionalText(6), attemptCount: row.int(7), windowEndsAt: row.timestamp(8),
                exceptionInfo: row.text(9), state: row.stored(10), customerName: row.text(11), productName: row.text(12),
                pendingMark: row.pendingMark(13), source: row.stored(14)))
        case .supervision:
            content = .supervision(SupervisionListRow(
                taskId: id, orderId: row.text(3), customerName: row.text(4), productName: row.text(5),
                node: row.stored(6), nodeSince: row.timestamp(7), rejectCount: row.int(8), scenario: row.stored(9),
                flowKind: row.stored(10), pendingMark: row.pendingMark(11)))
        case .tickets:
            content = .ticket(TicketListRow(
                caseId: id, title: row.text(3), customerName: row.text(4), status: row.stored(5),
                updatedAt: row.timestamp(6), createTime: row.timestamp(7), messageCount: row.int(8),
                productName: row.text(9), orderId: row.optionalText(10), pendingMark: row.pendingMark(11)))
        case .calls:
            content = .call(CallListRow(
                callId: id, receivedAt: row.timestamp(3), origin: row.stored(4), activity: row.text(5),
                orderId: row.optionalText(6), instanceId: row.optionalText(7), signature: row.stored(8),
                outcome: row.stored(9), status: row.optionalInt(10), latencyMs: row.optionalInt(11),
                failureDetail: row.text(12), resultCode: row.optionalText(13), eventId: row.optionalText(14),
                messageId: row.optionalText(15), pendingMark: row.pendingMark(16)))
        }
        var listRow = ListRow(key: key, content: content)
        listRow.isNew = row.bool(row.count - 1)
        return listRow
    }
}
