import SellerCore
import Signing

extension ResultCodes {
    /// An action request whose `Idempotency-Key` an outcome lookup abandoned (410): it is never applied.
    public static let idempotencyKeyAbandoned = "SELLER.0410"
}

/// What the gateway knows about the action sent with one idempotency key (Assets/api/seller-gateway.md,
/// "Outcome lookup"). The client asks before it gives up an action whose last attempt got no answer, because that
/// attempt may have been applied.
public enum ActionOutcome: Equatable, Sendable {
    /// The action was applied; the target as the first answer returned it (nil when the gateway no longer keeps
    /// that answer, or it could not be read: the record then arrives with the next sync).
    case applied(SellerRecord?)
    /// The first request got a final refusal (a 4xx): nothing was applied, and the key is spent.
    case refused(status: Int, code: String, message: String)
    /// The first request with the key is still being handled: nobody can say yet.
    case processing
    /// The gateway never received the key. The lookup abandoned it, so a request with the key that arrives
    /// later (a slow retry still on the wire) is refused with 410 and never applied: "not applied" is final.
    case abandoned

    /// Whether the action can never be applied any more (nothing to reconcile but dropping it).
    public var isNeverApplied: Bool {
        switch self {
        case .refused, .abandoned: true
        case .applied, .processing: false
        }
    }
}

/// The outcome lookup's route and body, encoded and decoded here for both client and simulator.
public enum ActionOutcomeWire {
    /// The `state` member of a lookup's answer.
    public enum State: String, Sendable, CaseIterable {
        case applied, refused, processing, abandoned
    }

    static let segment = "actions"

    /// `GET {gatewayBase}actions/{idempotency key}`.
    public static func path(idempotencyKey key: String) -> String {
        GatewayPaths.gatewayBase + segment + "/" + RFC3986.encode(key)
    }

    /// The key of a lookup path (the part after `GatewayPaths.gatewayBase`, as sent); nil for any other path.
    public static func idempotencyKey(gatewayPath rest: String) -> String? {
        let segments = rest.split(separator: "/", omittingEmptySubsequences: false)
        guard segments.count == 2, segments[0] == segment else { return nil }
        let key = RFC3986.decode(String(segments[1]))
        return key.isEmpty ? nil : key
    }

    /// A lookup's answer. `answer` is the first request's remembered answer (status and JSON body), embedded as
    /// `result` so the client reads the record exactly as an action's own answer carries it.
    public static func body(state: State, answer: (status: Int, body: [UInt8])? = nil) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("resultCode", ResultCodes.success, first: true)
        writer.field("state", state.rawValue)
        if let answer {
            writer.field("status", answer.status)
            // Only a body that is JSON is embedded; the status alone still tells applied from refused.
            if (try? JSONParser.parse(answer.body)) != nil {
                writer.comma()
                writer.key("result")
                writer.appendRaw(answer.body)
            }
        }
        writer.endObject()
        return writer.bytes
    }

    /// Reads a lookup's answer; `kind` is the kind of the action's target, for the record of an applied one.
    public static func decode(kind: EntityKind, body: [UInt8]) throws(JSONFieldError) -> ActionOutcome {
        let fields = try ActionWire.fields(of: body)
        switch try fields.enumValue("state", as: State.self) {
        case .processing:
            return .processing
        case .abandoned:
            return .abandoned
        case .applied:
            guard let result = try fields.optionalObject("result"), let item = try result.optionalObject("item") else {
                return .applied(nil)
            }
            return .applied(try? RecordWire.decode(kind, item))
        case .refused:
            let status = try fields.int("status")
            let error = try fields.optionalObject("result").flatMap { result -> APIErrorBody? in
                guard let code = result.value("error_code")?.stringValue else { return nil }
                return APIErrorBody(code: code, message: result.value("error_msg")?.stringValue ?? "")
            }
            return .refused(status: status, code: error?.code ?? "HTTP.\(status)", message: error?.message ?? "")
        }
    }
}
