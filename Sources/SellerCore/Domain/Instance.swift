/// What the seller's interface returned for the buyer to open the service (`appInfo`, §3.2). The password is a
/// secret: screens mask it.
public struct AppInfo: Equatable, Sendable {
    public var frontEndUrl: String
    public var adminUrl: String?
    public var userName: String?
    public var password: String?
    public var memo: String?

    public init(frontEndUrl: String, adminUrl: String? = nil, userName: String? = nil, password: String? = nil,
                memo: String? = nil) {
        self.frontEndUrl = frontEndUrl
        self.adminUrl = adminUrl
        self.userName = userName
        self.password = password
        self.memo = memo
    }
}

/// A provisioned resource (§9, §13.a). Always identified by `instanceId`, never by order.
public struct Instance: Equatable, Sendable {
    public var instanceId: String
    public var orderId: String
    public var orderLineId: String
    public var productId: String
    public var skuCode: String
    public var productName: String
    public var customerId: String
    public var customerName: String
    public var status: InstanceStatus
    public var chargingMode: ChargingMode
    public var expireTime: Timestamp?
    public var actualStartTime: Timestamp?
    public var trial: Bool
    public var appInfo: AppInfo?
    public var updatedAt: Timestamp

    public init(instanceId: String, orderId: String, orderLineId: String, productId: String, skuCode: String,
                productName: String, customerId: String, customerName: String, status: InstanceStatus,
                chargingMode: ChargingMode, expireTime: Timestamp? = nil, actualStartTime: Timestamp? = nil,
                trial: Bool = false, appInfo: AppInfo? = nil, updatedAt: Timestamp) {
        self.instanceId = instanceId
        self.orderId = orderId
        self.orderLineId = orderLineId
        self.productId = productId
        self.skuCode = skuCode
        self.productName = productName
        self.customerId = customerId
        self.customerName = customerName
        self.status = status
        self.chargingMode = chargingMode
        self.expireTime = expireTime
        self.actualStartTime = actualStartTime
        self.trial = trial
        self.appInfo = appInfo
        self.updatedAt = updatedAt
    }
}
