import ConsoleUI
import Export
import Foundation
import ListContract
import SellerCore
import TermUI

/// A column of `list`'s plain table. Its width is what the header and the first page need, within
/// `minWidth...maxWidth`; a column of labels starts at the widest label, so a later page's longer label is not
/// cut. Cells are cut to the width, except the id column: a cut id is useless to copy, so a longer one
/// overflows its row instead.
struct ListTextColumn {
    var title: String
    var minWidth = 0
    var maxWidth: Int
    var alignment: Alignment = .left
    var truncates = true

    static func id(_ title: String) -> ListTextColumn { ListTextColumn(title: title, maxWidth: 40, truncates: false) }

    static func text(_ title: String, _ maxWidth: Int) -> ListTextColumn {
        ListTextColumn(title: title, maxWidth: maxWidth)
    }

    static func number(_ title: String) -> ListTextColumn {
        ListTextColumn(title: title, maxWidth: 10, alignment: .right)
    }

    static func time(_ title: String) -> ListTextColumn { ListTextColumn(title: title, minWidth: 16, maxWidth: 16) }

    /// A column of Chinese labels, as wide as the widest of them (plus the pending badge for statuses).
    static func labels(_ title: String, _ labels: [String], badge: Bool = false) -> ListTextColumn {
        let widest = labels.map { DisplayWidth.width(of: $0) }.max() ?? 0
        let width = widest + (badge ? 1 + DisplayWidth.width(of: ListPresentation.pendingBadge) : 0)
        return ListTextColumn(title: title, minWidth: width, maxWidth: max(width, 24))
    }

    static func status(_ title: String, _ kind: EntityKind) -> ListTextColumn {
        labels(title, ListStatus.all(for: kind).map(\.label), badge: true)
    }
}

/// What `list` prints for each kind: the table's key columns (raw store text; the table sanitises it) and the
/// JSON object (every field of the row, raw values beside their labels, times as yyyyMMddHHmmssSSS UTC).
enum ListFormat {
    static func columns(for kind: EntityKind) -> [ListTextColumn] {
        let customer = ListTextColumn.text("CUSTOMER", 28)
        let order = ListTextColumn.text("ORDER", 24)
        let product = ListTextColumn.text("PRODUCT", 40)
        return switch kind {
        case .orders:
            [.id("ORDER ID"), .status("STATUS", kind), .time("CREATED"),
             .labels("TYPE", OrderType.allCases.map(\.label)), customer,
             ListTextColumn(title: "AMOUNT", maxWidth: 18, alignment: .right), product]
        case .instances:
            [.id("INSTANCE ID"), .status("STATUS", kind), order, customer,
             .labels("CHARGING", ChargingMode.allCases.map(\.label)), .time("EXPIRES"), product]
        case .exceptions:
            [.id("MESSAGE ID"), .status("STATE", kind), .labels("ACTIVITY", Activity.allCases.map(\.label)),
             .number("ATTEMPTS"), order, customer, .time("WINDOW END")]
        case .supervision:
            [.id("TASK ID"), .status("NODE", kind), order, customer, .time("NODE SINCE"), .number("REJECTS"),
             .labels("SCENARIO", SupervisionScenario.allCases.map(\.label)), product]
        case .tickets:
            [.id("CASE ID"), .status("STATUS", kind), customer, .number("MESSAGES"), .time("UPDATED"),
             .text("TITLE", 48)]
        case .calls:
            [.id("CALL ID"), .status("OUTCOME", kind), .time("RECEIVED"), .labels("ORIGIN", CallOrigin.allCases.map(\.label)),
             .text("ACTIVITY", 24), order, .labels("SIGNATURE", SignatureVerdict.allCases.map(\.label)),
             ListTextColumn(title: "HTTP", maxWidth: 4, alignment: .right), .number("MS"), .text("FAILURE", 48)]
        }
    }

    /// The status cell: the Chinese label, with the console's badge when the outbox marks the record (`⧗` while
    /// its action is on its way, `✗` when it failed).
    static func status(_ label: String, mark: PendingMark?) -> String {
        mark == nil ? label : label + " " + ListPresentation.badgeText(mark)
    }

    static func cells(_ row: ListRow, clock: ListClock) -> [String] {
        switch row.content {
        case .order(let r):
            let amount = r.amount.map { NumberFormat.money($0, currencyUnit: r.currencyUnit) } ?? ""
            return [r.orderId, status(r.statusLabel, mark: r.pendingMark), clock.text(r.createTime),
                    r.orderTypeLabel, r.customerName, amount, r.productName]
        case .instance(let r):
            return [r.instanceId, status(r.statusLabel, mark: r.pendingMark), r.orderId, r.customerName,
                    r.chargingModeLabel, clock.text(r.expireTime), r.productName]
        case .exception(let r):
            return [r.messageId, status(r.stateLabel, mark: r.pendingMark), r.activityLabel,
                    String(r.attemptCount), r.orderId, r.customerName, clock.text(r.windowEndsAt)]
        case .supervision(let r):
            return [r.taskId, status(r.nodeLabel, mark: r.pendingMark), r.orderId, r.customerName,
                    clock.text(r.nodeSince), String(r.rejectCount), r.scenarioLabel, r.productName]
        case .ticket(let r):
            return [r.caseId, status(r.statusLabel, mark: r.pendingMark), r.customerName, String(r.messageCount),
                    clock.text(r.updatedAt), r.title]
        case .call(let r):
            return [r.callId, status(r.outcome.label, mark: r.pendingMark), clock.text(r.receivedAt), r.origin.label,
                    r.activity, r.orderId ?? "", r.signature.label, r.status.map(String.init) ?? "",
                    r.latencyMs.map(String.init) ?? "", r.failureDetail]
        }
    }

    /// `list --json`'s members (`RowJSON`, shared with `export` and the console's `:export`).
    static func json(_ row: ListRow) -> [JSONMember] { RowJSON.members(row, style: .list) }

    // MARK: - Outbox

    static let outboxColumns: [ListTextColumn] = [
        ListTextColumn(title: "#ID", maxWidth: 12, alignment: .right),
        .labels("ACTION", ActionKind.allCases.map(\.label)), .labels("STATE", OutboxState.allCases.map(\.label)),
        .number("ATTEMPTS"), .text("TARGET", 28), .text("LAST ERROR", 60),
    ]

    /// An item whose payload this build cannot read carries a placeholder action (never sent); its action and
    /// target are shown as unknown rather than as the placeholder's.
    static func cells(_ item: OutboxItem) -> [String] {
        let readable = item.payloadError == nil
        return [String(item.id), readable ? item.action.kind.label : "?", item.state.label, String(item.attempts),
                readable ? item.action.targetId : "", item.payloadError ?? item.lastError ?? ""]
    }

    static func json(_ item: OutboxItem) -> [JSONMember] {
        let readable = item.payloadError == nil
        let target = JSONValue.object([JSONMember("kind", .string(item.action.targetKind.commandName)),
                                       JSONMember("id", .string(item.action.targetId))])
        var members: [JSONMember] = [
            JSONMember("id", .number(String(item.id))),
            JSONMember("action", readable ? .string(item.action.kind.rawValue) : .null),
            JSONMember("actionLabel", readable ? .string(item.action.kind.label) : .null),
            JSONMember("status", .string(item.state.rawValue)),
            JSONMember("statusLabel", .string(item.state.label)),
            JSONMember("attempts", number(item.attempts)),
            JSONMember("target", readable ? target : .null),
            JSONMember("targetLabel", .string(item.targetLabel)),
            JSONMember("idempotencyKey", .string(item.idempotencyKey)),
            JSONMember("lastError", text(item.lastError)),
            JSONMember("createdAt", time(item.createdAt)),
            JSONMember("updatedAt", time(item.updatedAt)),
        ]
        if let next = item.nextAttemptAt { members.append(JSONMember("nextAttemptAt", time(next))) }
        if let progress = item.progress {
            members.append(JSONMember("progress", .object([
                JSONMember("sentBytes", .number(String(progress.sentBytes))),
                JSONMember("totalBytes", .number(String(progress.totalBytes))),
            ])))
        }
        if let error = item.payloadError { members.append(JSONMember("payloadError", .string(error))) }
        if let failure = item.failure, item.state == .failed { members += Self.members(of: failure) }
        return members
    }

    /// A failed item's `failure` class and, when the marketplace answered, `httpStatus`, `errorCode` and
    /// `errorMessage`: the same members as an action command's `--json`.
    static func members(of failure: ActionFailure) -> [JSONMember] {
        var members = [JSONMember("failure", .string(failure.kind.rawValue))]
        if let status = failure.httpStatus { members.append(JSONMember("httpStatus", number(status))) }
        if let code = failure.errorCode { members.append(JSONMember("errorCode", .string(code))) }
        if let message = failure.message { members.append(JSONMember("errorMessage", .string(message))) }
        return members
    }

    /// The text the outbox filter searches: what the 队列 tab shows of an item, plus its ids.
    static func searchText(_ item: OutboxItem) -> String {
        let action = item.payloadError == nil ? [item.action.kind.rawValue, item.action.kind.label,
                                                 item.action.targetKind.commandName, item.action.targetId] : []
        return (["#\(item.id)", item.state.rawValue, item.state.label, item.targetLabel, item.idempotencyKey,
                 item.lastError ?? "", item.payloadError ?? ""] + action).joined(separator: " ").lowercased()
    }

    // MARK: - JSON values

    static func mark(_ mark: PendingMark?) -> JSONValue { RowJSON.mark(mark) }
    static func text(_ value: String?) -> JSONValue { RowJSON.text(value) }
    static func number(_ value: Int) -> JSONValue { RowJSON.number(value) }
    static func time(_ value: Timestamp?) -> JSONValue { RowJSON.time(value) }
}

/// Local wall-clock text for the table's times (the store keeps UTC; a seller reads their own clock), with
/// the offset of each instant, so times across a daylight-saving change are right.
struct ListClock {
    let zone = TimeZone.current

    func text(_ time: Timestamp?) -> String {
        guard let time else { return "" }
        let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(time.millis) / 1000))
        let f = time.fields(offsetSeconds: offset)
        return f.year.zeroPadded(to: 4) + "-" + f.month.zeroPadded(to: 2) + "-" + f.day.zeroPadded(to: 2) + " "
            + f.hour.zeroPadded(to: 2) + ":" + f.minute.zeroPadded(to: 2)
    }
}
