import SellerCore

/// The Exceptions (接口异常) table's columns. `exceptionInfo` is cut to 200 characters in SQL: the full text, which
/// a hostile or broken interface can make megabytes long, is only read by the detail pane.
public struct ExceptionListRow: Hashable, Sendable {
    public var messageId: String
    public var lastAttemptAt: Timestamp
    public var activity: StoredValue<Activity>
    public var orderId: String
    public var instanceId: String?
    public var attemptCount: Int
    public var windowEndsAt: Timestamp
    public var exceptionInfo: String
    public var state: StoredValue<ExceptionState>
    public var customerName: String
    public var productName: String
    public var pendingMark: PendingMark?
    /// 来源: the gateway or the relay's journal.
    public var source: StoredValue<MessageSource>

    public init(messageId: String, lastAttemptAt: Timestamp, activity: StoredValue<Activity>, orderId: String,
                instanceId: String?, attemptCount: Int, windowEndsAt: Timestamp, exceptionInfo: String,
                state: StoredValue<ExceptionState>, customerName: String, productName: String,
                pendingMark: PendingMark?, source: StoredValue<MessageSource> = .known(.gateway)) {
        self.messageId = messageId
        self.lastAttemptAt = lastAttemptAt
        self.activity = activity
        self.orderId = orderId
        self.instanceId = instanceId
        self.attemptCount = attemptCount
        self.windowEndsAt = windowEndsAt
        self.exceptionInfo = exceptionInfo
        self.state = state
        self.customerName = customerName
        self.productName = productName
        self.pendingMark = pendingMark
        self.source = source
    }

    public var stateLabel: String { state.label }
    public var activityLabel: String { activity.label }
}
