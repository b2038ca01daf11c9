import SellerCore

/// The gateway's JSON form of an instance, with `appInfo` as the seller's interface returned it (§3.2).
public enum InstanceWire {
    public static func encode(_ instance: Instance, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("instanceId", instance.instanceId, first: true)
        writer.field("orderId", instance.orderId)
        writer.field("orderLineId", instance.orderLineId)
        writer.field("productId", instance.productId)
        writer.field("skuCode", instance.skuCode)
        writer.field("productName", instance.productName)
        writer.field("customerId", instance.customerId)
        writer.field("customerName", instance.customerName)
        writer.field("status", instance.status.rawValue)
        writer.field("chargingMode", instance.chargingMode.rawValue)
        writer.secondsField("expireTime", instance.expireTime)
        writer.secondsField("actualStartTime", instance.actualStartTime)
        writer.field("trial", instance.trial)
        if let app = instance.appInfo {
            writer.comma()
            writer.key("appInfo")
            writer.beginObject()
            writer.field("frontEndUrl", app.frontEndUrl, first: true)
            writer.field("adminUrl", app.adminUrl)
            writer.field("userName", app.userName)
            writer.field("password", app.password)
            writer.field("memo", app.memo)
            writer.endObject()
        }
        writer.millisField("updatedAt", instance.updatedAt)
        writer.endObject()
    }

    public static func decode(_ fields: JSONFields) throws(JSONFieldError) -> Instance {
        var appInfo: AppInfo?
        if let app = try fields.optionalObject("appInfo") {
            appInfo = AppInfo(frontEndUrl: try app.string("frontEndUrl"), adminUrl: try app.optionalString("adminUrl"),
                              userName: try app.optionalString("userName"), password: try app.optionalString("password"),
                              memo: try app.optionalString("memo"))
        }
        return Instance(
            instanceId: try fields.string("instanceId"), orderId: try fields.string("orderId"),
            orderLineId: try fields.string("orderLineId"), productId: try fields.string("productId"),
            skuCode: try fields.string("skuCode"), productName: try fields.string("productName"),
            customerId: try fields.string("customerId"), customerName: try fields.string("customerName"),
            status: try fields.enumValue("status", as: InstanceStatus.self),
            chargingMode: try fields.enumValue("chargingMode", as: ChargingMode.self),
            expireTime: try fields.optionalTimestamp("expireTime"),
            actualStartTime: try fields.optionalTimestamp("actualStartTime"),
            trial: try fields.optionalBool("trial") ?? false, appInfo: appInfo,
            updatedAt: try fields.timestamp("updatedAt"))
    }
}
