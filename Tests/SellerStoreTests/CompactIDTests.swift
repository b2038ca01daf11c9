import Crypto
import ListContract
import SellerCore
@testable import SellerStore
import TestSupport
import Testing

/// Issue 15: customer and user ids of 32 lowercase hex digits are stored as their 16 bytes, read back as the
/// same text, and found by the filter as before; ids of any other shape are stored as they are.
@Suite struct CompactIDTests {
    static let hex = "68cbc86abc2018ab880d92f36422fa0e"
    static let user = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"

    @Test(arguments: [
        (hex, true), (user, true), ("68CBC86ABC2018AB880D92F36422FA0E", false), (String(hex.dropLast()), false),
        (hex + "0", false), ("68cbc86abc2018ab880d92f36422fa0g", false), ("", false), ("cust-7f3a91", false),
        ("６８cbc86abc2018ab880d92f36422fa0", false),
    ])
    func onlyLowercaseHexOfThirtyTwoDigitsIsEncoded(id: String, encoded: Bool) {
        let value = CompactID.value(id)
        #expect((value.blobValue?.count == CompactID.byteCount) == encoded, "\(id)")
        #expect(value.blobValue.map { Hex.encode($0) } ?? value.textValue == id)
    }

    static func records() -> [SellerRecord] {
        var order = ListFixtures.order("CS2611230912K7Q2M", name: "杭州云栖", created: Timestamp(millis: ListFixtures.base))
        order.buyer.customerId = hex
        order.buyer.userId = user
        var other = ListFixtures.order("CS2611230912K7Q2N", name: "杭州云栖", created: Timestamp(millis: ListFixtures.base))
        other.buyer.customerId = "CUST-Other"
        other.buyer.userId = nil
        let instance = Instance(
            instanceId: "INS-1", orderId: order.orderId, orderLineId: "L1", productId: "P1", skuCode: "sku-gold",
            productName: "云服务器", customerId: hex, customerName: "杭州云栖", status: .normal, chargingMode: .period,
            expireTime: nil, updatedAt: Timestamp(millis: ListFixtures.base))
        var ticket = ListFixtures.ticket("CASE-1", orderId: order.orderId, name: "杭州云栖", product: "云服务器",
                                         status: .inProgress, created: Timestamp(millis: ListFixtures.base),
                                         updated: Timestamp(millis: ListFixtures.base))
        ticket.customerId = hex
        return [.order(order), .order(other), .instance(instance), .ticket(ticket)]
    }

    /// What a seller sees of the records above, through the details and the filter.
    static func expectReadsAndFinds(_ store: LocalStore) throws {
        for record in records() {
            switch record {
            case .order(let order): #expect(try store.order(id: order.orderId) == order)
            case .instance(let instance): #expect(try store.instance(id: instance.instanceId) == instance)
            case .ticket(let ticket): #expect(try store.ticket(id: ticket.caseId)?.customerId == ticket.customerId)
            default: Issue.record("unexpected record")
            }
        }
        func ids(_ kind: EntityKind, _ filter: String) throws -> Set<String> {
            Set(try store.page(StoreListQuery(kind: kind, filterText: filter)).rows.map(\.id))
        }
        for filter in ["customer:" + hex, hex, "68cbc86abc2018", "68cb"] {
            #expect(try ids(.orders, filter) == ["CS2611230912K7Q2M"], "\(filter)")
            #expect(try ids(.instances, filter) == ["INS-1"], "\(filter)")
            #expect(try ids(.tickets, filter) == ["CASE-1"], "\(filter)")
        }
        #expect(try ids(.orders, "customer:CUST-Other") == ["CS2611230912K7Q2N"])
        #expect(try ids(.orders, "customer:" + hex.uppercased()).isEmpty)
        #expect(try ids(.orders, "68CBC86ABC2018") == ["CS2611230912K7Q2M"], "the filter ignores case, as before")
        #expect(try ids(.orders, "bc2018ab880d").isEmpty, "an id is found by its start (`SearchSource`)")
        try store.checkSearchIndexes()
    }

    @Test func hexIdsAreStoredAsTheirBytesAndReadBackAsText() throws {
        let (directory, store) = try ListFixtures.makeStore("compact-ids")
        defer { withExtendedLifetime(directory) {} }
        try ListFixtures.fill(store, Self.records())
        let stored = try store.db.rows("""
            SELECT typeof(customer_id), length(customer_id), typeof(user_id) FROM orders ORDER BY order_id
            """) { [$0.text(0), $0.text(1), $0.text(2)] }
        #expect(stored == [["blob", "16", "blob"], ["text", "10", "null"]])
        #expect(try store.db.scalar("SELECT typeof(customer_id) FROM instances")?.textValue == "blob")
        #expect(try store.db.scalar("SELECT typeof(customer_id) FROM tickets")?.textValue == "blob")
        try Self.expectReadsAndFinds(store)
    }

    /// A store written before the encoding keeps its ids as text until the migration; after it, they are bytes,
    /// and the trigram indexes built over the text still match the rows exactly. The earlier store is made by
    /// turning a current one's ids back into text and forgetting the migration.
    @Test func theMigrationEncodesTheIdsAlreadyStored() throws {
        let directory = try TemporaryDirectory("compact-ids-migration")
        let path = directory.file("store.db")
        do {
            let store = try LocalStore(path: path)
            try ListFixtures.fill(store, Self.records())
        }
        let old = try Database(path: path)
        try old.execute("""
            UPDATE orders SET customer_id = lower(hex(customer_id)) WHERE typeof(customer_id) = 'blob';
            UPDATE orders SET user_id = lower(hex(user_id)) WHERE typeof(user_id) = 'blob';
            UPDATE instances SET customer_id = lower(hex(customer_id)) WHERE typeof(customer_id) = 'blob';
            UPDATE tickets SET customer_id = lower(hex(customer_id)) WHERE typeof(customer_id) = 'blob';
            DELETE FROM schema_migrations WHERE id = '\(Schema.compactIDs.id)';
            """)
        #expect(try old.scalar("SELECT count(*) FROM orders WHERE typeof(customer_id) = 'blob'")?.int64Value == 0)
        try old.close()

        let migrated = try LocalStore(path: path)
        #expect(try migrated.db.scalar("""
            SELECT count(*) FROM orders WHERE typeof(customer_id) = 'blob' AND typeof(user_id) = 'blob'
            """)?.int64Value == 1)
        try Self.expectReadsAndFinds(migrated)
    }
}
