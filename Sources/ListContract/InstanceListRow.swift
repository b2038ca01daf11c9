import SellerCore

/// The Instances table's columns (raw enum values plus labels, as in `OrderListRow`).
public struct InstanceListRow: Hashable, Sendable {
    public var instanceId: String
    public var orderId: String
    public var productName: String
    public var customerName: String
    public var status: String
    public var chargingMode: String
    /// Nil for instances that never expire (on-demand) or whose expiry is not known yet.
    public var expireTime: Timestamp?
    public var pendingAction: String?
    public var updatedAt: Timestamp

    public init(instanceId: String, orderId: String, productName: String, customerName: String, status: String,
                chargingMode: String, expireTime: Timestamp?, pendingAction: String?, updatedAt: Timestamp) {
        self.instanceId = instanceId
        self.orderId = orderId
        self.productName = productName
        self.customerName = customerName
        self.status = status
        self.chargingMode = chargingMode
        self.expireTime = expireTime
        self.pendingAction = pendingAction
        self.updatedAt = updatedAt
    }

    public var statusLabel: String { InstanceStatus(rawValue: status)?.label ?? status }
    public var chargingModeLabel: String { ChargingMode(rawValue: chargingMode)?.label ?? chargingMode }
}
