import SellerCore

/// One row of a console table: its position key plus the summary columns of its kind. Only what a table shows
/// is read (long free text is cut to 200 characters in SQL), never the full record with its children; the
/// detail pane loads that with `LocalStore.record(_:id:)`.
public struct ListRow: Hashable, Sendable {
    public var key: ListRowKey
    public var content: Content
    /// The record needs the seller and was not seen since it did (issue 13): the list marks it 新.
    public var isNew = false

    public init(key: ListRowKey, content: Content) {
        self.key = key
        self.content = content
    }

    /// The summary columns, per kind.
    public enum Content: Hashable, Sendable {
        case order(OrderListRow)
        case instance(InstanceListRow)
        case exception(ExceptionListRow)
        case supervision(SupervisionListRow)
        case ticket(TicketListRow)
        case call(CallListRow)
    }

    /// The record id (order id, instance id, message id, task id, case id or call id).
    public var id: String { key.id }

    public var kind: EntityKind {
        switch content {
        case .order: .orders
        case .instance: .instances
        case .exception: .exceptions
        case .supervision: .supervision
        case .ticket: .tickets
        case .call: .calls
        }
    }

    /// The outbox's mark on the record (its newest action, pending or failed), for the list's badge.
    public var pendingMark: PendingMark? {
        switch content {
        case .order(let row): row.pendingMark
        case .instance(let row): row.pendingMark
        case .exception(let row): row.pendingMark
        case .supervision(let row): row.pendingMark
        case .ticket(let row): row.pendingMark
        case .call(let row): row.pendingMark
        }
    }
}
