import ListContract
import SellerCore
import SellerStore
import Testing
import TestSupport

/// The console's read-only questions about the relay (issue 12 §6): whether one is writing (a `relay_status` row
/// not stopped, heartbeat within 10 s) with the last minute's calls and failures, the newest call and the lost
/// writes; the calls of an order, or of an order and activity, newest first; and the Calls filter words.
@Suite struct ListQueryRelayActivityTests {
    static let now = Timestamp(millis: 1_800_000_000_000)

    static func call(_ id: String, secondsAgo: Int64, outcome: CallOutcome, orderId: String = "CS1",
                     activity: Activity = .newInstance, signature: SignatureVerdict = .ok) -> SellerRecord {
        var call = ListFixtures.call(id, orderId: orderId, outcome: outcome,
                                     received: now.adding(seconds: -secondsAgo), latency: 10)
        call.arrival.activity = activity.rawValue
        call.arrival.signature = signature
        return .call(call)
    }

    /// A relay row written the way the relay does, through SQL (the console never writes it).
    static func relay(_ path: String, id: String, heartbeatSecondsAgo: Int64, stopped: Bool, calls: Int,
                      lost: Int) throws {
        let db = try Database(path: path)
        let heartbeat = now.adding(seconds: -heartbeatSecondsAgo).millis
        try db.execute("""
            INSERT INTO relay_status(relay_id, pid, listen, upstream, started_at, heartbeat_at, stopped_at, calls,
                lost_writes) VALUES (?, 1, '127.0.0.1:8080', 'http://127.0.0.1:9090', ?, ?, ?, ?, ?)
            """, [.text(id), .integer(heartbeat - 60_000), .integer(heartbeat),
                  stopped ? .integer(heartbeat) : .null, .integer(Int64(calls)), .integer(Int64(lost))])
        try db.close()
    }

    @Test func noRelayMeansNoActivityEvenWithCalls() throws {
        let (directory, store) = try ListFixtures.makeStore("relay-none")
        try ListFixtures.fill(store, [Self.call("A", secondsAgo: 5, outcome: .success)])
        #expect(try store.relayActivity(at: Self.now) == nil)
        try Self.relay(directory.file("store.db"), id: "stopped", heartbeatSecondsAgo: 1, stopped: true, calls: 9,
                       lost: 0)
        try Self.relay(directory.file("store.db"), id: "silent", heartbeatSecondsAgo: 11, stopped: false, calls: 9,
                       lost: 0)
        #expect(try store.relayActivity(at: Self.now) == nil, "stopped, or no heartbeat for over 10 s")
    }

    @Test func aRunningRelayReportsTheLastMinute() throws {
        let (directory, store) = try ListFixtures.makeStore("relay-running")
        try ListFixtures.fill(store, [
            Self.call("A", secondsAgo: 90, outcome: .failure), Self.call("B", secondsAgo: 50, outcome: .failure),
            Self.call("C", secondsAgo: 20, outcome: .success), Self.call("D", secondsAgo: 3, outcome: .pending),
        ])
        try Self.relay(directory.file("store.db"), id: "r1", heartbeatSecondsAgo: 2, stopped: false, calls: 4,
                       lost: 2)
        let activity = try #require(try store.relayActivity(at: Self.now))
        #expect(activity == RelayActivity(relays: 1, callsLastMinute: 3, failuresLastMinute: 1,
                                          lastCallAt: Self.now.adding(seconds: -3), lostWrites: 2, journalled: 4))
    }

    @Test func callsOfAnOrderAndOfAnOrderAndActivityNewestFirst() throws {
        let (_, store) = try ListFixtures.makeStore("relay-links")
        try ListFixtures.fill(store, [
            Self.call("A", secondsAgo: 30, outcome: .failure),
            Self.call("B", secondsAgo: 10, outcome: .success, activity: .refreshInstance),
            Self.call("C", secondsAgo: 20, outcome: .failure),
            Self.call("D", secondsAgo: 5, outcome: .failure, orderId: "CS2"),
        ])
        #expect(try store.callIDs(orderId: "CS1") == ["B", "C", "A"])
        #expect(try store.callIDs(orderId: "CS1", activity: "newInstance") == ["C", "A"])
        #expect(try store.callIDs(orderId: "CS1", activity: "newInstance", limit: 1) == ["C"])
        #expect(try store.callIDs(orderId: "nope").isEmpty)
    }

    @Test func filterWordsMatchInAnyASCIICase() throws {
        let (_, store) = try ListFixtures.makeStore("relay-filter")
        try ListFixtures.fill(store, [
            Self.call("A", secondsAgo: 30, outcome: .failure, signature: .mismatch),
            Self.call("B", secondsAgo: 10, outcome: .success),
            Self.call("C", secondsAgo: 20, outcome: .failure, activity: .getLicenseAsync),
        ])
        func ids(_ filter: String) throws -> [String] {
            try store.page(StoreListQuery(kind: .calls, filterText: filter), after: nil).rows.map(\.id)
        }
        #expect(try ids("signature:mismatch") == ["A"])
        #expect(try ids("SIGNATURE:Mismatch") == ["A"])
        #expect(try ids("outcome:failure").sorted() == ["A", "C"])
        #expect(try ids("activity:getlicenseasync outcome:FAILURE") == ["C"])
        #expect(try ids("签名不符") == ["A"])
    }
}
