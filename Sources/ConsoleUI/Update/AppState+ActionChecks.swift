import SellerCore
import TermUI

// Before a dialog opens: the target of an action key, and why the action is refused, checked against the loaded
// record when it is the selected row's, otherwise against the row's own state (the store checks again when it
// queues the action).
extension AppState {
    static let readOnlyMessage = "只读模式：不能执行操作 (--readonly)"
    static let wrongTabMessage = "此标签页没有该操作 No such action on this tab"

    /// The selected row of the active list, if any.
    var selectedRow: ListRow? { activeList?.window.selectedRow }

    /// The loaded detail record when it is `row`'s.
    func loadedRecord(for row: ListRow) -> SellerRecord? {
        guard let record = detail.record, record.kind == row.kind, record.id == row.id else { return nil }
        return record
    }

    /// Why `action` cannot be done on `row` now, in words for a toast; nil when it may go ahead.
    func refusal(of action: SellerAction, on row: ListRow) -> String? {
        if let pending = row.pendingAction, !pending.hasPrefix("!") {
            let label = ActionKind(rawValue: pending)?.label ?? TextSanitizer.sanitize(pending)
            return "不能\(action.kind.label)：「\(label)」还在队列中，等它完成或在队列中放弃它"
        }
        if let record = loadedRecord(for: row) {
            return ActionRules.refusal(of: action, on: record, at: now).map { refusalText(action, $0) }
        }
        do throws(TransitionError) {
            switch (action, row.content) {
            case (.restart, .exception(let r)):
                guard let state = ExceptionState(rawValue: r.state) else { return nil }
                _ = try ExceptionFlow.next(after: .requestManualRetry, from: state)
            case (.confirmRequirement, .supervision(let r)), (.rejectRequirement, .supervision(let r)),
                 (.deliver, .supervision(let r)):
                guard let task = AppState.task(from: r) else { return nil }
                return ActionRules.refusal(of: action, on: .supervision(task), at: now).map { refusalText(action, $0) }
            case (.acceptTicket, .ticket(let r)):
                guard let status = TicketStatus(rawValue: r.status) else { return nil }
                _ = try TicketFlow.next(after: .sellerAccept, from: status)
            case (.replyTicket(_, let content, let wait), .ticket(let r)):
                guard let status = TicketStatus(rawValue: r.status) else { return nil }
                _ = try TicketFlow.next(after: .sellerReply(content: content, waitForCustomer: wait), from: status)
            case (.resolveTicket(_, let cause, let solution), .ticket(let r)):
                guard let status = TicketStatus(rawValue: r.status) else { return nil }
                _ = try TicketFlow.next(after: .sellerResolve(cause: cause, solution: solution), from: status)
            default:
                return "不能\(action.kind.label)：不是这类记录的操作"
            }
        } catch {
            return refusalText(action, error)
        }
        return nil
    }

    func refusalText(_ action: SellerAction, _ error: TransitionError) -> String {
        "不能\(action.kind.label)（当前：\(TextSanitizer.sanitize(error.state))）：\(TextSanitizer.sanitize(error.reason))"
    }

    /// Enough of a supervision task, from its list row, for the state machine to judge an action by its node.
    static func task(from row: SupervisionListRow) -> SupervisionTask? {
        guard let node = SupervisionNode(rawValue: row.node), let flow = FlowKind(rawValue: row.flowKind),
              let scenario = SupervisionScenario(rawValue: row.scenario) else { return nil }
        return SupervisionTask(taskId: row.taskId, orderId: row.orderId, productName: row.productName,
                               customerName: row.customerName, flowKind: flow, scenario: scenario, node: node,
                               nodeSince: row.nodeSince, rejectCount: row.rejectCount, requirementText: "",
                               requirementFiles: [], deliverables: [], actualServiceStartTime: nil, history: [],
                               updatedAt: row.nodeSince)
    }

    /// The selected row for an action key, after the read-only check; toasts and returns nil when there is none
    /// or the action is refused. `probe` is the action as it would be (placeholder text for forms).
    mutating func actionRow(for probe: (ListRow) -> SellerAction) -> (row: ListRow, action: SellerAction)? {
        guard let row = selectedRow else {
            showToast("没有选中的记录 Nothing selected", kind: .info)
            return nil
        }
        let action = probe(row)
        if let reason = refusal(of: action, on: row) {
            showToast(reason, kind: .warn)
            return nil
        }
        return (row, action)
    }
}
