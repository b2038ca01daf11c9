import ListContract
import SellerCore
import SellerStore
import Testing

/// Issue 13: the `/` filter finds orders, instances and tickets by the buyer's customer id and by SKU code, the
/// two ids a seller copies from Seller Center or a support mail.
@Suite struct ListSearchIdentifierTests {
    static func ids(_ store: LocalStore, _ kind: EntityKind, _ filter: String) throws -> Set<String> {
        Set(try store.page(StoreListQuery(kind: kind, filterText: filter)).rows.map(\.id))
    }

    @Test func customerIdAndSkuFindTheirRecords() throws {
        let (directory, store) = try ListFixtures.makeStore("search-ids")
        _ = directory
        var order = ListFixtures.order("CS2611230912K7Q2M", name: "杭州云栖", created: Timestamp(millis: ListFixtures.base))
        order.buyer.customerId = "cust-7f3a91"
        order.lines[0].skuCode = "sku-gold-2026"
        let other = ListFixtures.order("CS2611230912K7Q2N", name: "杭州云栖", created: Timestamp(millis: ListFixtures.base))
        let instance = Instance(
            instanceId: "INS-1", orderId: order.orderId, orderLineId: "L1", productId: "P1", skuCode: "sku-gold-2026",
            productName: "云服务器", customerId: "cust-7f3a91", customerName: "杭州云栖", status: .normal,
            chargingMode: .period, expireTime: nil, updatedAt: Timestamp(millis: ListFixtures.base))
        var ticket = ListFixtures.ticket("CASE-1", orderId: order.orderId, name: "杭州云栖", product: "云服务器",
                                         status: .inProgress, created: Timestamp(millis: ListFixtures.base),
                                         updated: Timestamp(millis: ListFixtures.base))
        ticket.customerId = "cust-7f3a91"
        try ListFixtures.fill(store, [.order(order), .order(other), .instance(instance), .ticket(ticket)])
        #expect(try Self.ids(store, .orders, "cust-7f3a91") == [order.orderId])
        #expect(try Self.ids(store, .orders, "sku-gold-2026") == [order.orderId])
        #expect(try Self.ids(store, .instances, "cust-7f3a91") == ["INS-1"])
        #expect(try Self.ids(store, .instances, "sku-gold") == ["INS-1"])
        #expect(try Self.ids(store, .tickets, "7f3a91") == ["CASE-1"])
        #expect(try store.count(StoreListQuery(kind: .orders, filterText: "sku-gold-2026")) == 1)
    }

    /// A store written by an earlier build has search rows without the ids; the migration adds them.
    @Test func theMigrationAddsTheIdsToRowsWrittenBefore() throws {
        let (directory, store) = try ListFixtures.makeStore("search-ids-migration")
        var order = ListFixtures.order("CS2611230912K7Q2M", name: "杭州云栖", created: Timestamp(millis: ListFixtures.base))
        order.buyer.customerId = "cust-7f3a91"
        order.lines[0].skuCode = "sku-gold-2026"
        try ListFixtures.fill(store, [.order(order)])
        try store.close()
        let db = try Database(path: directory.file("store.db"))
        try db.execute("UPDATE orders_search SET text = 'CS2611230912K7Q2M 杭州云栖'")
        try db.execute("DELETE FROM schema_migrations WHERE id = '2026-12-06-search-identifiers'")
        try db.close()
        let migrated = try LocalStore(path: directory.file("store.db"))
        #expect(try Self.ids(migrated, .orders, "cust-7f3a91") == [order.orderId])
        #expect(try Self.ids(migrated, .orders, "sku-gold") == [order.orderId])
        #expect(try Self.ids(migrated, .orders, "杭州云栖") == [order.orderId])
    }
}
