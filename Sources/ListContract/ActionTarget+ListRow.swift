import Localization
import SellerCore

// What the action checks and labels read from a list row before the full record is loaded (the store checks
// the record again when it queues the action).
extension ActionTargetState {
    /// The state as a list row shows it, for judging an action before the full record is loaded; nil when the
    /// row carries a spelling this build does not know. A task is rebuilt from the row's node, flow and
    /// scenario, which is all the supervision flow looks at for the seller's actions.
    public init?(_ row: ListRow) {
        switch row.content {
        case .exception(let r):
            guard let state = r.state.known, let source = r.source.known else { return nil }
            self = source == .journal ? .journalException(state) : .exception(state)
        case .call(let r):
            guard r.outcome.known != nil else { return nil }
            self = .call(r.partialCall)
        case .ticket(let r):
            guard let status = r.status.known else { return nil }
            self = .ticket(status)
        case .supervision(let r):
            guard let node = r.node.known, let flow = r.flowKind.known, let scenario = r.scenario.known else {
                return nil
            }
            self = .supervision(SupervisionTask(
                taskId: r.taskId, orderId: r.orderId, productName: r.productName, customerName: r.customerName,
                flowKind: flow, scenario: scenario, node: node, nodeSince: r.nodeSince, rejectCount: r.rejectCount,
                requirementText: "", requirementFiles: [], deliverables: [], actualServiceStartTime: nil,
                history: [], updatedAt: r.nodeSince))
        case .order, .instance:
            self = .other
        }
    }
}

extension ActionTarget {
    public static func label(of row: ListRow, language: Language = .zh) -> String {
        switch row.content {
        case .exception(let r): order(r.orderId, r.customerName, r.activity.label(language), language: language)
        case .supervision(let r): order(r.orderId, r.customerName, r.productName, language: language)
        case .ticket(let r): ticket(r.caseId, r.customerName, r.title, language: language)
        case .order(let r): order(r.orderId, r.customerName, nil, language: language)
        case .instance(let r): instanceLabel(r.instanceId, r.customerName, language: language)
        case .call(let r): call(r.callId, r.orderId, r.activity, language: language)
        }
    }
}
