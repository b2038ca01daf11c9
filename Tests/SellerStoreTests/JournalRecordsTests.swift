import ListContract
import SellerCore
import SellerStore
import Testing

/// Orders and instances derived from calls, never clobbering a richer record; the order/query queue; relays.
@Suite struct JournalRecordsTests {
    typealias F = JournalFixture

    @Test func aCallDerivesItsOrderAndQueuesItsFetch() throws {
        let (directory, store) = try F.makeStore("journal-order")
        defer { withExtendedLifetime(directory) {} }
        let create = F.arrival("C1", .newInstance, at: F.at(0), orderId: "O1", orderLineId: "L1",
                               fields: [("chargingMode", "ON_DEMAND"), ("customerName", "李娜"), ("trialFlag", "1")])
        try F.record(store, create, F.failure(at: F.at(1)))
        let order = try #require(try store.order(id: "O1"))
        #expect(order.status == .processing && order.orderType == .trial)
        #expect(order.buyer.customerName == "李娜")
        #expect(order.lines.map(\.orderLineId) == ["L1"] && order.lines.first?.chargingMode == .onDemand)
        #expect(order.createTime == F.at(0))
        // The order is derived before the message, which takes its names.
        #expect(try store.call(id: "C1")?.messageId.flatMap { try store.exception(id: $0) }?.customerName == "李娜")
        #expect(try store.dueOrderFetches(at: F.at(1), limit: 10) == ["O1"])
        #expect(try store.dueOrderFetches(at: F.at(0), limit: 10).isEmpty)

        // A V1 call without an order line: an order without lines, charging mode PERIOD by default.
        try F.record(store, F.arrival("C2", .refreshInstance, at: F.at(2), orderId: "O2", instanceId: "I9",
                                      fields: [("scene", "TRIAL_TO_FORMAL")]), F.success(at: F.at(3)))
        #expect(try store.order(id: "O2")?.orderType == .trialToFormal)
        #expect(try store.order(id: "O2")?.lines.isEmpty == true)

        #expect(try store.dueOrderFetches(at: F.at(10), limit: 1) == ["O1"])
        try store.orderFetchFailed(orderId: "O1", error: "MKT.0150 订单不存在", retryAt: F.at(100))
        #expect(try store.dueOrderFetches(at: F.at(10), limit: 10) == ["O2"])
        #expect(try store.dueOrderFetches(at: F.at(100), limit: 10) == ["O2", "O1"])
        try store.orderFetched(orderId: "O1", at: F.at(101))
        #expect(try store.dueOrderFetches(at: F.at(1000), limit: 10) == ["O2"])
    }

    @Test func aCreateDerivesItsInstanceAndLaterCallsMoveIt() throws {
        let (directory, store) = try F.makeStore("journal-instance")
        defer { withExtendedLifetime(directory) {} }
        let create = F.arrival("C1", .newInstance, at: F.at(0), orderId: "O1", orderLineId: "L1",
                               fields: [("expireTime", "20270101000000")])
        try F.record(store, create, F.success(at: F.at(1), instanceId: "INS-1"))
        var instance = try #require(try store.instance(id: "INS-1"))
        #expect(instance.status == .normal && instance.orderId == "O1" && instance.orderLineId == "L1")
        #expect(instance.expireTime == Timestamp(koogallery: "20270101000000"))
        #expect(instance.chargingMode == .period)

        let change = { (id: String, activity: Activity, seconds: Int64, fields: [(String, String)]) in
            _ = try F.record(store, F.arrival(id, activity, at: F.at(seconds), orderId: activity == .refreshInstance
                                          ? "R-\(id)" : nil, instanceId: "INS-1", fields: fields),
                         F.success(at: F.at(seconds + 1)))
        }
        try change("S1", .updateInstanceStatus, 10, [("status", "FREEZE")])
        #expect(try store.instance(id: "INS-1")?.status == .frozen)
        #expect(try store.count(StoreListQuery(kind: .instances, filterText: "冻结")) == 1)
        try change("S2", .updateInstanceStatus, 20, [("status", "UNFREEZE")])
        #expect(try store.instance(id: "INS-1")?.status == .normal)
        try change("S3", .instanceStatus, 30, [("instanceStatus", "FREEZE")])
        #expect(try store.instance(id: "INS-1")?.status == .frozen)
        try change("S4", .refreshInstance, 40, [("expireTime", "20280101000000")])
        instance = try #require(try store.instance(id: "INS-1"))
        #expect(instance.status == .normal && instance.expireTime == Timestamp(koogallery: "20280101000000"))
        #expect(instance.updatedAt == F.at(41))
        try change("S5", .expireInstance, 50, [])
        #expect(try store.instance(id: "INS-1")?.status == .frozen)
        try change("S6", .releaseInstance, 60, [])
        #expect(try store.instance(id: "INS-1")?.status == .released)
        try change("S7", .updateInstanceStatus, 70, [("status", "UNFREEZE")])
        #expect(try store.instance(id: "INS-1")?.status == .released)
        // A failed release changes nothing; a test call derives nothing.
        try F.record(store, F.arrival("T1", .newInstance, at: F.at(80), orderId: "MOCK", orderLineId: "M",
                                      testFlag: true), F.success(at: F.at(81), instanceId: "MOCK-INS"))
        #expect(try store.instance(id: "MOCK-INS") == nil && store.order(id: "MOCK") == nil)
        // Every change took its row out of the trigram index with the text it had and put it back with the new.
        try store.checkSearchIndexes()
        #expect(try store.count(StoreListQuery(kind: .instances, filterText: "冻结")) == 0)
    }

    @Test func anAsynchronousCreateIsProvisioningUntilItsSynchronousAnswer() throws {
        let (directory, store) = try F.makeStore("journal-async")
        defer { withExtendedLifetime(directory) {} }
        let create = { (id: String, seconds: Int64) in
            F.arrival(id, .newInstance, at: F.at(seconds), orderId: "O1", orderLineId: "L1")
        }
        try F.record(store, create("C1", 0), F.success(at: F.at(1), instanceId: "INS-1", code: "000004"))
        #expect(try store.instance(id: "INS-1")?.status == .provisioning)
        try F.record(store, create("C2", 10), F.success(at: F.at(11), instanceId: "INS-1"))
        #expect(try store.instance(id: "INS-1")?.status == .normal)
    }

    @Test func aSyncedRecordIsNeverClobberedAndReplacesADerivedOne() throws {
        let (directory, store) = try F.makeStore("journal-clobber")
        defer { withExtendedLifetime(directory) {} }
        let synced = ListFixtures.order("O1", status: .completed, name: "张伟科技", product: "云服务器",
                                        created: F.at(-3600), updated: F.at(-3600))
        let syncedInstance = Instance(
            instanceId: "INS-1", orderId: "O1", orderLineId: "O1-1", productId: "P1", skuCode: "S1",
            productName: "云服务器", customerId: "C-O1", customerName: "张伟科技", status: .normal,
            chargingMode: .period, appInfo: AppInfo(frontEndUrl: "https://app"), updatedAt: F.at(500))
        try ListFixtures.fill(store, [.order(synced), .instance(syncedInstance)])

        // Calls about synced records: the order stays as synced, an older call does not move a newer instance.
        try F.record(store, F.arrival("C1", .newInstance, at: F.at(0), orderId: "O1", orderLineId: "O1-1"),
                     F.success(at: F.at(1), instanceId: "INS-1"))
        try F.record(store, F.arrival("C2", .updateInstanceStatus, at: F.at(100), instanceId: "INS-1",
                                      fields: [("status", "FREEZE")]), F.success(at: F.at(101)))
        #expect(try store.order(id: "O1") == synced)
        #expect(try store.instance(id: "INS-1") == syncedInstance)
        #expect(try store.dueOrderFetches(at: F.at(1000), limit: 10).isEmpty)
        // A newer call changes only what it knows.
        try F.record(store, F.arrival("C3", .updateInstanceStatus, at: F.at(600), instanceId: "INS-1",
                                      fields: [("status", "FREEZE")]), F.success(at: F.at(601)))
        var expected = syncedInstance
        expected.status = .frozen
        expected.updatedAt = F.at(601)
        #expect(try store.instance(id: "INS-1") == expected)
        // The journal message of a synced order takes the order's names.
        let id = try #require(try F.record(store, F.arrival("C4", .orderNotify, at: F.at(700), orderId: "O1",
                                                            orderLineId: "O1-1"), F.failure(at: F.at(701))))
        #expect(try store.exception(id: id)?.customerName == "张伟科技")

        // A derived order gives way to a synced copy even when the copy's time is older.
        try F.record(store, F.arrival("C5", .newInstance, at: F.at(800), orderId: "O2", orderLineId: "O2-1"),
                     F.success(at: F.at(801), instanceId: "INS-2"))
        let richer = ListFixtures.order("O2", name: "李娜", created: F.at(-10), updated: F.at(-10))
        let richerInstance = Instance(
            instanceId: "INS-2", orderId: "O2", orderLineId: "O2-1", productId: "P1", skuCode: "S1",
            productName: "对象存储", customerId: "C2", customerName: "李娜", status: .normal, chargingMode: .period,
            updatedAt: F.at(-5))
        let outcomes = try store.write {
            [try store.upsert(.order(richer)), try store.upsert(.instance(richerInstance)),
             // Once synced, an older copy no longer replaces it.
             try store.upsert(.order(ListFixtures.order("O2", name: "x", created: F.at(-20), updated: F.at(-20))))]
        }
        #expect(outcomes == [.changed, .changed, .unchanged])
        #expect(try store.order(id: "O2") == richer)
        #expect(try store.instance(id: "INS-2") == richerInstance)
    }

    @Test func relaysReportThemselves() throws {
        let (directory, store) = try F.makeStore("journal-relays")
        defer { withExtendedLifetime(directory) {} }
        try store.relayStarted(id: "R1", pid: 42, listen: "127.0.0.1:8443", upstream: "http://127.0.0.1:9000",
                               at: F.at(0))
        try store.relayHeartbeat(id: "R1", calls: 10, lostWrites: 1, at: F.at(5))
        var relay = try #require(try store.relayActivity(at: F.at(10)))
        #expect(relay.relays == 1 && relay.journalled == 10 && relay.lostWrites == 1)
        #expect(try store.relayActivity(at: F.at(60)) == nil, "no heartbeat for over 10 s")
        try store.relayHeartbeat(id: "R1", calls: 11, lostWrites: 1, at: F.at(58))
        relay = try #require(try store.relayActivity(at: F.at(60)))
        #expect(relay.journalled == 11)
        try store.relayStopped(id: "R1", calls: 12, lostWrites: 1, at: F.at(61))
        #expect(try store.relayActivity(at: F.at(61)) == nil, "stopped")
        try store.relayStarted(id: "R2", pid: 43, listen: "127.0.0.1:8443", upstream: "http://127.0.0.1:9000",
                               at: F.at(125))

        for n in 0..<6 {
            let at = 100 + Int64(n) * 5
            let arrival = F.arrival("C\(n)", .orderNotify, at: F.at(at), orderId: "O", orderLineId: "L")
            try F.record(store, arrival, n % 2 == 0 ? F.failure(at: F.at(at + 1)) : F.success(at: F.at(at + 1)))
        }
        let activity = try #require(try store.relayActivity(at: F.at(130)))
        #expect(activity.callsLastMinute == 6 && activity.failuresLastMinute == 3 && activity.lastCallAt == F.at(125))
    }
}
