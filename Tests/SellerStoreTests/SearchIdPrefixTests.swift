import ListContract
import SellerCore
@testable import SellerStore
import TestSupport
import Testing

/// Issue 15: ids are found by their start, names by any piece, and the trigram index keeps only an id's first
/// `SearchSource.indexedIdLength` characters. Both ways of finding rows (a walk of the sort index checking each
/// row, and the trigram index's candidates) must agree on long, realistic ids.
@Suite struct SearchIdPrefixTests {
    static let orderId = "CS2611230912K7Q2M"
    static let customerId = "68cbc86abc2018ab880d92f36422fa0e"
    static let instanceId = "1ece4cde-b7f9-421b-97a6-665810f3c2d1"

    static func ids(_ store: LocalStore, _ kind: EntityKind, _ filter: String,
                    _ strategy: TextSearchStrategy) throws -> [String] {
        try store.page(StoreListQuery(kind: kind, filterText: filter, strategy: strategy)).rows.map(\.id)
    }

    static func filled(_ label: String) throws -> (directory: TemporaryDirectory, store: LocalStore) {
        let (directory, store) = try ListFixtures.makeStore(label)
        var order = ListFixtures.order(orderId, name: "杭州云栖", created: Timestamp(millis: ListFixtures.base))
        order.buyer.customerId = customerId
        let other = ListFixtures.order("CS2611230912K7Q2N", name: "杭州云栖", created: Timestamp(millis: ListFixtures.base))
        let instance = Instance(
            instanceId: instanceId, orderId: orderId, orderLineId: "L1", productId: "P1", skuCode: "SKU1",
            productName: "云服务器", customerId: customerId, customerName: "杭州云栖", status: .normal,
            chargingMode: .period, expireTime: nil, updatedAt: Timestamp(millis: ListFixtures.base))
        try ListFixtures.fill(store, [.order(order), .order(other), .instance(instance)])
        return (directory, store)
    }

    @Test(arguments: [TextSearchStrategy.sortIndexFirst, .searchIndexFirst])
    func wholeIdsAndTheirStartsAreFoundAndTheirMiddlesAreNot(strategy: TextSearchStrategy) throws {
        let (directory, store) = try Self.filled("id-prefix-\(strategy)")
        defer { withExtendedLifetime(directory) {} }
        for term in [Self.orderId, "cs2611230912k7q2m", Self.customerId, "68CBC86ABC20"] {
            #expect(try Self.ids(store, .orders, term, strategy) == [Self.orderId], "\(term)")
        }
        for term in [Self.instanceId, "1ece4cde-b7f9-421b", Self.customerId, Self.orderId] {
            #expect(try Self.ids(store, .instances, term, strategy) == [Self.instanceId], "\(term)")
        }
        #expect(try Self.ids(store, .orders, "CS2611230912K7Q2", strategy).count == 2)
        for term in ["K7Q2M", "880d92f36422", "421b-97a6", "665810f3c2d1"] {
            #expect(try Self.ids(store, .orders, term, strategy).isEmpty, "\(term)")
            #expect(try Self.ids(store, .instances, term, strategy).isEmpty, "\(term)")
        }
        // Names are still found by any piece.
        #expect(try Self.ids(store, .instances, "云栖", strategy) == [Self.instanceId])
    }

    @Test func theIndexKeepsOnlyTheStartOfAnId() throws {
        let (directory, store) = try Self.filled("id-prefix-index")
        defer { withExtendedLifetime(directory) {} }
        func rows(_ search: String, holding trigram: String) throws -> Int64? {
            try store.db.scalar("SELECT count(*) FROM \(search) WHERE \(search) MATCH ?",
                                [.text(ListFilter.quoteFTS(trigram))])?.int64Value
        }
        #expect(try rows("orders_search", holding: "68c") == 1 && rows("orders_search", holding: "abc") == 1)
        #expect(try rows("orders_search", holding: "fa0") == 0, "past the customer id's first 12 characters")
        #expect(try rows("instances_search", holding: "1ec") == 1 && rows("instances_search", holding: "c2d") == 0)
    }

    /// A store indexed under whole ids before the migration: it re-indexes every row from the view, so the index
    /// matches the records again (FTS5's own integrity check compares them) and a row can be taken out exactly.
    @Test func theMigrationReindexesRowsWrittenUnderWholeIds() throws {
        let (directory, path, old) = try OldStoreFixture.inDirectory("id-prefix-migration",
                                                                     before: Schema.searchIdPrefixes)
        defer { withExtendedLifetime(directory) {} }
        try old.execute("""
            INSERT INTO orders(order_id, order_type, status, create_time, customer_id, customer_name,
                currency_unit, product_name, extend_params, updated_at, sku_codes)
            VALUES ('\(Self.orderId)', 'NEW', 'COMPLETED', 1, X'\(Self.customerId)', '杭州云栖', 'CNY', '云服务器', '', 1,
                'SKU1');
            INSERT INTO orders_search(orders_search) VALUES ('delete-all');
            INSERT INTO orders_search(rowid, t0, t1, t6) VALUES (1, '\(Self.orderId)', '杭州云栖', '\(Self.customerId)');
            """)
        try old.close()
        let migrated = try LocalStore(path: path)
        try migrated.db.execute("INSERT INTO orders_search(orders_search, rank) VALUES ('integrity-check', 1)")
        #expect(try migrated.db.scalar("SELECT count(*) FROM orders_search WHERE orders_search MATCH '\"fa0\"'")?
            .int64Value == 0)
        for strategy in [TextSearchStrategy.sortIndexFirst, .searchIndexFirst] {
            #expect(try Self.ids(migrated, .orders, Self.customerId, strategy) == [Self.orderId])
        }
    }
}
