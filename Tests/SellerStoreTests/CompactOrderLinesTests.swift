import ListContract
import SellerCore
@testable import SellerStore
import TestSupport
import Testing

/// Issue 15: order lines keyed by the order's rowid, storing a line id or product name only where the order does
/// not already say it (`Schema.compactOrderLines`). Nothing a seller sees may change: the order read back, its
/// search text, its SKU filter, and its lines leaving with it.
@Suite struct CompactOrderLinesTests {
    static let created = Timestamp(millis: ListFixtures.base)

    /// Lines of every shape: numbered like the marketplace's, numbered but not at their position, named by hand,
    /// and a second line with its own product.
    static func orders() -> [Order] {
        func line(_ id: String, sku: String, product: String) -> OrderLine {
            OrderLine(orderLineId: id, chargingMode: .period, periodType: .year, periodNumber: 1, currency: "99.000",
                      currencyAfterDiscount: "90.000", productId: "P-" + sku, skuCode: sku, linearValue: 10,
                      productName: product)
        }
        func order(_ id: String, _ lines: [OrderLine]) -> Order {
            Order(orderId: id, orderType: .new, status: .completed, createTime: created,
                  buyer: Buyer(customerId: "cust-" + id, customerName: "杭州云栖"), lines: lines, updatedAt: created)
        }
        return [
            order("CS2611230912AAAAA", [line("CS2611230912AAAAA-000001", sku: "sku-one", product: "云服务器,标准版")]),
            order("CS2611230912BBBBB", [line("CS2611230912BBBBB-000001", sku: "sku-two", product: "对象存储,企业版"),
                                        line("CS2611230912BBBBB-000002", sku: "sku-three", product: "CDN加速,专业版")]),
            order("CS2611230912CCCCC", [line("CS2611230912CCCCC-000002", sku: "sku-four", product: "云服务器,标准版"),
                                        line("L-hand-made", sku: "sku-four", product: "云服务器,标准版")]),
        ]
    }

    /// What the table holds for an order's lines: the stored line id and product name (nil where left out).
    static func stored(_ store: LocalStore, _ orderId: String) throws -> [[String?]] {
        try store.db.rows("""
            SELECT l.order_line_id, \(SharedTexts.text("l.product_name_ref"))
            FROM order_lines AS l JOIN orders AS o ON o.rowid = l.order_rowid
            WHERE o.order_id = ? ORDER BY l.position
            """, [.text(orderId)]) { [$0.optionalText(0), $0.optionalText(1)] }
    }

    /// The SKU codes the order row keeps for its search text.
    static func skuCodes(_ store: LocalStore, _ orderId: String) throws -> String? {
        try store.db.scalar("SELECT sku_codes FROM orders WHERE order_id = ?", [.text(orderId)])?.textValue
    }

    static func ids(_ store: LocalStore, _ filter: String) throws -> Set<String> {
        Set(try store.page(StoreListQuery(kind: .orders, filterText: filter)).rows.map(\.id))
    }

    @Test func ordersReadBackAsTheyWereSynced() throws {
        let (directory, store) = try ListFixtures.makeStore("compact-lines")
        _ = directory
        let orders = Self.orders()
        try ListFixtures.fill(store, orders.map(SellerRecord.order))
        for order in orders { #expect(try store.order(id: order.orderId) == order) }
        #expect(try Self.stored(store, "CS2611230912AAAAA") == [[nil, nil]])
        #expect(try Self.stored(store, "CS2611230912BBBBB") == [[nil, nil], [nil, "CDN加速,专业版"]])
        #expect(try Self.stored(store, "CS2611230912CCCCC")
            == [["CS2611230912CCCCC-000002", nil], ["L-hand-made", nil]])
        #expect(try Self.skuCodes(store, "CS2611230912BBBBB") == "sku-two sku-three")
        #expect(try Self.skuCodes(store, "CS2611230912CCCCC") == "sku-four sku-four")
        try store.checkSearchIndexes()
        #expect(try Self.ids(store, "sku-three") == ["CS2611230912BBBBB"])
        #expect(try Self.ids(store, "sku:sku-four") == ["CS2611230912CCCCC"])
        #expect(try Self.ids(store, "sku:sku-three") == ["CS2611230912BBBBB"])
        // A term may not span two codes: they are joined by a space, and a term holds none.
        #expect(try Self.ids(store, "two sku").isEmpty == false)
        #expect(try Self.ids(store, "two_sku").isEmpty)
    }

    /// A newer copy with fewer lines replaces the old lines; a deleted order takes its lines along.
    @Test func linesLeaveWithTheirOrder() throws {
        let (directory, store) = try ListFixtures.makeStore("compact-lines-replace")
        _ = directory
        var orders = Self.orders()
        try ListFixtures.fill(store, orders.map(SellerRecord.order))
        orders[1].lines.removeLast()
        orders[1].updatedAt = Timestamp(millis: Self.created.millis + 1)
        try ListFixtures.fill(store, [.order(orders[1])])
        #expect(try store.order(id: orders[1].orderId) == orders[1])
        #expect(try Self.skuCodes(store, orders[1].orderId) == "sku-two")
        #expect(try Self.ids(store, "sku-three").isEmpty)
        try store.checkSearchIndexes()
        try store.write { try store.db.execute("DELETE FROM orders WHERE order_id = 'CS2611230912CCCCC'") }
        #expect(try store.db.scalar("SELECT count(*) FROM order_lines")?.int64Value == 2)
    }

    /// A store written before the change: its lines are carried over, its search index still matches the text
    /// exactly (FTS5's integrity check), and every order reads back the same.
    @Test func theMigrationKeepsEveryLine() throws {
        let directory = try TemporaryDirectory("compact-lines-migration")
        let path = directory.file("store.db")
        let old = try OldStoreFixture.database(at: path, before: Schema.compactOrderLines)
        for (rowid, order) in Self.orders().enumerated() {
            try old.execute("""
                INSERT INTO orders(rowid, order_id, order_type, status, create_time, customer_id, customer_name,
                    currency_unit, product_name, amount, extend_params, updated_at)
                VALUES (?, ?, 'NEW', 'COMPLETED', ?, ?, '杭州云栖', 'CNY', ?, '99.000', '', ?)
                """, [.integer(Int64(rowid + 7)), .text(order.orderId), .integer(Self.created.millis),
                      .text(order.buyer.customerId), .text(order.productName), .integer(Self.created.millis)])
            for (position, line) in order.lines.enumerated() {
                try old.execute("""
                    INSERT INTO order_lines(order_id, position, order_line_id, charging_mode, period_type, period_number,
                        currency, currency_after_discount, product_id, sku_code, linear_value, product_name)
                    VALUES (?, ?, ?, 'PERIOD', 'year', 1, '99.000', '90.000', ?, ?, 10, ?)
                    """, [.text(order.orderId), .integer(Int64(position)), .text(line.orderLineId),
                          .text(line.productId), .text(line.skuCode), .text(line.productName)])
            }
        }
        try old.execute("INSERT INTO orders_search(orders_search) VALUES ('rebuild')")
        try old.close()

        let migrated = try LocalStore(path: path)
        try migrated.checkSearchIndexes()
        for order in Self.orders() { #expect(try migrated.order(id: order.orderId) == order) }
        #expect(try Self.stored(migrated, "CS2611230912BBBBB") == [[nil, nil], [nil, "CDN加速,专业版"]])
        #expect(try Self.skuCodes(migrated, "CS2611230912BBBBB") == "sku-two sku-three")
        #expect(try Self.ids(migrated, "sku-three") == ["CS2611230912BBBBB"])
        #expect(try Self.ids(migrated, "sku:sku-four") == ["CS2611230912CCCCC"])
    }
}
