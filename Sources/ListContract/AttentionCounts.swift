import SellerCore

/// One thing the 概览 Overview counts because it needs the seller (issue 13). The store owns the condition of
/// each (`LocalStore+Attention.swift`), so the figure on the overview and the list Enter opens are the same rows.
public enum AttentionItem: String, CaseIterable, Hashable, Sendable {
    // 接口异常, by urgency.
    /// A create or upgrade still retrying whose window ends within the hour: then the order is unsubscribed.
    case windowEndingSoon
    /// The automatic retries stopped (or their window passed): only 重新启动 helps now.
    case windowClosed
    /// Open messages the marketplace still retries, not ending within the hour.
    case stillRetrying
    /// Orders unsubscribed this month because a create or upgrade ran out of retries (delisting past 5).
    case unsubscribedThisMonth
    // 服务监管.
    case requirementsToConfirm
    case deliveriesDue
    /// A buyer-side node idle more than 5 days: the seller may appeal (AppealSignals).
    case idleTasks
    /// More than 3 rejections: the seller may appeal.
    case manyRejections
    // 工单.
    case ticketsToAccept
    /// Open tickets whose last message is the customer's.
    case unansweredMessages
    // 实例.
    case expiredStillNormal
    case expiringSoon
    // 队列 and sync.
    case outboxFailed
    case outboxUnsent
    case syncProblems

    /// The record kind whose rows it counts; nil for the outbox and the sync problems.
    public var kind: EntityKind? {
        switch self {
        case .windowEndingSoon, .windowClosed, .stillRetrying, .unsubscribedThisMonth: .exceptions
        case .requirementsToConfirm, .deliveriesDue, .idleTasks, .manyRejections: .supervision
        case .ticketsToAccept, .unansweredMessages: .tickets
        case .expiredStillNormal, .expiringSoon: .instances
        case .outboxFailed, .outboxUnsent, .syncProblems: nil
        }
    }

    /// The outbox states an outbox item counts (and the 队列 preset it opens); nil for the others.
    public var outboxStates: [OutboxState]? {
        switch self {
        case .outboxFailed: [.failed]
        case .outboxUnsent: [.queued, .sending, .waiting]
        default: nil
        }
    }
}

/// The instants an attention condition is measured against: `now`, and the start of the seller's current month
/// (for the monthly delisting threshold). Computed by the console from its clock value, never read by the store.
public struct AttentionClock: Hashable, Sendable {
    public var now: Timestamp
    public var monthStart: Timestamp

    public init(now: Timestamp, monthStart: Timestamp) {
        self.now = now
        self.monthStart = monthStart
    }

    /// `now` with the month starting in the zone `utcOffsetSeconds` east of UTC (the seller's, +8 by default):
    /// now less the local time elapsed since the first of the month.
    public init(now: Timestamp, utcOffsetSeconds: Int) {
        let local = now.fields(offsetSeconds: utcOffsetSeconds)
        let elapsedSeconds = Int64(local.day - 1) * 86_400 + Int64(local.hour * 3600 + local.minute * 60 + local.second)
        self.init(now: now, monthStart: Timestamp(millis: now.millis - elapsedSeconds * 1000 - Int64(local.millisecond)))
    }
}

/// A list narrowed to one attention condition at a clock: what Enter on an overview line opens when no status
/// filter can say it. Part of `StoreListQuery`, so the list pages and counts it in SQL like any filter.
public struct AttentionScope: Hashable, Sendable {
    public var item: AttentionItem
    public var clock: AttentionClock

    public init(_ item: AttentionItem, clock: AttentionClock) {
        self.item = item
        self.clock = clock
    }
}

/// What the overview shows, from one read of the store: a count per item, the time of the last successful sync,
/// and every list's unfiltered total (the tab bar shows it beside a filtered count).
public struct AttentionCounts: Hashable, Sendable {
    public var counts: [AttentionItem: Int]
    public var lastSyncAt: Timestamp?
    public var totals: [EntityKind: Int]
    /// Every outbox item, and those per state (the 队列 tab's presets).
    public var outboxByState: [OutboxState: Int]
    /// The clock the counts were taken at.
    public var clock: AttentionClock

    public init(counts: [AttentionItem: Int], lastSyncAt: Timestamp?, totals: [EntityKind: Int],
                outboxByState: [OutboxState: Int], clock: AttentionClock) {
        self.counts = counts
        self.lastSyncAt = lastSyncAt
        self.totals = totals
        self.outboxByState = outboxByState
        self.clock = clock
    }

    public func count(_ item: AttentionItem) -> Int { counts[item] ?? 0 }

    public var outboxTotal: Int { outboxByState.values.reduce(0, +) }

    /// Outbox items in any of `states` (every item when empty).
    public func outboxCount(states: [OutboxState]) -> Int {
        states.isEmpty ? outboxTotal : states.reduce(0) { $0 + (outboxByState[$1] ?? 0) }
    }
}
