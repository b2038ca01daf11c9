import SellerCore

/// The gateway's JSON form of an interface-exception message (生产接口消息) with its attempts.
public enum ProduceMessageWire {
    public static func encode(_ message: ProduceMessage, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("messageId", message.messageId, first: true)
        writer.field("activity", message.activity.rawValue)
        writer.field("interfaceVersion", message.interfaceVersion.rawValue)
        writer.field("orderId", message.orderId)
        writer.field("orderLineId", message.orderLineId)
        writer.field("instanceId", message.instanceId)
        writer.field("productName", message.productName)
        writer.field("customerName", message.customerName)
        writer.field("state", message.state.rawValue)
        writer.field("retryPolicy", message.retryPolicy.rawValue)
        writer.millisField("firstFailureTime", message.firstFailureAt)
        writer.millisField("windowEndTime", message.windowEndsAt)
        writer.field("exceptionInfo", message.exceptionInfo)
        writer.field("resultCode", message.resultCode)
        writer.field("request", message.requestBody)
        writer.field("response", message.responseBody)
        writer.arrayField("attempts", message.attempts) { writer, attempt in
            writer.beginObject()
            writer.field("time", attempt.at.koogalleryMillis, first: true)
            writer.field("number", attempt.number)
            writer.field("trigger", attempt.trigger.rawValue)
            writer.field("outcome", attempt.outcome.rawValue)
            writer.field("httpStatus", attempt.httpStatus)
            writer.field("resultCode", attempt.resultCode)
            writer.field("latencyMs", attempt.latencyMs)
            writer.field("exceptionInfo", attempt.exceptionInfo)
            writer.endObject()
        }
        writer.millisField("updatedAt", message.updatedAt)
        writer.endObject()
    }

    public static func decode(_ fields: JSONFields) throws(JSONFieldError) -> ProduceMessage {
        var attempts: [CallAttempt] = []
        for attempt in try fields.objects("attempts") {
            attempts.append(CallAttempt(
                number: try attempt.int("number"), at: try attempt.timestamp("time"),
                trigger: try attempt.enumValue("trigger", as: AttemptTrigger.self),
                outcome: try attempt.enumValue("outcome", as: AttemptOutcome.self),
                httpStatus: try attempt.optionalInt("httpStatus"), resultCode: try attempt.optionalString("resultCode"),
                latencyMs: try attempt.optionalInt("latencyMs"),
                exceptionInfo: try attempt.optionalString("exceptionInfo") ?? ""))
        }
        return ProduceMessage(
            messageId: try fields.string("messageId"),
            activity: try fields.enumValue("activity", as: Activity.self),
            interfaceVersion: try fields.enumValue("interfaceVersion", as: InterfaceVersion.self),
            orderId: try fields.string("orderId"), orderLineId: try fields.optionalString("orderLineId"),
            instanceId: try fields.optionalString("instanceId"), productName: try fields.string("productName"),
            customerName: try fields.string("customerName"),
            state: try fields.enumValue("state", as: ExceptionState.self),
            retryPolicy: try fields.enumValue("retryPolicy", as: RetryPolicy.self),
            firstFailureAt: try fields.timestamp("firstFailureTime"),
            windowEndsAt: try fields.timestamp("windowEndTime"),
            exceptionInfo: try fields.string("exceptionInfo"), resultCode: try fields.optionalString("resultCode"),
            requestBody: try fields.optionalString("request") ?? "", responseBody: try fields.optionalString("response") ?? "",
            attempts: attempts, updatedAt: try fields.timestamp("updatedAt"))
    }
}
