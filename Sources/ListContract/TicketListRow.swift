import SellerCore

/// The Tickets (工单) table's columns. `title` is cut to 200 characters in SQL.
public struct TicketListRow: Hashable, Sendable {
    public var caseId: String
    public var title: String
    public var customerName: String
    public var status: StoredValue<TicketStatus>
    public var updatedAt: Timestamp
    public var createTime: Timestamp
    public var messageCount: Int
    public var productName: String
    public var orderId: String?
    public var pendingMark: PendingMark?

    public init(caseId: String, title: String, customerName: String, status: StoredValue<TicketStatus>,
                updatedAt: Timestamp, createTime: Timestamp, messageCount: Int, productName: String, orderId: String?,
                pendingMark: PendingMark?) {
        self.caseId = caseId
        self.title = title
        self.customerName = customerName
        self.status = status
        self.updatedAt = updatedAt
        self.createTime = createTime
        self.messageCount = messageCount
        self.productName = productName
        self.orderId = orderId
        self.pendingMark = pendingMark
    }

    public var statusLabel: String { status.label }
}
