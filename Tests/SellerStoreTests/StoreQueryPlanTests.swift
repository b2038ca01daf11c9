import ListContract
import SellerCore
@testable import SellerStore
import TestSupport
import Testing

/// EXPLAIN QUERY PLAN checks (issue 15) for every query a screen or command runs besides the list pages: the
/// overview's and tab bar's counts, "new" records, the outbox, sync problems, the relay's activity and calls,
/// order links, `:goto`, and the detail pane's child lists. Each test calls the store function itself and checks
/// the statements it ran (`PlanCheck`).
@Suite struct StoreQueryPlanTests {
    static let now = Timestamp(millis: ListFixtures.base + 86_400_000)
    static let clock = AttentionClock(now: now, utcOffsetSeconds: 8 * 3600)

    /// A few hundred rows of every kind, an outbox with actions in several states, rejects, a relay and seen rows.
    static func store() throws -> (TemporaryDirectory, LocalStore) {
        let (directory, store) = try ListFixtures.makeStore("store-plan")
        for kind in EntityKind.allCases { try ListFixtures.fill(store, ListFixtures.records(kind, count: 300)) }
        try ListFixtures.fill(store, (0..<40).map { i in
            .ticket(ListFixtures.ticket("CASE-M\(i)", orderId: "CS\(i)", name: "李娜", product: "CDN加速",
                                        status: .inProgress, created: now, updated: now) { index in
                TicketMessage(messageId: "M\(i)-\(index)", author: index % 2 == 0 ? .customer : .seller,
                              content: "…", createTime: now)
            })
        })
        _ = try store.enqueue((0..<60).map { SellerAction.restart(messageId: "MSG\($0)") }, at: now)
        _ = try store.enqueue((0..<30).map { SellerAction.confirmRequirement(taskId: "T\($0)") }, at: now)
        for i in 0..<20 {
            try store.recordReject(kind: EntityKind.allCases[i % EntityKind.allCases.count], id: "R\(i)",
                                   path: "$.x", reason: "bad", at: now)
        }
        try store.relayStarted(id: "relay-1", pid: 1, listen: "127.0.0.1:1", upstream: "http://127.0.0.1:2", at: now)
        for i in 0..<10 { try store.markSeen(.exceptions, id: "MSG\(i)", at: now) }
        return (directory, store)
    }

    @Test func overviewAndTabCountsSeekTheirIndexes() throws {
        let (directory, store) = try Self.store()
        defer { withExtendedLifetime(directory) {} }
        // The tab bar's totals and the outbox per state are whole-table counts (a maintained counts table
        // replaces them, issue 15); every attention item's count must seek.
        try PlanCheck.check(store, "attentionCounts", .whole("orders", "instances", "produce_messages",
                                                             "supervision_tasks", "tickets", "calls", "sync_rejects",
                                                             "outbox")) {
            try store.attentionCounts(at: Self.clock)
        }
        try PlanCheck.check(store, "newRecordCounts") { try store.newRecordCounts() }
        for kind in EntityKind.allCases {
            try PlanCheck.check(store, "count(\(kind))", .whole(Self.table(kind))) { try store.count(kind) }
        }
        try PlanCheck.check(store, "syncProblemCount", .whole("sync_rejects")) { try store.syncProblemCount() }
        try PlanCheck.check(store, "outboxCounts", .whole("outbox")) { try store.outboxCounts() }
        try PlanCheck.check(store, "outboxCount") { try store.outboxCount() }
        try PlanCheck.check(store, "unsentActions") { try store.unsentActions() }
    }

    @Test func outboxPagesAndItemsSeek() throws {
        let (directory, store) = try Self.store()
        defer { withExtendedLifetime(directory) {} }
        let stateSets: [[OutboxState]] = [[]] + OutboxState.allCases.map { [$0] } + [[.queued, .sending, .waiting]]
        for states in stateSets {
            for beforeId: Int64? in [nil, 40] {
                let plans = try PlanCheck.check(store, "outboxPage \(states) before \(String(describing: beforeId))") {
                    try store.outboxPage(states: states, beforeId: beforeId, limit: 20)
                }
                // Several states: one ordered seek each, merged, never one range sorted.
                if states.count > 1 {
                    #expect(plans.contains { $0.lines.contains { $0.contains("MERGE (UNION ALL)") } }, "\(plans)")
                }
            }
        }
        try PlanCheck.check(store, "outboxItem") { try store.outboxItem(id: 3) }
        try PlanCheck.check(store, "outboxItems") { try store.outboxItems(target: .exceptions, id: "MSG1") }
        try PlanCheck.check(store, "failedOutboxItem") { try store.failedOutboxItem(target: .exceptions, id: "MSG1") }
        try PlanCheck.check(store, "inDoubtOutboxItems") {
            try store.inDoubtOutboxItems(target: .exceptions, id: "MSG1")
        }
        try PlanCheck.check(store, "nextOutboxDueTime") { try store.nextOutboxDueTime() }
        // The sender's claim (not a list): it seeks the unfinished actions by state and sorts only those.
        try PlanCheck.check(store, "claimNextDue", PlanRules(tempSort: true)) {
            try store.claimNextDue(at: Self.now, leaseSeconds: 30)
        }
    }

    /// The merged per-state seeks return what one filtered range did: newest first, each item once.
    @Test func outboxPagesOfSeveralStatesAreTheFilteredOutboxNewestFirst() throws {
        let (directory, store) = try Self.store()
        defer { withExtendedLifetime(directory) {} }
        for id in stride(from: Int64(1), through: 60, by: 3) { _ = try store.discardOutboxItem(id: id, at: Self.now) }
        for id in stride(from: Int64(2), through: 60, by: 5) {
            try store.failOutboxItem(id: id, error: "no", at: Self.now)
        }
        let all = try store.outboxPage(limit: 1000)
        #expect(all.map(\.id) == all.map(\.id).sorted(by: >))
        let stateSets: [[OutboxState]] = [[.queued], [.failed, .discarded], [.queued, .failed, .queued],
                                          OutboxState.allCases]
        for states in stateSets {
            for beforeId: Int64? in [nil, 50, 3] {
                let expected = all.filter { states.contains($0.state) && $0.id < (beforeId ?? .max) }.prefix(7)
                let page = try store.outboxPage(states: states, beforeId: beforeId, limit: 7)
                #expect(page.map(\.id) == expected.map(\.id), "\(states) before \(String(describing: beforeId))")
            }
        }
        #expect(try store.outboxCount() == all.filter { $0.state != .done && $0.state != .discarded }.count)
    }

    @Test func syncProblemsAreKeyedPages() throws {
        let (directory, store) = try Self.store()
        defer { withExtendedLifetime(directory) {} }
        try PlanCheck.check(store, "syncProblems first") { try store.syncProblems(limit: 10) }
        try PlanCheck.check(store, "syncProblems after") {
            try store.syncProblems(after: (kind: .instances, id: "R1"), limit: 10)
        }
        for kind in EntityKind.allCases {
            try PlanCheck.check(store, "rejectedIDs \(kind)") { try store.rejectedIDs(kind, limit: 10) }
        }
    }

    @Test func relayActivityAndCallListsSeek() throws {
        let (directory, store) = try Self.store()
        defer { withExtendedLifetime(directory) {} }
        try PlanCheck.check(store, "relayActivity") { try store.relayActivity(at: Self.now) }
        try PlanCheck.check(store, "callIDs") { try store.callIDs(orderId: "CS3") }
        try PlanCheck.check(store, "callIDs activity") {
            try store.callIDs(orderId: "CS3", activity: Activity.newInstance.rawValue)
        }
        try PlanCheck.check(store, "calls(ofMessage:)") { try store.calls(ofMessage: "J-1") }
        try PlanCheck.check(store, "latestMarketplaceCall") { try store.latestMarketplaceCall(ofMessage: "J-1") }
        try PlanCheck.check(store, "licenseCall") { try store.licenseCall(eventId: "E1") }
        try PlanCheck.check(store, "dueOrderFetches") { try store.dueOrderFetches(at: Self.now, limit: 10) }
        try PlanCheck.check(store, "refreshJournalWindows") { try store.refreshJournalWindows(at: Self.now) }
    }

    @Test func linksGotoAndDetailsSeekByKey() throws {
        let (directory, store) = try Self.store()
        defer { withExtendedLifetime(directory) {} }
        try PlanCheck.check(store, "links") { try store.links(ofOrder: "CS3") }
        try PlanCheck.check(store, "findRecords exact") { try store.findRecords("CS3") }
        try PlanCheck.check(store, "findRecords prefix") { try store.findRecords("CS2") }
        try PlanCheck.check(store, "findRecords none") { try store.findRecords("nothing") }
        let ids: [EntityKind: String] = [.orders: "CS3", .instances: "INS3", .exceptions: "MSG3", .supervision: "T3",
                                         .tickets: "CASE-M3", .calls: "CALL3"]
        for kind in EntityKind.allCases {
            let id = try #require(ids[kind])
            try PlanCheck.check(store, "record \(kind)") { try #require(try store.record(kind, id: id)) }
            try PlanCheck.check(store, "listRow \(kind)") { try #require(try store.listRow(kind, id: id)) }
            if [.exceptions, .supervision, .tickets].contains(kind) {
                try PlanCheck.check(store, "isNew \(kind)") { try store.isNew(kind, id: id) }
            } else {   // never new: asks nothing
                #expect(try store.statementPlans { try store.isNew(kind, id: id) }.plans.isEmpty)
            }
        }
    }

    static func table(_ kind: EntityKind) -> String { StoreTables.table(kind) }
}

extension ListFixtures {
    /// A ticket with `count` (4) messages made by `message`.
    static func ticket(_ id: String, orderId: String?, name: String, product: String, status: TicketStatus,
                       created: Timestamp, updated: Timestamp, count: Int = 4,
                       message: (Int) -> TicketMessage) -> Ticket {
        var ticket = ticket(id, orderId: orderId, name: name, product: product, status: status, created: created,
                            updated: updated)
        ticket.messages = (0..<count).map(message)
        return ticket
    }
}
