import ListContract
import SellerCore

/// A named status filter a tab offers (`f` cycles through them, `:status NAME` picks one). The first preset of a
/// tab is where it opens: Exceptions open on the messages that still need the seller, the rest on everything.
public struct QuickFilter: Hashable, Sendable {
    /// What the pane title shows.
    public var label: String
    /// The word `:status` accepts (the raw status for single statuses, `all`, `open`, `mine`).
    public var name: String
    /// The statuses it lets through; empty means every status.
    public var statuses: [ListStatus]

    public init(label: String, name: String, statuses: [ListStatus]) {
        self.label = label
        self.name = name
        self.statuses = statuses
    }

    public static let all = QuickFilter(label: "全部", name: "all", statuses: [])

    /// The presets of a kind: the grouped ones a seller reaches for first, then each single status.
    public static func presets(for kind: EntityKind) -> [QuickFilter] {
        let singles = ListStatus.all(for: kind).map {
            QuickFilter(label: $0.label, name: $0.rawValue.lowercased(), statuses: [$0])
        }
        switch kind {
        case .exceptions:
            let open = QuickFilter(label: "待处理", name: "open", statuses: ListStatus.openExceptionStates)
            return [open, .all] + singles
        case .supervision:
            // Only nodes where the console has an action the flow allows (not 部署交付 or 授权码激活).
            let mine = SupervisionFlow.nodesAwaitingConsoleAction.map(ListStatus.supervision)
            let active = SupervisionNode.allCases.filter { !$0.isTerminal }.map(ListStatus.supervision)
            return [.all, QuickFilter(label: "待我处理", name: "mine", statuses: mine),
                    QuickFilter(label: "进行中", name: "active", statuses: active)] + singles
        case .tickets:
            let open: [TicketStatus] = [.pendingAccept, .inProgress, .waitingCustomer, .waitingConfirm]
            return [.all, QuickFilter(label: "未完成", name: "open", statuses: open.map(ListStatus.ticket))] + singles
        case .orders, .instances:
            return [.all] + singles
        case .calls:
            // 失败 first after 全部: what a seller looks for; the single FAILURE preset would repeat it.
            let failed = QuickFilter(label: "失败", name: "failed", statuses: [.call(.failure)])
            return [.all, failed] + singles.filter { $0.statuses != failed.statuses }
        }
    }
}
