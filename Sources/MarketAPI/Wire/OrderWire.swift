import SellerCore

/// The gateway's JSON form of an order: the query-order API's OrderInfo (§2.4) plus `status` and `updatedAt`.
public enum OrderWire {
    public static func encode(_ order: Order, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("orderId", order.orderId, first: true)
        writer.field("orderType", order.orderType.rawValue)
        writer.field("status", order.status.rawValue)
        writer.secondsField("createTime", order.createTime)
        writer.comma()
        writer.key("buyerInfo")
        encode(order.buyer, into: &writer)
        writer.arrayField("orderLine", order.lines) { writer, line in encode(line, into: &writer) }
        writer.arrayField("extendParams", order.extendParams) { writer, param in
            writer.beginObject()
            writer.field("name", param.name, first: true)
            writer.field("value", param.value)
            writer.endObject()
        }
        writer.field("currencyUnit", order.currencyUnit)
        writer.millisField("updatedAt", order.updatedAt)
        writer.endObject()
    }

    static func encode(_ buyer: Buyer, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("customerId", buyer.customerId, first: true)
        writer.field("customerName", buyer.customerName)
        writer.field("userId", buyer.userId)
        writer.field("userName", buyer.userName)
        writer.field("mobilePhone", buyer.mobilePhoneEncrypted)
        writer.field("email", buyer.emailEncrypted)
        writer.endObject()
    }

    static func encode(_ line: OrderLine, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("orderLineId", line.orderLineId, first: true)
        writer.field("chargingMode", line.chargingMode.rawValue)
        writer.field("periodType", line.periodType?.rawValue)
        writer.field("periodNumber", line.periodNumber)
        writer.secondsField("expireTime", line.expireTime)
        writer.field("currency", line.currency)
        writer.field("currencyAfterDiscount", line.currencyAfterDiscount)
        writer.comma()
        writer.key("productInfo")
        writer.beginObject()
        writer.field("productId", line.productId, first: true)
        writer.field("skuCode", line.skuCode)
        writer.field("linearValue", line.linearValue)
        writer.field("productName", line.productName)
        writer.endObject()
        writer.endObject()
    }

    /// Reads a gateway order (which always says when it last changed), or, with `fetchedAt`, the open API's
    /// `orderInfo` (docs/KOOGALLERY.md §5.1), which has no `updatedAt`: the fetch time stands in for it.
    public static func decode(_ fields: JSONFields, fetchedAt: Timestamp? = nil) throws(JSONFieldError) -> Order {
        let buyer = try fields.object("buyerInfo")
        var lines: [OrderLine] = []
        for line in try fields.objects("orderLine") { lines.append(try decodeLine(line)) }
        var params: [ExtendParam] = []
        for param in try fields.objects("extendParams") {
            params.append(ExtendParam(name: try param.string("name"), value: try param.string("value")))
        }
        return Order(
            orderId: try fields.string("orderId"),
            orderType: try fields.enumValue("orderType", as: OrderType.self),
            status: try fields.enumValue("status", as: OrderStatus.self),
            createTime: try fields.timestamp("createTime"),
            buyer: Buyer(customerId: try buyer.string("customerId"), customerName: try buyer.string("customerName"),
                         userId: try buyer.optionalString("userId"), userName: try buyer.optionalString("userName"),
                         mobilePhoneEncrypted: try buyer.optionalString("mobilePhone"),
                         emailEncrypted: try buyer.optionalString("email")),
            lines: lines, extendParams: params,
            currencyUnit: try fields.optionalString("currencyUnit") ?? "CNY",
            updatedAt: try updatedAt(fields, fetchedAt: fetchedAt))
    }

    private static func updatedAt(_ fields: JSONFields, fetchedAt: Timestamp?) throws(JSONFieldError) -> Timestamp {
        guard let fetchedAt else { return try fields.timestamp("updatedAt") }
        return try fields.optionalTimestamp("updatedAt") ?? fetchedAt
    }

    static func decodeLine(_ line: JSONFields) throws(JSONFieldError) -> OrderLine {
        let product = try line.object("productInfo")
        return OrderLine(
            orderLineId: try line.string("orderLineId"),
            chargingMode: try line.enumValue("chargingMode", as: ChargingMode.self),
            periodType: try line.optionalEnumValue("periodType", as: PeriodType.self),
            periodNumber: try line.optionalInt("periodNumber"),
            expireTime: try line.optionalTimestamp("expireTime"),
            currency: try line.optionalString("currency"),
            currencyAfterDiscount: try line.optionalString("currencyAfterDiscount"),
            productId: try product.string("productId"), skuCode: try product.string("skuCode"),
            linearValue: try product.optionalInt("linearValue"), productName: try product.string("productName"))
    }
}
