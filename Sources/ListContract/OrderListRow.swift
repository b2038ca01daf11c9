import SellerCore

/// The Orders table's columns. Enum fields hold the raw wire value, so a value written by a newer build still
/// shows; the `…Label` properties give the Chinese name when the value is known.
public struct OrderListRow: Hashable, Sendable {
    public var orderId: String
    public var createTime: Timestamp
    public var customerName: String
    public var productName: String
    public var orderType: String
    public var status: String
    /// The first line's amount as KooGallery sent it (decimal text), nil when absent.
    public var amount: String?
    public var currencyUnit: String
    public var pendingAction: String?
    public var updatedAt: Timestamp

    public init(orderId: String, createTime: Timestamp, customerName: String, productName: String, orderType: String,
                status: String, amount: String?, currencyUnit: String, pendingAction: String?, updatedAt: Timestamp) {
        self.orderId = orderId
        self.createTime = createTime
        self.customerName = customerName
        self.productName = productName
        self.orderType = orderType
        self.status = status
        self.amount = amount
        self.currencyUnit = currencyUnit
        self.pendingAction = pendingAction
        self.updatedAt = updatedAt
    }

    public var statusLabel: String { OrderStatus(rawValue: status)?.label ?? status }
    public var orderTypeLabel: String { OrderType(rawValue: orderType)?.label ?? orderType }
}
