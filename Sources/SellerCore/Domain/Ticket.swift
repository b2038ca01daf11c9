/// One message of a ticket conversation.
public struct TicketMessage: Equatable, Sendable {
    public var messageId: String
    public var author: TicketAuthor
    public var content: String
    public var createTime: Timestamp
    /// Files sent with the message (name, size, SHA-256, and where the gateway serves them); `kind` is unused.
    public var attachments: [SupervisionFile]

    public init(messageId: String, author: TicketAuthor, content: String, createTime: Timestamp,
                attachments: [SupervisionFile] = []) {
        self.messageId = messageId
        self.author = author
        self.content = content
        self.createTime = createTime
        self.attachments = attachments
    }
}

/// A customer ticket (工单) about one of the seller's products (§8).
public struct Ticket: Equatable, Sendable {
    public var caseId: String
    public var orderId: String?
    public var productId: String
    public var productName: String
    public var customerId: String
    public var customerName: String
    public var assignee: String
    /// The ticket's one-line summary (OSM `simple_describe`).
    public var title: String
    public var status: TicketStatus
    public var createTime: Timestamp
    public var messages: [TicketMessage]
    /// 出现原因 and 解决方案, filled in by 确认解决.
    public var cause: String?
    public var solution: String?
    public var updatedAt: Timestamp

    public init(caseId: String, orderId: String?, productId: String, productName: String, customerId: String,
                customerName: String, assignee: String, title: String, status: TicketStatus, createTime: Timestamp,
                messages: [TicketMessage], cause: String? = nil, solution: String? = nil, updatedAt: Timestamp) {
        self.caseId = caseId
        self.orderId = orderId
        self.productId = productId
        self.productName = productName
        self.customerId = customerId
        self.customerName = customerName
        self.assignee = assignee
        self.title = title
        self.status = status
        self.createTime = createTime
        self.messages = messages
        self.cause = cause
        self.solution = solution
        self.updatedAt = updatedAt
    }
}
