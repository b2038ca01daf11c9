/// A buyer of an order (BuyerInfo, §2.4). Phone and e-mail arrive encrypted and stay so.
public struct Buyer: Equatable, Sendable {
    public var customerId: String
    public var customerName: String
    public var userId: String?
    public var userName: String?
    public var mobilePhoneEncrypted: String?
    public var emailEncrypted: String?

    public init(customerId: String, customerName: String, userId: String? = nil, userName: String? = nil,
                mobilePhoneEncrypted: String? = nil, emailEncrypted: String? = nil) {
        self.customerId = customerId
        self.customerName = customerName
        self.userId = userId
        self.userName = userName
        self.mobilePhoneEncrypted = mobilePhoneEncrypted
        self.emailEncrypted = emailEncrypted
    }
}

/// A `{name, value}` extension parameter filled in by the buyer.
public struct ExtendParam: Equatable, Sendable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// One line of an order (OrderLine, §2.4): what was bought, how it is charged, and for how much.
public struct OrderLine: Equatable, Sendable {
    public var orderLineId: String
    public var chargingMode: ChargingMode
    public var periodType: PeriodType?
    public var periodNumber: Int?
    public var expireTime: Timestamp?
    /// Order amount as the decimal string KooGallery sends (`currency`).
    public var currency: String?
    /// Transaction amount without vouchers and discounts (`currencyAfterDiscount`).
    public var currencyAfterDiscount: String?
    public var productId: String
    public var skuCode: String
    public var linearValue: Int?
    public var productName: String

    public init(orderLineId: String, chargingMode: ChargingMode, periodType: PeriodType? = nil,
                periodNumber: Int? = nil, expireTime: Timestamp? = nil, currency: String? = nil,
                currencyAfterDiscount: String? = nil, productId: String, skuCode: String,
                linearValue: Int? = nil, productName: String) {
        self.orderLineId = orderLineId
        self.chargingMode = chargingMode
        self.periodType = periodType
        self.periodNumber = periodNumber
        self.expireTime = expireTime
        self.currency = currency
        self.currencyAfterDiscount = currencyAfterDiscount
        self.productId = productId
        self.skuCode = skuCode
        self.linearValue = linearValue
        self.productName = productName
    }
}

/// An order (OrderInfo, §2.4) with the seller-side status and the time it last changed.
public struct Order: Equatable, Sendable {
    public var orderId: String
    public var orderType: OrderType
    public var status: OrderStatus
    public var createTime: Timestamp
    public var buyer: Buyer
    public var lines: [OrderLine]
    public var extendParams: [ExtendParam]
    /// CNY on the China site, USD on intl.
    public var currencyUnit: String
    public var updatedAt: Timestamp

    public init(orderId: String, orderType: OrderType, status: OrderStatus, createTime: Timestamp, buyer: Buyer,
                lines: [OrderLine], extendParams: [ExtendParam] = [], currencyUnit: String = "CNY",
                updatedAt: Timestamp) {
        self.orderId = orderId
        self.orderType = orderType
        self.status = status
        self.createTime = createTime
        self.buyer = buyer
        self.lines = lines
        self.extendParams = extendParams
        self.currencyUnit = currencyUnit
        self.updatedAt = updatedAt
    }

    /// The product name a list shows: the first line's, as the web console does.
    public var productName: String { lines.first?.productName ?? "" }
}
