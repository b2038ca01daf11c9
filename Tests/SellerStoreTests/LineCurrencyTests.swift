import ListContract
import SellerCore
@testable import SellerStore
import TestSupport
import Testing

/// Issue 15: an order line's price and price after discount are left out where they repeat the order's amount or
/// the line's own price (`LineCurrency`). Every combination must read back as written, byte for byte.
@Suite struct LineCurrencyTests {
    static let created = Timestamp(millis: ListFixtures.base)

    /// Lines whose prices take every shape: the same, different, absent on either side, empty, and two texts
    /// Swift calls equal that SQLite does not.
    static let prices: [(currency: String?, afterDiscount: String?)] = [
        ("99.000", "99.000"), ("99.000", "90.000"), ("99.000", nil), (nil, nil), (nil, "90.000"), ("", ""),
        ("", nil), ("99.000", ""), ("Caf\u{E9}", "Cafe\u{301}"),
    ]

    /// One order per shape as its first line, and one more order holding every shape after a first line.
    static func orders() -> [Order] {
        func line(_ index: Int, _ price: (currency: String?, afterDiscount: String?)) -> OrderLine {
            OrderLine(orderLineId: "L\(index)", chargingMode: .period, currency: price.currency,
                      currencyAfterDiscount: price.afterDiscount, productId: "P1", skuCode: "S\(index)",
                      productName: "云服务器")
        }
        func order(_ id: String, _ lines: [OrderLine]) -> Order {
            Order(orderId: id, orderType: .new, status: .completed, createTime: created,
                  buyer: Buyer(customerId: "cust-" + id, customerName: "杭州云栖"), lines: lines, updatedAt: created)
        }
        let firsts = prices.enumerated().map { index, price in order("CS\(index)", [line(0, price)]) }
        return firsts + [order("CS-all", [line(0, ("12.000", "12.000"))]
                               + prices.enumerated().map { index, price in line(index + 1, price) })]
    }

    @Test func everyShapeReadsBackByteForByte() throws {
        let (directory, store) = try ListFixtures.makeStore("line-currencies")
        defer { withExtendedLifetime(directory) {} }
        try ListFixtures.fill(store, Self.orders().map(SellerRecord.order))
        let bytes = { (text: String?) in text.map { Array($0.utf8) } }
        for order in Self.orders() {
            let read = try #require(try store.order(id: order.orderId))
            #expect(read == order)
            let afterDiscount = { (order: Order) in order.lines.map { bytes($0.currencyAfterDiscount) } }
            #expect(afterDiscount(read) == afterDiscount(order))
        }
        // What is left out: every first line's price, and each price after discount equal to its price.
        let storedPrices = try store.db.scalar("SELECT count(*) FROM order_lines WHERE currency IS NOT NULL")
        #expect(storedPrices == .integer(Int64(Self.prices.filter { $0.currency != nil }.count)))
        let storedAfter = try store.db.scalar("""
            SELECT count(*) FROM order_lines WHERE typeof(currency_after_discount) = 'text'
            """)
        #expect(storedAfter == .integer(2 * 4), "in each set of shapes: 90.000 twice, an empty text, a decomposed one")
    }

    /// A store written before the change: its lines' prices are compacted in place and read back as before.
    @Test func theMigrationLeavesOutTheSamePricesAndReadsBackTheRest() throws {
        let (directory, path, old) = try OldStoreFixture.inDirectory("line-currencies-migration",
                                                                     before: Schema.lineCurrencies)
        defer { withExtendedLifetime(directory) {} }
        try old.execute("""
            INSERT INTO shared_texts(id, text) VALUES (1, '云服务器'), (2, 'P1'), (3, '杭州云栖');
            INSERT INTO orders(rowid, order_id, order_type, status, create_time, customer_id, customer_name_ref,
                currency_unit, product_name_ref, amount, extend_params, updated_at, sku_codes)
            VALUES (1, 'CS1', 'NEW', 'COMPLETED', 1, 'C1', 3, 'CNY', 1, '99.000', '', 1, 'S1 S2 S3 S4'),
                (2, 'CS2', 'NEW', 'COMPLETED', 1, 'C2', 3, 'CNY', 1, NULL, '', 1, 'S1');
            INSERT INTO order_lines(order_rowid, position, charging_mode, currency, currency_after_discount,
                product_id_ref, sku_code)
            VALUES (1, 0, 'PERIOD', '99.000', '99.000', 2, 'S1'), (1, 1, 'PERIOD', '50.000', NULL, 2, 'S2'),
                (1, 2, 'PERIOD', NULL, NULL, 2, 'S3'), (1, 3, 'PERIOD', '50.000', '45.000', 2, 'S4'),
                (2, 0, 'PERIOD', NULL, '10.000', 2, 'S1');
            """)
        try old.close()
        #expect(throws: StoreOpenError.olderStore(path: path)) { try LocalStore(path: path, readOnly: true) }

        let migrated = try LocalStore(path: path)
        let lines = try #require(try migrated.order(id: "CS1")).lines
        #expect(lines.map(\.currency) == ["99.000", "50.000", nil, "50.000"])
        #expect(lines.map(\.currencyAfterDiscount) == ["99.000", nil, nil, "45.000"])
        let lone = try #require(try migrated.order(id: "CS2")).lines
        #expect(lone.map(\.currency) == [nil] && lone.map(\.currencyAfterDiscount) == ["10.000"])
        let stored = try migrated.db.rows("""
            SELECT typeof(currency), typeof(currency_after_discount) FROM order_lines ORDER BY order_rowid, position
            """) { [$0.text(0), $0.text(1)] }
        #expect(stored == [["null", "null"], ["text", "blob"], ["null", "null"], ["text", "text"], ["null", "text"]])
    }
}
