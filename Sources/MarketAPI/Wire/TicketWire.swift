import SellerCore

/// The gateway's JSON form of a ticket with its conversation. `statusCode` carries OSM's number beside the name.
public enum TicketWire {
    public static func encode(_ ticket: Ticket, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("caseId", ticket.caseId, first: true)
        writer.field("orderId", ticket.orderId)
        writer.field("productId", ticket.productId)
        writer.field("productName", ticket.productName)
        writer.field("customerId", ticket.customerId)
        writer.field("customerName", ticket.customerName)
        writer.field("assignee", ticket.assignee)
        writer.field("simpleDescribe", ticket.title)
        writer.field("status", ticket.status.rawValue)
        writer.field("statusCode", ticket.status.code)
        writer.secondsField("createTime", ticket.createTime)
        writer.arrayField("messages", ticket.messages) { writer, message in
            writer.beginObject()
            writer.field("messageId", message.messageId, first: true)
            writer.field("author", message.author.rawValue)
            writer.field("content", message.content)
            writer.millisField("createTime", message.createTime)
            if !message.attachments.isEmpty {
                writer.arrayField("attachments", message.attachments, SupervisionWire.encodeFile)
            }
            writer.endObject()
        }
        writer.field("cause", ticket.cause)
        writer.field("solution", ticket.solution)
        writer.millisField("updatedAt", ticket.updatedAt)
        writer.endObject()
    }

    public static func decode(_ fields: JSONFields) throws(JSONFieldError) -> Ticket {
        var messages: [TicketMessage] = []
        for message in try fields.objects("messages") {
            messages.append(TicketMessage(messageId: try message.string("messageId"),
                                          author: try message.enumValue("author", as: TicketAuthor.self),
                                          content: try message.string("content"),
                                          createTime: try message.timestamp("createTime"),
                                          attachments: try message.objects("attachments").map(SupervisionWire.decodeFile)))
        }
        return Ticket(
            caseId: try fields.string("caseId"), orderId: try fields.optionalString("orderId"),
            productId: try fields.string("productId"), productName: try fields.string("productName"),
            customerId: try fields.string("customerId"), customerName: try fields.string("customerName"),
            assignee: try fields.string("assignee"), title: try fields.string("simpleDescribe"),
            status: try fields.enumValue("status", as: TicketStatus.self),
            createTime: try fields.timestamp("createTime"), messages: messages,
            cause: try fields.optionalString("cause"), solution: try fields.optionalString("solution"),
            updatedAt: try fields.timestamp("updatedAt"))
    }
}
