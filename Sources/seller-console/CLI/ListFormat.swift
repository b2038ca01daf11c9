import ConsoleUI
import Export
import Foundation
import ListContract
import Localization
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

    /// A column of the marketplace's words, as wide as the widest of them (plus the pending badge for statuses).
    static func labels(_ title: String, _ labels: [String], badge: Bool = false) -> ListTextColumn {
        let widest = labels.map { DisplayWidth.width(of: $0) }.max() ?? 0
        let width = widest + (badge ? 1 + DisplayWidth.width(of: ListPresentation.pendingBadge) : 0)
        return ListTextColumn(title: title, minWidth: width, maxWidth: max(width, 24))
    }

    static func status(_ title: String, _ kind: EntityKind, _ language: Language) -> ListTextColumn {
        labels(title, ListStatus.all(for: kind).map { ListText.status($0)(language) }, badge: true)
    }
}

/// What `list` prints for each kind: the table's key columns (raw store text; the table sanitises it) and the
/// JSON object (every field of the row, raw values beside their labels, times as yyyyMMddHHmmssSSS UTC).
enum ListFormat {
    /// The table's columns for `kind`, titled and sized in `language` (the widest status word decides a
    /// status column's width, and English words are longer).
    static func columns(for kind: EntityKind, language: Language) -> [ListTextColumn] {
        let t = { (phrase: Phrase) in phrase(language) }
        let customer = ListTextColumn.text(t(ListText.customer), 28)
        let order = ListTextColumn.text(t(ListText.order), 24)
        let product = ListTextColumn.text(t(ListText.product), 40)
        func words<Value: LabeledEnum>(_ title: Phrase, _ type: Value.Type) -> ListTextColumn {
            .labels(t(title), RecordWords.all(type, in: language))
        }
        return switch kind {
        case .orders:
            [.id(t(ListText.orderId)), .status(t(ListText.status), kind, language), .time(t(ListText.created)),
             words(ListText.type, OrderType.self), customer,
             ListTextColumn(title: t(ListText.amount), maxWidth: 18, alignment: .right), product]
        case .instances:
            [.id(t(ListText.instanceId)), .status(t(ListText.status), kind, language), order, customer,
             words(ListText.charging, ChargingMode.self), .time(t(ListText.expires)), product]
        case .exceptions:
            [.id(t(ListText.messageId)), .status(t(ListText.state), kind, language),
             words(ListText.activity, Activity.self), .number(t(ListText.attempts)), order, customer,
             .time(t(ListText.windowEnd))]
        case .supervision:
            [.id(t(ListText.taskId)), .status(t(ListText.node), kind, language), order, customer,
             .time(t(ListText.nodeSince)), .number(t(ListText.rejects)),
             words(ListText.scenario, SupervisionScenario.self), product]
        case .tickets:
            [.id(t(ListText.caseId)), .status(t(ListText.status), kind, language), customer,
             .number(t(ListText.messages)), .time(t(ListText.updated)), .text(t(ListText.title), 48)]
        case .calls:
            [.id(t(ListText.callId)), .status(t(ListText.outcome), kind, language), .time(t(ListText.received)),
             words(ListText.origin, CallOrigin.self), .text(t(ListText.activity), 24), order,
             words(ListText.signature, SignatureVerdict.self),
             ListTextColumn(title: "HTTP", maxWidth: 4, alignment: .right), .number(t(ListText.milliseconds)),
             .text(t(ListText.failure), 48)]
        }
    }

    /// The status cell: the status word, with the console's badge when the outbox marks the record (`⧗` while
    /// its action is on its way, `✗` when it failed).
    static func status(_ label: String, mark: PendingMark?) -> String {
        mark == nil ? label : label + " " + ListPresentation.badgeText(mark)
    }

    /// A row's cells in `language`: the store's text as it is, the marketplace's words translated.
    static func cells(_ row: ListRow, clock: ListClock, language: Language) -> [String] {
        func w<Value: LabeledEnum>(_ value: StoredValue<Value>) -> String { RecordWords.phrase(value)(language) }
        func w<Value: LabeledEnum>(_ value: Value) -> String { RecordWords.phrase(value)(language) }
        switch row.content {
        case .order(let r):
            let amount = r.amount.map { NumberFormat.money($0, currencyUnit: r.currencyUnit) } ?? ""
            return [r.orderId, status(w(r.status), mark: r.pendingMark), clock.text(r.createTime),
                    w(r.orderType), r.customerName, amount, r.productName]
        case .instance(let r):
            return [r.instanceId, status(w(r.status), mark: r.pendingMark), r.orderId, r.customerName,
                    w(r.chargingMode), clock.text(r.expireTime), r.productName]
        case .exception(let r):
            return [r.messageId, status(w(r.state), mark: r.pendingMark), w(r.activity),
                    String(r.attemptCount), r.orderId, r.customerName, clock.text(r.windowEndsAt)]
        case .supervision(let r):
            return [r.taskId, status(w(r.node), mark: r.pendingMark), r.orderId, r.customerName,
                    clock.text(r.nodeSince), String(r.rejectCount), w(r.scenario), r.productName]
        case .ticket(let r):
            return [r.caseId, status(w(r.status), mark: r.pendingMark), r.customerName, String(r.messageCount),
                    clock.text(r.updatedAt), r.title]
        case .call(let r):
            return [r.callId, status(w(r.outcome), mark: r.pendingMark), clock.text(r.receivedAt), w(r.origin),
                    r.activity, r.orderId ?? "", w(r.signature), r.status.map(String.init) ?? "",
                    r.latencyMs.map(String.init) ?? "", r.failureDetail]
        }
    }

    /// `list --json`'s members (`RowJSON`, shared with `export` and the console's `:export`).
    static func json(_ row: ListRow) -> [JSONMember] { RowJSON.members(row, style: .list) }

    // MARK: - Outbox

    static func outboxColumns(_ language: Language) -> [ListTextColumn] {
        [
            ListTextColumn(title: "#ID", maxWidth: 12, alignment: .right),
            .labels(ListText.action(language), RecordWords.all(ActionKind.self, in: language)),
            .labels(ListText.state(language), RecordWords.all(OutboxState.self, in: language)),
            .number(ListText.attempts(language)), .text(ListText.target(language), 28),
            .text(ListText.lastError(language), 60),
        ]
    }

    /// An item whose payload this build cannot read carries a placeholder action (never sent); its action and
    /// target are shown as unknown rather than as the placeholder's.
    static func cells(_ item: OutboxItem, language: Language) -> [String] {
        let readable = item.payloadError == nil
        return [String(item.id), readable ? RecordWords.phrase(item.action.kind)(language) : "?",
                RecordWords.phrase(item.state)(language), String(item.attempts),
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
