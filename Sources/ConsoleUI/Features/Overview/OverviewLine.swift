import ListContract
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

    public var label: String {
        switch item {
        case .windowEndingSoon: "1小时内自动退订"
        case .windowClosed: "重试已停止，需重新启动"
        case .stillRetrying: "自动重试中"
        case .unsubscribedThisMonth: "本月自动退订（门限 \(Self.delistingThreshold)）"
        case .requirementsToConfirm: "待确认需求"
        case .deliveriesDue: "待交付"
        case .idleTasks: "停留超过5天（可申诉）"
        case .manyRejections: "驳回超过3次（可申诉）"
        case .ticketsToAccept: "待受理工单"
        case .unansweredMessages: "客户留言未回复"
        case .expiredStillNormal: "已过期仍为正常"
        case .expiringSoon: "30天内到期"
        case .outboxFailed: "发送失败的操作"
        case .outboxUnsent: "未发送的操作"
        case .syncProblems: "无法解析的同步记录"
        }
    }

    public var englishLabel: String {
        switch item {
        case .windowEndingSoon: "Create/upgrade retries end within 1h"
        case .windowClosed: "Retries stopped: restart needed"
        case .stillRetrying: "Still retrying"
        case .unsubscribedThisMonth: "Unsubscribed this month (limit 5)"
        case .requirementsToConfirm: "Requirements to confirm"
        case .deliveriesDue: "Deliveries due"
        case .idleTasks: "Buyer idle over 5 days (may appeal)"
        case .manyRejections: "Rejected over 3 times (may appeal)"
        case .ticketsToAccept: "Tickets to accept"
        case .unansweredMessages: "Customer messages unanswered"
        case .expiredStillNormal: "Expired but still 正常"
        case .expiringSoon: "Expiring within 30 days"
        case .outboxFailed: "Failed actions"
        case .outboxUnsent: "Unsent actions"
        case .syncProblems: "Sync problems (records rejected)"
        }
    }

    /// What the line counts and why it matters, for the wide layout's side panel.
    public var explanation: String {
        switch item {
        case .windowEndingSoon:
            "创建或升级失败，自动重试窗口将在1小时内结束：结束后订单自动退订。\nA create or upgrade still failing whose "
                + "retry window closes within the hour; then the order is unsubscribed."
        case .windowClosed:
            "自动重试已停止（或窗口已过），只有重新启动能再次调用。\nAutomatic retries stopped: only 重新启动 calls again."
        case .stillRetrying:
            "云商店仍在自动重试，窗口结束前无需操作。\nThe marketplace still retries; nothing to do before the window ends."
        case .unsubscribedThisMonth:
            "本月因创建或升级重试耗尽而自动退订的订单；每月超过\(Self.delistingThreshold)个，商品有下架风险。\n"
                + "Orders unsubscribed this month after failed creates or upgrades; more than "
                + "\(Self.delistingThreshold) a month risks delisting."
        case .requirementsToConfirm:
            "用户已提交需求，等待商家确认或驳回。\nThe buyer submitted requirements: confirm or reject them."
        case .deliveriesDue:
            "商家实施、上传交付证明或交付的任务。\nTasks waiting for the seller's delivery."
        case .idleTasks:
            "用户侧节点停留超过5天：可以申诉。\nA buyer-side node idle over 5 days: the seller may appeal."
        case .manyRejections:
            "需求被驳回超过3次：可以申诉。\nRejected more than 3 times: the seller may appeal."
        case .ticketsToAccept:
            "新工单等待受理。\nNew tickets waiting to be accepted."
        case .unansweredMessages:
            "未完成工单的最后一条留言来自客户。\nOpen tickets whose last message is the customer's."
        case .expiredStillNormal:
            "到期时间已过，状态仍为正常：请核对续费或释放。\nPast the expiry yet still 正常: check renewal or release."
        case .expiringSoon:
            "正常实例将在30天内到期。\nNormal instances expiring within 30 days."
        case .outboxFailed:
            "云商店拒绝或多次失败的操作，等待重发或放弃。\nActions refused or out of attempts: resend or discard."
        case .outboxUnsent:
            "已排队、发送中或等待重试的操作。\nActions queued, being sent or waiting to retry."
        case .syncProblems:
            "同步时无法解析而未保存的记录。\nRecords the sync could not decode, so not stored."
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

    /// How pressing `count` is, and the word that says so.
    public func urgency(_ count: Int) -> (OverviewUrgency, word: String) {
        guard count > 0 else { return (.none, "") }
        switch item {
        case .unsubscribedThisMonth:
            if count > Self.delistingThreshold { return (.urgent, "超限") }
            return count == Self.delistingThreshold ? (.notice, "达限") : (.none, "")
        case .windowEndingSoon, .windowClosed, .expiredStillNormal, .outboxFailed, .syncProblems:
            return (.urgent, "紧急")
        case .stillRetrying, .outboxUnsent:
            return (.none, "")
        case .requirementsToConfirm, .deliveriesDue, .idleTasks, .manyRejections, .ticketsToAccept,
             .unansweredMessages, .expiringSoon:
            return (.notice, "待办")
        }
    }

    /// Where Enter goes, in words (the wide layout shows it beside the line).
    public var destination: String {
        switch target {
        case .status(let tab, _), .scope(let tab): "→ " + tab.title
        case .outbox: "→ 队列"
        case .command(let name): "→ :" + name
        }
    }
}

/// The overview's groups, in drawing order.
public enum OverviewGroup: Int, CaseIterable, Hashable, Sendable {
    case exceptions, supervision, tickets, instances, outbox

    public var title: String {
        switch self {
        case .exceptions: "接口异常 Exceptions"
        case .supervision: "服务监管 Supervision"
        case .tickets: "工单 Tickets"
        case .instances: "实例 Instances"
        case .outbox: "队列与同步 Outbox & sync"
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
