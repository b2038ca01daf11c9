import SellerCore

/// A column a list can be sorted by. One flat enum (rather than one per kind) so the console can cycle
/// `columns(for:)` with `s` and show `label` in the header without switching on the kind; a column that does not
/// belong to the query's kind is rejected with `ListQueryError.sortNotAvailable`.
///
/// Every column is backed by an index `(column)` whose entries end with the rowid, the tie-breaker (Schema
/// migration `2026-12-10-rowid-indexes`), so a keyset page is one or two index seeks however deep the list is
/// scrolled.
public enum ListSortColumn: String, CaseIterable, Hashable, Sendable, PhraseLabeled {
    case createTime, updatedAt, orderId, customerName, status
    case expireTime
    case lastAttemptAt, windowEndsAt, attemptCount, activity, state
    case nodeSince, rejectCount, node
    case receivedAt, latency, outcome

    /// The columns of `kind`'s list, default first, in the order `s` cycles through them.
    public static func columns(for kind: EntityKind) -> [ListSortColumn] {
        switch kind {
        case .orders: [.createTime, .updatedAt, .orderId, .customerName, .status]
        case .instances: [.updatedAt, .expireTime, .customerName, .status]
        case .exceptions: [.lastAttemptAt, .windowEndsAt, .attemptCount, .activity, .state]
        case .supervision: [.nodeSince, .rejectCount, .customerName, .node]
        case .tickets: [.updatedAt, .createTime, .status, .customerName]
        case .calls: [.receivedAt, .latency, .activity, .outcome]
        }
    }

    /// The column of `kind` a seller named, the one parse of `:sort` and `--sort`: its name in any case, with or
    /// without `-`/`_` (`window-ends-at`), or its header in either language; nil when `kind`'s list has no such column.
    public static func parse(_ text: String, for kind: EntityKind) -> ListSortColumn? {
        func normal(_ name: String) -> String { name.lowercased().filter { $0 != "-" && $0 != "_" } }
        return columns(for: kind).first { normal($0.rawValue) == normal(text) || $0.label == text
            || normal($0.englishLabel) == normal(text) }
    }

    /// The Chinese column header, as KooGallery's Seller Center names it.
    public var label: String {
        switch self {
        case .createTime: "创建时间"
        case .updatedAt: "更新时间"
        case .orderId: "订单号"
        case .customerName: "客户名称"
        case .status: "状态"
        case .expireTime: "到期时间"
        case .lastAttemptAt: "最近调用时间"
        case .windowEndsAt: "重试截止时间"
        case .attemptCount: "调用次数"
        case .activity: "接口类型"
        case .state: "处理状态"
        case .nodeSince: "停留天数"
        case .rejectCount: "驳回次数"
        case .node: "当前节点"
        case .receivedAt: "调用时间"
        case .latency: "耗时"
        case .outcome: "结果"
        }
    }

    /// The English column header, as the console's English list shows it.
    public var englishLabel: String {
        switch self {
        case .createTime: "Created"
        case .updatedAt: "Updated"
        case .orderId: "Order ID"
        case .customerName: "Customer"
        case .status: "Status"
        case .expireTime: "Expires"
        case .lastAttemptAt: "Last call"
        case .windowEndsAt: "Retry deadline"
        case .attemptCount: "Calls"
        case .activity: "Activity"
        case .state: "State"
        case .nodeSince: "Idle"
        case .rejectCount: "Rejects"
        case .node: "Node"
        case .receivedAt: "Received"
        case .latency: "Latency"
        case .outcome: "Result"
        }
    }

    /// The direction a column starts in when chosen: newest first for times a seller watches, longest idle first
    /// for supervision (oldest `nodeSince`), soonest first for deadlines, A→Z for names and statuses.
    public var prefersDescending: Bool {
        switch self {
        case .createTime, .updatedAt, .lastAttemptAt, .attemptCount, .rejectCount, .receivedAt, .latency: true
        default: false
        }
    }
}
