import ListContract
import SellerCore

/// The members of one list row as JSON: the one spelling `list --json`, `export --format jsonl`, the CSV header
/// and the console's `:export` share, so a script, a spreadsheet and the console never disagree on a name.
public enum RowJSON {
    /// How a row's times and amount are written: `list --json` keeps the store's UTC millis text and the amount
    /// as KooGallery sent it; an export writes local ISO 8601 times and amounts as numbers (`ExportFormat.style`).
    public struct Style: Sendable {
        public var time: @Sendable (Timestamp?) -> JSONValue
        public var amount: @Sendable (String?) -> JSONValue

        public init(time: @escaping @Sendable (Timestamp?) -> JSONValue,
                    amount: @escaping @Sendable (String?) -> JSONValue) {
            self.time = time
            self.amount = amount
        }

        public static let list = Style(time: RowJSON.time, amount: RowJSON.text)
    }

    /// The members of one row: the same names in every style.
    public static func members(_ row: ListRow, style: Style) -> [JSONMember] {
        var members = [JSONMember("kind", .string(row.kind.commandName)), JSONMember("id", .string(row.id))]
        func add(_ key: String, _ value: JSONValue) { members.append(JSONMember(key, value)) }
        switch row.content {
        case .order(let r):
            add("status", .string(r.status.rawValue)); add("statusLabel", .string(r.statusLabel))
            add("orderId", .string(r.orderId)); add("createTime", style.time(r.createTime))
            add("customerName", .string(r.customerName)); add("productName", .string(r.productName))
            add("orderType", .string(r.orderType.rawValue)); add("orderTypeLabel", .string(r.orderTypeLabel))
            add("amount", style.amount(r.amount)); add("currencyUnit", .string(r.currencyUnit))
            add("updatedAt", style.time(r.updatedAt))
        case .instance(let r):
            add("status", .string(r.status.rawValue)); add("statusLabel", .string(r.statusLabel))
            add("instanceId", .string(r.instanceId)); add("orderId", .string(r.orderId))
            add("customerName", .string(r.customerName)); add("productName", .string(r.productName))
            add("chargingMode", .string(r.chargingMode.rawValue))
            add("chargingModeLabel", .string(r.chargingModeLabel))
            add("expireTime", style.time(r.expireTime)); add("updatedAt", style.time(r.updatedAt))
        case .exception(let r):
            add("status", .string(r.state.rawValue)); add("statusLabel", .string(r.stateLabel))
            add("messageId", .string(r.messageId)); add("activity", .string(r.activity.rawValue))
            add("activityLabel", .string(r.activityLabel)); add("attempts", number(r.attemptCount))
            add("orderId", .string(r.orderId)); add("instanceId", text(r.instanceId))
            add("customerName", .string(r.customerName)); add("productName", .string(r.productName))
            add("lastAttemptAt", style.time(r.lastAttemptAt)); add("windowEndsAt", style.time(r.windowEndsAt))
            add("exceptionInfo", .string(r.exceptionInfo))
        case .supervision(let r):
            add("status", .string(r.node.rawValue)); add("statusLabel", .string(r.nodeLabel))
            add("taskId", .string(r.taskId)); add("orderId", .string(r.orderId))
            add("customerName", .string(r.customerName)); add("productName", .string(r.productName))
            add("nodeSince", style.time(r.nodeSince)); add("rejectCount", number(r.rejectCount))
            add("scenario", .string(r.scenario.rawValue)); add("scenarioLabel", .string(r.scenarioLabel))
            add("flowKind", .string(r.flowKind.rawValue)); add("flowKindLabel", .string(r.flowKindLabel))
        case .ticket(let r):
            add("status", .string(r.status.rawValue)); add("statusLabel", .string(r.statusLabel))
            add("caseId", .string(r.caseId)); add("title", .string(r.title))
            add("customerName", .string(r.customerName)); add("productName", .string(r.productName))
            add("orderId", text(r.orderId)); add("messageCount", number(r.messageCount))
            add("createTime", style.time(r.createTime)); add("updatedAt", style.time(r.updatedAt))
        case .call(let r):
            add("status", .string(r.outcome.rawValue)); add("statusLabel", .string(r.outcome.label))
            add("callId", .string(r.callId)); add("origin", .string(r.origin.rawValue))
            add("originLabel", .string(r.origin.label))
            add("receivedAt", style.time(r.receivedAt)); add("activity", .string(r.activity))
            add("activityLabel", .string(r.activityLabel)); add("orderId", text(r.orderId))
            add("instanceId", text(r.instanceId)); add("signature", .string(r.signature.rawValue))
            add("signatureLabel", .string(r.signature.label)); add("httpStatus", r.status.map { number($0) } ?? .null)
            add("latencyMs", r.latencyMs.map { number($0) } ?? .null); add("failure", .string(r.failureDetail))
            add("resultCode", text(r.resultCode)); add("eventId", text(r.eventId)); add("messageId", text(r.messageId))
        }
        add("pendingAction", mark(row.pendingMark))
        return members
    }

    /// The outbox's mark as an object (`{"action":"restart","actionLabel":"重新启动","state":"failed"}`), null
    /// without one: never the store's own spelling.
    public static func mark(_ mark: PendingMark?) -> JSONValue {
        guard let mark else { return .null }
        return .object([JSONMember("action", .string(mark.action.rawValue)),
                        JSONMember("actionLabel", .string(mark.action.label)),
                        JSONMember("state", .string(mark.state.rawValue))])
    }

    public static func text(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
    public static func number(_ value: Int) -> JSONValue { .number(String(value)) }
    public static func time(_ value: Timestamp?) -> JSONValue { value.map { .string($0.koogalleryMillis) } ?? .null }
}
