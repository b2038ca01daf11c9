import ListContract
import Localization
import SellerCore

/// A named status filter a tab offers (`f` cycles through them, `:status NAME` picks one). The first preset of a
/// tab is where it opens: Exceptions open on the messages that still need the seller, the rest on everything.
public struct QuickFilter: Hashable, Sendable {
    /// What the pane title shows (`:status` accepts either language's too).
    public var label: Phrase
    /// The word `:status` accepts (the raw status for single statuses, `all`, `open`, `mine`).
    public var name: String
    /// The statuses it lets through; empty means every status.
    public var statuses: [ListStatus]

    public init(label: Phrase, name: String, statuses: [ListStatus]) {
        self.label = label
        self.name = name
        self.statuses = statuses
    }

    /// Whether `word` names this preset: its `:status` name or its label in either language, in any case.
    public func matches(_ word: String) -> Bool {
        let lower = word.lowercased()
        return name == lower || label.zh == word || label.en.lowercased() == lower
    }

    public static let all = QuickFilter(label: Phrase(zh: "全部", en: "all"), name: "all", statuses: [])

    /// The presets of a kind: the grouped ones a seller reaches for first, then each single status.
    public static func presets(for kind: EntityKind) -> [QuickFilter] {
        let singles = ListStatus.all(for: kind).map {
            QuickFilter(label: $0.phrase, name: $0.rawValue.lowercased(), statuses: [$0])
        }
        switch kind {
        case .exceptions:
            let open = QuickFilter(label: Phrase(zh: "待处理", en: "open"), name: "open",
                                   statuses: ListStatus.openExceptionStates)
            return [open, .all] + singles
        case .supervision:
            // Only nodes where the console has an action the flow allows (not 部署交付 or 授权码激活).
            let mine = SupervisionFlow.nodesAwaitingConsoleAction.map(ListStatus.supervision)
            let active = SupervisionNode.allCases.filter { !$0.isTerminal }.map(ListStatus.supervision)
            return [.all, QuickFilter(label: Phrase(zh: "待我处理", en: "mine"), name: "mine", statuses: mine),
                    QuickFilter(label: Phrase(zh: "进行中", en: "active"), name: "active", statuses: active)] + singles
        case .tickets:
            let open: [TicketStatus] = [.pendingAccept, .inProgress, .waitingCustomer, .waitingConfirm]
            let unfinished = QuickFilter(label: Phrase(zh: "未完成", en: "open"), name: "open",
                                         statuses: open.map(ListStatus.ticket))
            return [.all, unfinished] + singles
        case .orders, .instances:
            return [.all] + singles
        case .calls:
            // 失败 first after 全部: what a seller looks for; the single FAILURE preset would repeat it.
            let failed = QuickFilter(label: Phrase(zh: "失败", en: "failed"), name: "failed",
                                     statuses: [.call(.failure)])
            return [.all, failed] + singles.filter { $0.statuses != failed.statuses }
        }
    }
}
