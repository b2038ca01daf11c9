import ListContract
import SellerCore
@testable import SellerStore
import TestSupport
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
        #expect(try Self.ids(store, .tickets, "cust-7f3a") == ["CASE-1"])
        #expect(try store.count(StoreListQuery(kind: .orders, filterText: "sku-gold-2026")) == 1)
    }

    /// A store written before issue 15 has search tables with their own copy of the text; the migration replaces
    /// them with indexes over the records, which find what the old ones found and the ids besides.
    @Test func theExternalSearchMigrationIndexesRowsWrittenBefore() throws {
        let directory = try TemporaryDirectory("search-migration")
        let path = directory.file("store.db")
        let old = try OldStoreFixture.database(at: path, before: Schema.externalSearch)
        try old.execute("""
            INSERT INTO orders(order_id, order_type, status, create_time, customer_id, customer_name,
                currency_unit, product_name, extend_params, updated_at)
            VALUES ('CS2611230912K7Q2M', 'NEW', 'COMPLETED', 1, 'cust-7f3a91', '杭州云栖', 'CNY', '云服务器', '', 1);
            INSERT INTO order_lines(order_id, position, order_line_id, charging_mode, product_id, sku_code, product_name)
            VALUES ('CS2611230912K7Q2M', 0, 'L1', 'PERIOD', 'P1', 'sku-gold-2026', '云服务器');
            INSERT INTO orders_search(rowid, text) VALUES (1, 'CS2611230912K7Q2M 杭州云栖');
            """)
        try old.close()
        let migrated = try LocalStore(path: path)
        for filter in ["cust-7f3a91", "sku-gold", "杭州云栖", "cs2611230912k7q", "已完成"] {
            #expect(try Self.ids(migrated, .orders, filter) == ["CS2611230912K7Q2M"], "\(filter)")
            #expect(try migrated.page(StoreListQuery(kind: .orders, filterText: filter, strategy: .searchIndexFirst))
                .rows.map(\.id) == ["CS2611230912K7Q2M"], "\(filter)")
        }
        #expect(try Self.ids(migrated, .orders, "杭州云栖X").isEmpty)
    }
}
