import SellerCore

/// The Orders table's columns. Enum fields are `StoredValue`s, so a value written by a newer build still shows;
/// the `…Label` properties give the Chinese name when the value is known.
public struct OrderListRow: Hashable, Sendable {
    public var orderId: String
    public var createTime: Timestamp
    public var customerName: String
    public var productName: String
    public var orderType: StoredValue<OrderType>
    public var status: StoredValue<OrderStatus>
    /// The first line's amount as KooGallery sent it (decimal text), nil when absent.
    public var amount: String?
    public var currencyUnit: String
    public var pendingMark: PendingMark?
    public var updatedAt: Timestamp

    public init(orderId: String, createTime: Timestamp, customerName: String, productName: String,
                orderType: StoredValue<OrderType>, status: StoredValue<OrderStatus>, amount: String?,
                currencyUnit: String, pendingMark: PendingMark?, updatedAt: Timestamp) {
        self.orderId = orderId
        self.createTime = createTime
        self.customerName = customerName
        self.productName = productName
        self.orderType = orderType
        self.status = status
        self.amount = amount
        self.currencyUnit = currencyUnit
        self.pendingMark = pendingMark
        self.updatedAt = updatedAt
    }

    public var statusLabel: String { status.label }
    public var orderTypeLabel: String { orderType.label }
}
