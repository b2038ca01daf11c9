import ListContract
import Localization
import SellerCore
import TermUI

/// One cell's text and optional role.
typealias ListCell = (text: String, role: StyleRole?)

// The cells of each kind's rows. Every string that came from the store goes through `plain` (one sanitised
// line); labels of known enum values are the project's own text.
extension ListPresentation {
    static func orderCell(_ column: ListColumn, _ row: OrderListRow, _ context: DisplayContext) -> ListCell {
        switch column {
        case .orderId: plain(row.orderId)
        case .createTime: (LocalTimeFormat.compact(row.createTime, context: context), nil)
        case .customerName: plain(row.customerName)
        case .productName: plain(row.productName)
        case .orderType: (StatusRoles.label(row.orderType, context.language), nil)
        case .status: StatusRoles.labeled(row.status, context.language, role: StatusRoles.role)
        case .amount: (NumberFormat.money(row.amount, currencyUnit: row.currencyUnit), nil)
        default: ("", nil)
        }
    }

    static func instanceCell(_ column: ListColumn, _ row: InstanceListRow, _ context: DisplayContext) -> ListCell {
        switch column {
        case .instanceId: plain(row.instanceId)
        case .orderId: plain(row.orderId)
        case .productName: plain(row.productName)
        case .customerName: plain(row.customerName)
        case .status: StatusRoles.labeled(row.status, context.language, role: StatusRoles.role)
        case .chargingMode: (StatusRoles.label(row.chargingMode, context.language), nil)
        case .expireTime: ExpiryMark.cell(row.expireTime, status: row.status.known, context: context)
        default: ("", nil)
        }
    }

    static func exceptionCell(_ column: ListColumn, _ row: ExceptionListRow, _ context: DisplayContext) -> ListCell {
        switch column {
        case .lastAttemptAt: (LocalTimeFormat.compact(row.lastAttemptAt, context: context), nil)
        case .activity: (StatusRoles.label(row.activity, context.language), nil)
        case .orderId: plain(row.orderId)
        case .state: StatusRoles.labeled(row.state, context.language, role: StatusRoles.role)
        case .windowLeft: RetryWindow.timeLeft(state: row.state.known, endsAt: row.windowEndsAt, context: context)
        case .exceptionInfo: plain(RelayDetailText.phrase(row.exceptionInfo).text(context.language))
        case .attemptCount: (String(row.attemptCount), nil)
        case .instanceId: row.instanceId.map(plain) ?? (NumberFormat.none, nil)
        case .source: (StatusRoles.label(row.source, context.language), row.source.known == .journal ? .statusPending : nil)
        default: ("", nil)
        }
    }

    static func callCell(_ column: ListColumn, _ row: CallListRow, _ context: DisplayContext) -> ListCell {
        switch column {
        case .receivedAt: (LocalTimeFormat.compact(row.receivedAt, context: context), nil)
        case .activity:
            // A replay is the seller's own call: marked where it is read first, at every width.
            row.origin.known == .replay
                ? (replayMark.text(context.language) + plain(row.activityLabel(context.language)).text, .statusWarn)
                : plain(row.activityLabel(context.language))
        case .orderId: row.orderId.map(plain) ?? (NumberFormat.none, nil)
        case .outcome: StatusRoles.labeled(row.outcome, context.language, role: StatusRoles.role)
        case .signature: StatusRoles.labeled(row.signature, context.language, role: StatusRoles.role)
        case .latency: (row.latencyMs.map { DurationFormat.latency(milliseconds: $0) } ?? NumberFormat.none, nil)
        case .failure: plain(RelayDetailText.phrase(row.failureDetail).text(context.language))
        case .origin: (StatusRoles.label(row.origin, context.language), row.origin.known == .replay ? .statusWarn : nil)
        case .httpStatus: (row.status.map(String.init) ?? NumberFormat.none, nil)
        case .instanceId: row.instanceId.map(plain) ?? (NumberFormat.none, nil)
        default: ("", nil)
        }
    }

    static func supervisionCell(_ column: ListColumn, _ row: SupervisionListRow,
                                _ context: DisplayContext) -> ListCell {
        // Flagged cells say why the seller may appeal (docs/KOOGALLERY.md §7.7).
        let signals = AppealSignals(node: row.node.known, nodeSince: row.nodeSince, rejectCount: row.rejectCount,
                                    now: context.now)
        switch column {
        case .orderId: return plain(row.orderId)
        case .customerName: return plain(row.customerName)
        case .productName: return plain(row.productName)
        case .node: return StatusRoles.labeled(row.node, context.language, role: StatusRoles.role)
        case .daysIdle:
            return (DurationFormat.days(since: row.nodeSince, context: context), signals.idleTooLong ? .statusWarn : nil)
        case .rejectCount:
            return (String(row.rejectCount), signals.tooManyRejections ? .statusWarn : nil)
        case .scenario:
            return (StatusRoles.label(row.scenario, context.language), nil)
        default: return ("", nil)
        }
    }

    static func ticketCell(_ column: ListColumn, _ row: TicketListRow, _ context: DisplayContext) -> ListCell {
        switch column {
        case .caseId: plain(row.caseId)
        case .title: plain(row.title)
        case .customerName: plain(row.customerName)
        case .status: StatusRoles.labeled(row.status, context.language, role: StatusRoles.role)
        case .messageCount: (String(row.messageCount), nil)
        case .updatedAt: (LocalTimeFormat.compact(row.updatedAt, context: context), nil)
        default: ("", nil)
        }
    }

    /// What a replayed call's 接口类型 cell starts with.
    static let replayMark = Phrase(zh: "重放·", en: "Replay·")

    /// Store text as one safe line, with no role of its own.
    static func plain(_ text: String) -> ListCell { (TextSanitizer.sanitize(text), nil) }
}
