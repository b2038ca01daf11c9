import ListContract
import SellerCore
import SellerStore
import TestSupport
import Testing

/// The 概览 Overview's counts (issue 13): each condition with a record just inside and one just outside its
/// threshold, and the list an overview line opens (the same condition as a scope) holding exactly the counted rows.
@Suite struct AttentionCountsTests {
    static let now = Timestamp(koogallery: "20261215100000") ?? Timestamp(millis: 0)
    /// 2026-12-01 00:00 in UTC+8.
    static let clock = AttentionClock(now: now, utcOffsetSeconds: 8 * 3600)
    static let minute: Int64 = 60_000
    static let day: Int64 = 86_400_000

    static func at(_ delta: Int64) -> Timestamp { now.adding(millis: delta) }

    static func message(_ id: String, _ activity: Activity, _ state: ExceptionState, windowEnds: Timestamp) -> SellerRecord {
        .exception(ProduceMessage(
            messageId: id, activity: activity, interfaceVersion: .v2, orderId: "CS-" + id, orderLineId: nil,
            instanceId: nil, productName: "云服务器", customerName: "李娜", state: state,
            retryPolicy: activity.retryPolicy, firstFailureAt: windowEnds.adding(seconds: -3 * 3600),
            windowEndsAt: windowEnds, exceptionInfo: "timeout", resultCode: nil, requestBody: "{}", responseBody: "",
            attempts: [], updatedAt: windowEnds))
    }

    static func task(_ id: String, _ node: SupervisionNode, since: Timestamp, rejects: Int = 0) -> SellerRecord {
        .supervision(ListFixtures.task(id, orderId: "CS-" + id, name: "王芳", product: "实施", node: node, since: since,
                                       rejects: rejects))
    }

    static func ticket(_ id: String, _ status: TicketStatus, lastAuthor: TicketAuthor?) -> SellerRecord {
        var ticket = ListFixtures.ticket(id, orderId: nil, name: "孙七", product: "CDN", status: status,
                                         created: at(-day), updated: at(-day))
        let authors: [TicketAuthor] = lastAuthor.map { [$0 == .customer ? .seller : .customer, $0] } ?? []
        ticket.messages = authors.enumerated().map { index, author in
            TicketMessage(messageId: "\(id)-\(index)", author: author, content: "…", createTime: at(-day))
        }
        return .ticket(ticket)
    }

    static func instance(_ id: String, _ status: InstanceStatus, expires: Timestamp?) -> SellerRecord {
        .instance(Instance(
            instanceId: id, orderId: "CS-" + id, orderLineId: "L1", productId: "P1", skuCode: "S1", productName: "云服务器",
            customerId: "C1", customerName: "赵六", status: status, chargingMode: .period, expireTime: expires,
            updatedAt: at(-day)))
    }

    /// Records named `in…` are counted, `out…` are not.
    static let records: [SellerRecord] = [
        // Create/upgrade windows ending within the hour (to the millisecond at both ends).
        message("in-soon-1", .newInstance, .retrying, windowEnds: at(60 * minute)),
        message("in-soon-2", .upgrade, .manualRetryRequested, windowEnds: at(1)),
        message("out-soon-late", .newInstance, .retrying, windowEnds: at(60 * minute + 1)),
        message("out-soon-activity", .refreshInstance, .retrying, windowEnds: at(10 * minute)),
        // Closed windows: exhausted, or retrying past its end.
        message("in-closed-1", .newInstance, .exhausted, windowEnds: at(-day)),
        message("in-closed-2", .refreshInstance, .retrying, windowEnds: at(0)),
        message("out-closed-resolved", .newInstance, .resolved, windowEnds: at(-day)),
        // This month's automatic unsubscriptions (the month began 2026-12-01 00:00 +8).
        message("in-unsub-1", .newInstance, .orderAutoUnsubscribed, windowEnds: clock.monthStart),
        message("out-unsub-lastmonth", .newInstance, .orderAutoUnsubscribed, windowEnds: clock.monthStart.adding(millis: -1)),
        message("out-unsub-activity", .refreshInstance, .orderAutoUnsubscribed, windowEnds: at(-day)),
        // Supervision.
        task("in-confirm", .waitSellerConfirm, since: at(-day)),
        task("in-deliver", .sellerImplementing, since: at(-day)),
        task("out-deliver-deploy", .sellerDeploying, since: at(-day)),
        task("in-idle", .waitBuyerAccept, since: at(-5 * day - 1)),
        task("out-idle", .waitBuyerAccept, since: at(-5 * day)),
        task("out-idle-seller", .sellerImplementing, since: at(-30 * day), rejects: 3),
        task("in-rejects", .waitRequirement, since: at(-day), rejects: 4),
        task("out-rejects-frozen", .appealFrozen, since: at(-day), rejects: 9),
        // Tickets.
        ticket("in-accept", .pendingAccept, lastAuthor: .customer),
        ticket("in-unanswered", .inProgress, lastAuthor: .customer),
        ticket("out-answered", .inProgress, lastAuthor: .seller),
        ticket("out-unanswered-done", .done, lastAuthor: .customer),
        ticket("out-no-messages", .waitingCustomer, lastAuthor: nil),
        // Instances.
        instance("in-expired", .normal, expires: at(0)),
        instance("in-expiring", .normal, expires: at(30 * day)),
        instance("out-expiring-later", .normal, expires: at(30 * day + 1)),
        instance("out-expired-frozen", .frozen, expires: at(-day)),
        instance("out-no-expiry", .normal, expires: nil),
    ]

    static let expected: [AttentionItem: [String]] = [
        .windowEndingSoon: ["in-soon-1", "in-soon-2"],
        .windowClosed: ["in-closed-1", "in-closed-2"],
        .stillRetrying: ["out-soon-late", "out-soon-activity"],
        .unsubscribedThisMonth: ["in-unsub-1"],
        .requirementsToConfirm: ["in-confirm"],
        .deliveriesDue: ["in-deliver", "out-idle-seller"],
        .idleTasks: ["in-idle"],
        .manyRejections: ["in-rejects"],
        .ticketsToAccept: ["in-accept"],
        .unansweredMessages: ["in-accept", "in-unanswered"],
        .expiredStillNormal: ["in-expired"],
        .expiringSoon: ["in-expiring"],
    ]

    @Test func monthStartsInTheSellersZone() {
        #expect(Self.clock.monthStart == Timestamp(koogallery: "20261130160000"))
        let first = AttentionClock(now: Self.clock.monthStart, utcOffsetSeconds: 8 * 3600)
        #expect(first.monthStart == Self.clock.monthStart)
    }

    @Test func eachCountTakesWhatIsInsideItsThresholdAndNothingOutside() throws {
        let (directory, store) = try ListFixtures.makeStore("attention")
        _ = directory
        try ListFixtures.fill(store, Self.records)
        let counts = try store.attentionCounts(at: Self.clock)
        for (item, ids) in Self.expected {
            #expect(counts.count(item) == ids.count, "\(item)")
        }
        #expect(counts.totals[.exceptions] == 10 && counts.totals[.supervision] == 8 && counts.totals[.orders] == 0)
        #expect(counts.count(.syncProblems) == 0 && counts.count(.outboxFailed) == 0 && counts.count(.outboxUnsent) == 0)
        #expect(counts.lastSyncAt == nil)
    }

    @Test func theListAnOverviewLineOpensHoldsTheCountedRows() throws {
        let (directory, store) = try ListFixtures.makeStore("attention-lists")
        _ = directory
        try ListFixtures.fill(store, Self.records)
        for (item, ids) in Self.expected {
            let kind = try #require(item.kind)
            let query = StoreListQuery(kind: kind, limit: 100, scope: AttentionScope(item, clock: Self.clock))
            #expect(Set(try store.page(query).rows.map(\.id)) == Set(ids), "\(item)")
            #expect(try store.count(query) == ids.count, "\(item)")
            // With a status filter on top (the merged per-status plan) the scope still holds.
            var sorted = query
            sorted.statuses = ListStatus.all(for: kind)
            #expect(Set(try store.page(sorted).rows.map(\.id)) == Set(ids), "\(item) with statuses")
        }
        let stray = StoreListQuery(kind: .orders, scope: AttentionScope(.idleTasks, clock: Self.clock))
        #expect(throws: ListQueryError.scopeNotOfKind("idleTasks", .orders)) { try store.page(stray) }
    }

    @Test func outboxRejectsAndTheLastSyncAreCounted() throws {
        let (directory, store) = try ListFixtures.makeStore("attention-outbox")
        _ = directory
        try ListFixtures.fill(store, Self.records)
        for id in ["in-soon-1", "in-closed-1", "in-closed-2"] {
            guard case .queued = try store.enqueue(.restart(messageId: id), at: Self.now) else {
                Issue.record("queued \(id)")
                return
            }
        }
        let claimed = try #require(try store.claimNextDue(at: Self.now, leaseSeconds: 60))
        try store.failOutboxItem(id: claimed.id, error: "refused", at: Self.now)
        try store.write {
            try store.recordReject(kind: .orders, id: "CS-bad", path: "$.status", reason: "unknown", at: Self.now)
            try store.setSyncCursor(.orders, token: nil, at: Self.at(-Self.minute))
            try store.setSyncCursor(.tickets, token: nil, at: Self.at(-Self.day))
        }
        let counts = try store.attentionCounts(at: Self.clock)
        #expect(counts.count(.outboxFailed) == 1)
        #expect(counts.count(.outboxUnsent) == 2)
        #expect(counts.outboxTotal == 3)
        #expect(counts.outboxCount(states: [.queued, .sending, .waiting, .failed]) == 3)
        #expect(counts.count(.syncProblems) == 1)
        #expect(counts.lastSyncAt == Self.at(-Self.minute))
    }
}
