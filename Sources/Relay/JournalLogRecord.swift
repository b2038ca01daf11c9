import SellerCore

/// One line of the relay's journal log: an arrival or an answer, as compact JSON, read back after a crash. Written
/// and read only here, so a log written by this build always decodes; a line that does not (a write torn by a kill)
/// is skipped.
enum JournalLogRecord: Equatable, Sendable {
    case arrival(JournalArrival)
    case answer(callId: String, JournalAnswer)

    /// The record as one line, ending in `\n` (JSON escapes every line break inside strings).
    var line: [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        var first = true
        func key(_ name: String) {
            if !first { writer.comma() }
            first = false
            writer.key(name)
        }
        func text(_ name: String, _ value: String?) {
            guard let value else { return }
            key(name)
            writer.appendString(value)
        }
        func number(_ name: String, _ value: Int64?) {
            guard let value else { return }
            key(name)
            writer.appendRaw(Array(String(value).utf8))
        }
        func headers(_ name: String, _ list: [JournalHeader]) {
            key(name)
            JournalHeader.write(list, into: &writer)
        }
        switch self {
        case .arrival(let a):
            text("type", "arrival")
            text("callId", a.callId); text("origin", a.origin.rawValue); text("replayOf", a.replayOf)
            number("receivedAt", a.receivedAt.millis); text("method", a.method); text("path", a.path)
            text("query", a.query); headers("headers", a.headers); text("body", a.body); text("peer", a.peer)
            text("activity", a.activity); text("interfaceVersion", a.interfaceVersion?.rawValue)
            text("orderId", a.orderId); text("orderLineId", a.orderLineId); text("instanceId", a.instanceId)
            text("license", a.license); text("eventId", a.eventId); number("testFlag", a.testFlag ? 1 : 0)
            text("signature", a.signature.rawValue); text("signatureWork", a.signatureWork)
        case .answer(let callId, let b):
            text("type", "answer")
            text("callId", callId); number("answeredAt", b.answeredAt.millis); number("latencyMs", Int64(b.latencyMs))
            number("status", b.status.map(Int64.init)); headers("headers", b.headers); text("body", b.body)
            number("bodyTruncated", b.bodyTruncated ? 1 : 0); text("transportError", b.transportError)
            text("outcome", b.outcome.rawValue); text("failureKind", b.failureKind?.rawValue)
            text("failureDetail", b.failureDetail); text("resultCode", b.resultCode)
            text("answeredInstanceId", b.answeredInstanceId); text("idempotencyBreak", b.idempotencyBreak)
        }
        writer.endObject()
        return writer.bytes + [UInt8(ascii: "\n")]
    }

    /// Reads a line written by `line` (without its `\n`); nil for anything else.
    init?(line: ArraySlice<UInt8>) {
        guard let value = try? JSONParser.parse(Array(line)), let fields = try? JSONFields(value, path: "$") else {
            return nil
        }
        do throws(JSONFieldError) {
            switch try fields.string("type") {
            case "arrival": self = .arrival(try Self.arrival(fields))
            case "answer": self = .answer(callId: try fields.string("callId"), try Self.answer(fields))
            default: return nil
            }
        } catch {
            return nil
        }
    }

    private static func headers(_ fields: JSONFields, _ key: String) -> [JournalHeader] {
        JournalHeader.read(fields.value(key))
    }

    private static func arrival(_ f: JSONFields) throws(JSONFieldError) -> JournalArrival {
        JournalArrival(
            callId: try f.string("callId"), origin: try f.enumValue("origin", as: CallOrigin.self),
            replayOf: try f.optionalString("replayOf"), receivedAt: Timestamp(millis: Int64(try f.int("receivedAt"))),
            method: try f.string("method"), path: try f.string("path"), query: try f.string("query"),
            headers: headers(f, "headers"), body: try f.string("body"), peer: try f.string("peer"),
            activity: try f.optionalString("activity"),
            interfaceVersion: try f.optionalEnumValue("interfaceVersion", as: InterfaceVersion.self),
            orderId: try f.optionalString("orderId"), orderLineId: try f.optionalString("orderLineId"),
            instanceId: try f.optionalString("instanceId"), license: try f.optionalString("license"),
            eventId: try f.optionalString("eventId"), testFlag: try f.int("testFlag") == 1,
            signature: try f.enumValue("signature", as: SignatureVerdict.self),
            signatureWork: try f.string("signatureWork"))
    }

    private static func answer(_ f: JSONFields) throws(JSONFieldError) -> JournalAnswer {
        JournalAnswer(
            answeredAt: Timestamp(millis: Int64(try f.int("answeredAt"))), latencyMs: try f.int("latencyMs"),
            status: try f.optionalInt("status"), headers: headers(f, "headers"), body: try f.string("body"),
            bodyTruncated: try f.int("bodyTruncated") == 1, transportError: try f.optionalString("transportError"),
            outcome: try f.enumValue("outcome", as: CallOutcome.self),
            failureKind: try f.optionalEnumValue("failureKind", as: CallFailureKind.self),
            failureDetail: try f.string("failureDetail"), resultCode: try f.optionalString("resultCode"),
            answeredInstanceId: try f.optionalString("answeredInstanceId"),
            idempotencyBreak: try f.optionalString("idempotencyBreak"))
    }
}
