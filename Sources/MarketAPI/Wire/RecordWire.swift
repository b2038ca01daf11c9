import SellerCore

/// Encodes and decodes any record by its kind, so pages are handled once for all five gateway lists. Journalled
/// calls are never on the wire: they are written locally by the relay.
public enum RecordWire {
    public static func encode(_ record: SellerRecord, into writer: inout JSONWriter) {
        switch record {
        case .order(let order): OrderWire.encode(order, into: &writer)
        case .instance(let instance): InstanceWire.encode(instance, into: &writer)
        case .exception(let message): ProduceMessageWire.encode(message, into: &writer)
        case .supervision(let task): SupervisionWire.encode(task, into: &writer)
        case .ticket(let ticket): TicketWire.encode(ticket, into: &writer)
        case .call: writer.beginObject(); writer.endObject()
        }
    }

    public static func decode(_ kind: EntityKind, _ fields: JSONFields) throws(JSONFieldError) -> SellerRecord {
        switch kind {
        case .calls: throw JSONFieldError(path: "$", reason: "calls are not served by the seller gateway")
        case .orders: .order(try OrderWire.decode(fields))
        case .instances: .instance(try InstanceWire.decode(fields))
        case .exceptions: .exception(try ProduceMessageWire.decode(fields))
        case .supervision: .supervision(try SupervisionWire.decode(fields))
        case .tickets: .ticket(try TicketWire.decode(fields))
        }
    }

    /// The member that names a record of `kind`, used to identify a record that failed to decode.
    public static func idField(of kind: EntityKind) -> String {
        switch kind {
        case .orders: "orderId"
        case .instances: "instanceId"
        case .exceptions: "messageId"
        case .supervision: "taskId"
        case .tickets: "caseId"
        case .calls: "callId"
        }
    }
}
