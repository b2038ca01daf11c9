import ListContract
import SellerCore

/// The SQL facts about one sort column of one kind: its column name, whether it is the id itself, whether it
/// may be NULL, and which storage class its keys have.
struct ListSortSpec {
    let column: ListSortColumn
    let sqlColumn: String
    /// Sorting by the id itself: the key is the id alone (`id > ?`), no separate tie-breaker.
    let isID: Bool
    /// NULLs sort after every value ascending (an instance without an expiry is "never"), so they are paged as
    /// a separate segment by rowid; see `ListSegments`.
    let isNullable: Bool
    let isInteger: Bool
    /// The kind's status column: a status filter on it becomes one segment per status.
    let isStatus: Bool
    /// A `(status, column)` index exists, so a status filter can merge one index seek per status.
    let hasStatusIndex: Bool
    /// The column holds ids of `shared_texts` rows (customer names, which every kind sorted by customer shares,
    /// `Schema.sharedNames`) and the list is in their texts' order: the walk goes through `shared_texts AS n` in
    /// text order, then each text's rows on the column's index in rowid order (`ListPlanner`), and the key's value
    /// is the text.
    let isSharedText: Bool

    init(_ kind: EntityKind, _ column: ListSortColumn) throws(ListQueryError) {
        guard ListSortColumn.columns(for: kind).contains(column) else {
            throw ListQueryError.sortNotAvailable(column, kind)
        }
        let table = ListTable(kind)
        self.column = column
        switch column {
        case .createTime: sqlColumn = "create_time"
        case .updatedAt: sqlColumn = "updated_at"
        case .orderId: sqlColumn = "order_id"
        case .customerName: sqlColumn = "customer_name_ref"
        case .status, .state, .node: sqlColumn = table.status
        case .expireTime: sqlColumn = "expire_time"
        case .lastAttemptAt: sqlColumn = "last_attempt_at"
        case .windowEndsAt: sqlColumn = "window_ends_at"
        case .attemptCount: sqlColumn = "attempt_count"
        case .activity: sqlColumn = "activity"
        case .nodeSince: sqlColumn = "node_since"
        case .rejectCount: sqlColumn = "reject_count"
        case .receivedAt: sqlColumn = "received_at"
        case .latency: sqlColumn = "latency_ms"
        case .outcome: sqlColumn = "outcome"
        }
        isID = sqlColumn == table.id
        isNullable = column == .expireTime || column == .latency
        switch column {
        case .orderId, .customerName, .status, .state, .node, .activity, .outcome: isInteger = false
        default: isInteger = true
        }
        isStatus = sqlColumn == table.status
        hasStatusIndex = column == table.statusIndexedSort
        isSharedText = column == .customerName
    }

    /// Whether `value` is a storage class this column's keys can have.
    func fits(_ value: SortValue) -> Bool {
        switch value {
        case .null: isNullable
        case .integer: isInteger
        case .text: !isInteger
        }
    }
}
