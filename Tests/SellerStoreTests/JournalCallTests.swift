import ListContract
import SellerCore
import SellerStore
import Testing

/// The journal's two writes per call, what is ignored, closing calls a stopped relay left unanswered, idempotency
/// breaks, and the Calls list over the journal with its filters.
@Suite struct JournalCallTests {
    typealias F = JournalFixture

    @Test func anArrivalIsPendingUntilItsAnswer() throws {
        let (directory, store) = try F.makeStore("journal-arrival")
        defer { withExtendedLifetime(directory) {} }
        let arrival = F.arrival("C1", .newInstance, at: F.at(0), orderId: "O1", orderLineId: "L1")
        try store.recordArrival(arrival)
        let pending = try #require(try store.call(id: "C1"))
        #expect(pending.outcome == .pending && pending.answer == nil && pending.arrival == arrival)
        #expect(try store.count(StoreListQuery(kind: .calls, filterText: "outcome:PENDING")) == 1)

        let answer = F.success(at: F.at(1), instanceId: "INS-1")
        #expect(try store.recordAnswer(callId: "C1", answer) == nil)
        let answered = try #require(try store.call(id: "C1"))
        #expect(answered.answer == answer)
        #expect(try store.count(StoreListQuery(kind: .calls, filterText: "outcome:PENDING")) == 0)
        #expect(try store.count(StoreListQuery(kind: .calls, filterText: "outcome:SUCCESS INS-1")) == 1)
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test func aSecondArrivalAndLateOrUnknownAnswersAreIgnored() throws {
        let (directory, store) = try F.makeStore("journal-ignored")
        defer { withExtendedLifetime(directory) {} }
        let arrival = F.arrival("C1", .newInstance, at: F.at(0), orderId: "O1", orderLineId: "L1")
        try store.recordArrival(arrival)
        var again = arrival
        again.body = "{}"
        try store.recordArrival(again)
        #expect(try store.count(.calls) == 1)
        #expect(try store.count(StoreListQuery(kind: .calls, filterText: "C1")) == 1)
        #expect(try store.call(id: "C1")?.arrival.body == arrival.body)

        #expect(try store.recordAnswer(callId: "NOPE", F.failure(at: F.at(1))) == nil)
        #expect(try store.count(.calls) == 1)
        let first = try #require(try store.recordAnswer(callId: "C1", F.failure(at: F.at(1))))
        #expect(try store.recordAnswer(callId: "C1", F.success(at: F.at(2), instanceId: "I")) == nil)
        #expect(try store.call(id: "C1")?.outcome == .failure)
        #expect(try store.exception(id: first)?.attemptCount == 1)
    }

    @Test func callsInFlightWhenTheRelayStoppedBecomeFailures() throws {
        let (directory, store) = try F.makeStore("journal-close")
        defer { withExtendedLifetime(directory) {} }
        try store.recordArrival(F.arrival("C1", .newInstance, at: F.at(0), orderId: "O1", orderLineId: "L1"))
        try store.recordArrival(F.arrival("C2", .releaseInstance, at: F.at(5), orderId: "O2", instanceId: "I2"))
        try F.record(store, F.arrival("C3", .orderNotify, at: F.at(6), orderId: "O3", orderLineId: "L3"),
                     F.success(at: F.at(7)))
        #expect(try store.closeUnansweredCalls(at: F.at(30)) == 2)
        #expect(try store.closeUnansweredCalls(at: F.at(31)) == 0)
        for id in ["C1", "C2"] {
            let call = try #require(try store.call(id: id))
            #expect(call.outcome == .failure)
            #expect(call.answer?.failureKind == .relayStopped)
            #expect(call.answer?.failureDetail == "no answer (relay stopped)")
            #expect(call.answer?.status == nil)
            let messageId = try #require(call.messageId)
            let message = try #require(try store.exception(id: messageId))
            #expect(message.exceptionInfo == LocalStore.relayStoppedDetail)
        }
        #expect(try store.call(id: "C1")?.answer?.latencyMs == 30_000)
        #expect(try store.call(id: "C3")?.outcome == .success)
    }

    @Test func aCreateAnsweredWithAnotherInstanceIsAnIdempotencyBreak() throws {
        let (directory, store) = try F.makeStore("journal-idempotency")
        defer { withExtendedLifetime(directory) {} }
        let create = { (id: String, line: String) in
            F.arrival(id, .newInstance, at: F.at(0), orderId: "O1", orderLineId: line)
        }
        try F.record(store, create("C1", "L1"), F.success(at: F.at(1), instanceId: "INS-A"))
        try F.record(store, create("C2", "L1"), F.success(at: F.at(2), instanceId: "INS-A"))
        try F.record(store, create("C3", "L2"), F.success(at: F.at(3), instanceId: "INS-B"))
        try F.record(store, create("C4", "L1"), F.success(at: F.at(4), instanceId: "INS-C"))
        #expect(try store.call(id: "C2")?.answer?.idempotencyBreak == nil)
        #expect(try store.call(id: "C3")?.answer?.idempotencyBreak == nil)
        let broken = try #require(try store.call(id: "C4")?.answer)
        #expect(broken.idempotencyBreak == "INS-A")
        #expect(broken.outcome == .success)
        // The first instance stays; the break derives nothing.
        #expect(try store.instance(id: "INS-C") == nil)
        #expect(try store.instance(id: "INS-A")?.orderLineId == "L1")
    }

    @Test func linksFromAnOrderAndActivity() throws {
        let (directory, store) = try F.makeStore("journal-links")
        defer { withExtendedLifetime(directory) {} }
        for n in 0..<5 {
            try F.record(store, F.arrival("C\(n)", n % 2 == 0 ? .newInstance : .orderNotify, at: F.at(Int64(n)),
                                          orderId: "O1", orderLineId: "L1"), F.failure(at: F.at(Int64(n) + 1)))
        }
        #expect(try store.callIDs(orderId: "O1", activity: "newInstance", limit: 10) == ["C4", "C2", "C0"])
        #expect(try store.callIDs(orderId: "O1", activity: nil, limit: 2) == ["C4", "C3"])
        #expect(try store.callIDs(orderId: "O2", activity: nil, limit: 2).isEmpty)
    }

    /// The Calls list pages through the journal with the text filters the tab offers, by every sort.
    @Test func theCallsListPagesWithItsFilters() throws {
        let (directory, store) = try F.makeStore("journal-list")
        defer { withExtendedLifetime(directory) {} }
        var calls: [JournalCall] = []
        let activities: [Activity] = [.newInstance, .refreshInstance, .releaseInstance, .orderNotify]
        for n in 0..<90 {
            let arrival = F.arrival(
                "CALL\(n)", activities[n % 4], at: F.at(Int64((n * 7919) % 37)), orderId: "O\(n % 6)",
                orderLineId: "L\(n % 6)", instanceId: "I\(n % 5)", signature: n % 5 == 0 ? .mismatch : .ok)
            let answer: JournalAnswer? = switch n % 3 {
            case 0: F.failure(at: F.at(100 + Int64(n)))
            case 1: F.success(at: F.at(100 + Int64(n)))
            default: nil
            }
            try store.recordArrival(arrival)
            if let answer { try store.recordAnswer(callId: arrival.callId, answer) }
            calls.append(try #require(try store.call(id: arrival.callId)))
        }
        let filters: [(String, (JournalCall) -> Bool)] = [
            ("outcome:FAILURE", { $0.outcome == .failure }),
            ("signature:MISMATCH", { $0.arrival.signature == .mismatch }),
            ("O3", { $0.arrival.orderId == "O3" }),
            ("outcome:FAILURE signature:MISMATCH", { $0.outcome == .failure && $0.arrival.signature == .mismatch }),
            ("activity:releaseInstance", { $0.arrival.activity == "releaseInstance" }),
            ("", { _ in true }),
        ]
        for (filter, matches) in filters {
            for sort in [ListSort(.receivedAt), ListSort(.receivedAt).reversed, ListSort(.latency), ListSort(.outcome)] {
                let query = StoreListQuery(kind: .calls, filterText: filter, sort: sort, limit: 7)
                let pages = try ListFixtures.pageForward(store, query)
                let found = pages.flatMap { $0.map(\.id) }
                let expected = Self.expected(calls.filter(matches), sort)
                #expect(found == expected, "filter \(filter) sort \(sort.column) \(sort.descending)")
                #expect(try store.count(query) == expected.count)
            }
        }
    }

    /// The ids in list order: the sort value (NULLs after every value ascending), then the id, both reversed
    /// for a descending sort.
    static func expected(_ calls: [JournalCall], _ sort: ListSort) -> [String] {
        func value(_ call: JournalCall) -> SortValue {
            switch sort.column {
            case .receivedAt: .integer(call.arrival.receivedAt.millis)
            case .latency: call.answer.map { .integer(Int64($0.latencyMs)) } ?? .null
            case .outcome: .text(call.outcome.rawValue)
            default: .text(call.arrival.activity ?? "")
            }
        }
        // Ties in arrival order (the rowid): `calls` is in the order they arrived.
        let ascending = calls.enumerated().sorted { lhs, rhs in
            let a = value(lhs.element), b = value(rhs.element)
            if a != b {
                switch (a, b) {
                case (.null, _): return false
                case (_, .null): return true
                case (.integer(let x), .integer(let y)): return x < y
                case (.text(let x), .text(let y)): return x.utf8.lexicographicallyPrecedes(y.utf8)
                default: return false
                }
            }
            return lhs.offset < rhs.offset
        }.map(\.element.callId)
        return sort.descending ? ascending.reversed() : ascending
    }
}
