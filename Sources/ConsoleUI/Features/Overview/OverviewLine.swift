import ListContract
import Localization
import SellerCore
import TermUI

/// Where Enter on an overview line goes: a list narrowed to what the line counts, the 队列 tab on a preset, or a
/// line command another part of the console answers (`problems`), dispatched by name so this feature does not
/// depend on it.
public enum OverviewTarget: Hashable, Sendable {
    /// A list tab with a status quick filter (by its `:status` name) the seller already knows.
    case status(ConsoleTab, preset: String)
    /// A list tab narrowed to the item's own condition (`AttentionScope`), shown in the title, cleared by Esc.
    case scope(ConsoleTab)
    /// The 队列 tab on the preset with these states.
    case outbox([OutboxState])
    case command(String)
}

/// How pressing a line's count is: the word beside the count says it, so it does not rest on colour alone.
public enum OverviewUrgency: Hashable, Sendable {
    case none, notice, urgent

    var role: StyleRole? {
        switch self {
        case .none: nil
        case .notice: .statusWarn
        case .urgent: .statusFailed
        }
    }
}

/// One line of the 概览 Overview: what it counts, in the seller's words, and where Enter takes them.
public struct OverviewLine: Hashable, Sendable {
    public var item: AttentionItem

    public init(_ item: AttentionItem) { self.item = item }

    /// The lines in the order drawn and walked by j/k, grouped (`OverviewGroup`).
    public static let all: [OverviewLine] = AttentionItem.allCases.map(OverviewLine.init)

    /// Failed create orders a month that put the product at risk of delisting past it (KOOGALLERY §6.1).
    public static let delistingThreshold = 5

    public var group: OverviewGroup {
        switch item.kind {
        case .exceptions?: .exceptions
        case .supervision?: .supervision
        case .tickets?: .tickets
        case .instances?: .instances
        default: .outbox
        }
    }

    /// The line's label, short enough for half of an 80-column screen in either language.
    public var label: Phrase {
        let t = Self.delistingThreshold
        return switch item {
        case .windowEndingSoon: Phrase(zh: "1小时内自动退订", en: "Retry window ends <1h")
        case .windowClosed: Phrase(zh: "重试已停止，需重新启动", en: "Retries stopped")
        case .stillRetrying: Phrase(zh: "自动重试中", en: "Still retrying")
        case .unsubscribedThisMonth: Phrase(zh: "本月自动退订（门限 \(t)）", en: "Unsubscribed (limit \(t))")
        case .requirementsToConfirm: Phrase(zh: "待确认需求", en: "Requirements to confirm")
        case .deliveriesDue: Phrase(zh: "待交付", en: "Deliveries due")
        case .idleTasks: Phrase(zh: "停留超过5天（可申诉）", en: "Idle >5 days (appeal)")
        case .manyRejections: Phrase(zh: "驳回超过3次（可申诉）", en: "Rejected >3x (appeal)")
        case .ticketsToAccept: Phrase(zh: "待受理工单", en: "Tickets to accept")
        case .unansweredMessages: Phrase(zh: "客户留言未回复", en: "Unanswered messages")
        case .expiredStillNormal: Phrase(zh: "已过期仍为正常", en: "Expired, still normal")
        case .expiringSoon: Phrase(zh: "30天内到期", en: "Expiring in 30 days")
        case .outboxFailed: Phrase(zh: "发送失败的操作", en: "Failed actions")
        case .outboxUnsent: Phrase(zh: "未发送的操作", en: "Unsent actions")
        case .syncProblems: Phrase(zh: "无法解析的同步记录", en: "Rejected sync records")
        }
    }

    /// What the line counts and why it matters, for the wide layout's side panel.
    public var explanation: Phrase {
        let t = Self.delistingThreshold
        return switch item {
        case .windowEndingSoon:
            Phrase(zh: "创建或升级失败，自动重试窗口将在1小时内结束：结束后订单自动退订。",
                   en: "A create or upgrade still failing whose retry window closes within the hour; then the order "
                       + "is unsubscribed.")
        case .windowClosed:
            Phrase(zh: "自动重试已停止（或窗口已过），只有重新启动能再次调用。",
                   en: "Automatic retries stopped (or the window passed): only a restart calls again.")
        case .stillRetrying:
            Phrase(zh: "云商店仍在自动重试，窗口结束前无需操作。",
                   en: "The marketplace still retries; nothing to do before the window ends.")
        case .unsubscribedThisMonth:
            Phrase(zh: "本月因创建或升级重试耗尽而自动退订的订单；每月超过\(t)个，商品有下架风险。",
                   en: "Orders unsubscribed this month after failed creates or upgrades; more than \(t) a month "
                       + "risks delisting.")
        case .requirementsToConfirm:
            Phrase(zh: "用户已提交需求，等待商家确认或驳回。", en: "The buyer submitted requirements: confirm or reject them.")
        case .deliveriesDue:
            Phrase(zh: "商家实施、上传交付证明或交付的任务。", en: "Tasks waiting for the seller's delivery.")
        case .idleTasks:
            Phrase(zh: "用户侧节点停留超过5天：可以申诉。", en: "A buyer-side node idle over 5 days: the seller may appeal.")
        case .manyRejections:
            Phrase(zh: "需求被驳回超过3次：可以申诉。", en: "Requirements rejected more than 3 times: the seller may appeal.")
        case .ticketsToAccept:
            Phrase(zh: "新工单等待受理。", en: "New tickets waiting to be accepted.")
        case .unansweredMessages:
            Phrase(zh: "未完成工单的最后一条留言来自客户。", en: "Open tickets whose last message is the customer's.")
        case .expiredStillNormal:
            Phrase(zh: "到期时间已过，状态仍为正常：请核对续费或释放。",
                   en: "Past the expiry yet still normal: check the renewal or the release.")
        case .expiringSoon:
            Phrase(zh: "正常实例将在30天内到期。", en: "Normal instances expiring within 30 days.")
        case .outboxFailed:
            Phrase(zh: "云商店拒绝或多次失败的操作，等待重发或放弃。", en: "Actions refused or out of attempts: resend or discard.")
        case .outboxUnsent:
            Phrase(zh: "已排队、发送中或等待重试的操作。", en: "Actions queued, being sent or waiting to retry.")
        case .syncProblems:
            Phrase(zh: "同步时无法解析而未保存的记录。", en: "Records the sync could not decode, so not stored.")
        }
    }

    public var target: OverviewTarget {
        switch item {
        case .windowClosed, .windowEndingSoon, .stillRetrying, .unsubscribedThisMonth, .deliveriesDue, .idleTasks,
             .manyRejections, .unansweredMessages, .expiredStillNormal, .expiringSoon:
            .scope(item.kind.map(ConsoleTab.init(kind:)) ?? .overview)
        case .requirementsToConfirm: .status(.supervision, preset: SupervisionNode.waitSellerConfirm.rawValue.lowercased())
        case .ticketsToAccept: .status(.tickets, preset: TicketStatus.pendingAccept.rawValue.lowercased())
        case .outboxFailed, .outboxUnsent: .outbox(item.outboxStates ?? [])
        case .syncProblems: .command("problems")
        }
    }

    /// The order a scoped list opens in: what runs out first on top (nil keeps the list's sort).
    public var sort: ListSort? {
        switch item {
        case .windowEndingSoon, .stillRetrying: ListSort(.windowEndsAt, descending: false)
        case .expiredStillNormal, .expiringSoon: ListSort(.expireTime, descending: false)
        case .manyRejections: ListSort(.rejectCount, descending: true)
        default: nil
        }
    }

    /// How pressing `count` is, and the word that says so (at most four columns in either language).
    public func urgency(_ count: Int) -> (OverviewUrgency, word: Phrase?) {
        let urgent = Phrase(zh: "紧急", en: "now!"), todo = Phrase(zh: "待办", en: "todo")
        guard count > 0 else { return (.none, nil) }
        switch item {
        case .unsubscribedThisMonth:
            if count > Self.delistingThreshold { return (.urgent, Phrase(zh: "超限", en: "over")) }
            return count == Self.delistingThreshold ? (.notice, Phrase(zh: "达限", en: "max")) : (.none, nil)
        case .windowEndingSoon, .windowClosed, .expiredStillNormal, .outboxFailed, .syncProblems:
            return (.urgent, urgent)
        case .stillRetrying, .outboxUnsent:
            return (.none, nil)
        case .requirementsToConfirm, .deliveriesDue, .idleTasks, .manyRejections, .ticketsToAccept,
             .unansweredMessages, .expiringSoon:
            return (.notice, todo)
        }
    }

    /// Where Enter goes, in words (the wide layout shows it beside the line).
    public var destination: Phrase {
        switch target {
        case .status(let tab, _), .scope(let tab): ScreenTabText.title(tab).map { "→ " + $0 }
        case .outbox: ScreenTabText.title(.outbox).map { "→ " + $0 }
        case .command(let name): Phrase(verbatim: "→ :" + name)
        }
    }
}

/// The overview's groups, in drawing order.
public enum OverviewGroup: Int, CaseIterable, Hashable, Sendable {
    case exceptions, supervision, tickets, instances, outbox

    public var title: Phrase {
        switch kind {
        case let kind?: ScreenTabText.title(ConsoleTab(kind: kind))
        case nil: Phrase(zh: "队列与同步", en: "Outbox & sync")
        }
    }

    /// The records the group counts, whose new ones its heading counts too; nil for the outbox and sync.
    public var kind: EntityKind? {
        switch self {
        case .exceptions: .exceptions
        case .supervision: .supervision
        case .tickets: .tickets
        case .instances: .instances
        case .outbox: nil
        }
    }
}
