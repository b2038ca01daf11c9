import SellerCore

/// The Instances table's columns (typed enum values plus labels, as in `OrderListRow`).
public struct InstanceListRow: Hashable, Sendable {
    public var instanceId: String
    public var orderId: String
    public var productName: String
    public var customerName: String
    public var status: StoredValue<InstanceStatus>
    public var chargingMode: StoredValue<ChargingMode>
    /// Nil for instances that never expire (on-demand) or whose expiry is not known yet.
    public var expireTime: Timestamp?
    public var pendingMark: PendingMark?
    public var updatedAt: Timestamp

    public init(instanceId: String, orderId: String, productName: String, customerName: String,
                status: StoredValue<InstanceStatus>, chargingMode: StoredValue<ChargingMode>, expireTime: Timestamp?,
                pendingMark: PendingMark?, updatedAt: Timestamp) {
        self.instanceId = instanceId
        self.orderId = orderId
        self.productName = productName
        self.customerName = customerName
        self.status = status
        self.chargingMode = chargingMode
        self.expireTime = expireTime
        self.pendingMark = pendingMark
        self.updatedAt = updatedAt
    }

    public var statusLabel: String { status.label }
    public var chargingModeLabel: String { chargingMode.label }
}
