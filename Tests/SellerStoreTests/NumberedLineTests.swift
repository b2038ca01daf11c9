import ListContract
import SellerCore
@testable import SellerStore
import TestSupport
import Testing

/// Issue 15: an instance's line id that is its order's numbered line (`<orderId>-000001`) is stored as the
/// line's position in one byte and read back as the same text; any other line id is stored as it is.
@Suite struct NumberedLineTests {
    static let orderId = "CS2611230912K7Q2M"

    @Test(arguments: [
        (orderId + "-000001", 0), (orderId + "-000002", 1), (orderId + "-000128", 127), (orderId + "-000129", nil),
        (orderId + "-000000", nil), (orderId + "-00001", nil), (orderId + "-0000001", nil), (orderId + "-00000a", nil),
        ("CS2611230912K7Q2N-000001", nil), (orderId + "000001", nil), ("L1", nil), ("", nil),
        (orderId + "-00000１", nil),
    ] as [(String, Int?)])
    func onlyTheOrdersNumberedLinesAreKeptAsPositions(lineId: String, position: Int?) {
        #expect(NumberedLine.position(of: lineId, orderId: Self.orderId) == position, "\(lineId)")
        let value = NumberedLine.value(lineId, orderId: Self.orderId)
        #expect(value == (position.map { .blob([UInt8($0)]) } ?? .text(lineId)))
    }

    static func instance(_ id: String, line: String) -> Instance {
        Instance(instanceId: id, orderId: orderId, orderLineId: line, productId: "P1", skuCode: "sku-gold",
                 productName: "云服务器", customerId: "cust-1", customerName: "杭州云栖", status: .normal,
                 chargingMode: .period, expireTime: nil, updatedAt: Timestamp(millis: ListFixtures.base))
    }

    static let instances = [
        instance("INS-1", line: orderId + "-000001"), instance("INS-2", line: orderId + "-000003"),
        instance("INS-3", line: "L-7"), instance("INS-4", line: orderId + "-000200"),
    ]

    static func stored(_ store: LocalStore) throws -> [String] {
        try store.db.rows("SELECT typeof(order_line_id) || length(order_line_id) FROM instances ORDER BY instance_id") {
            $0.text(0)
        }
    }

    @Test func aNumberedLineIsOneByteAndReadsBackAsItsId() throws {
        let (directory, store) = try ListFixtures.makeStore("numbered-lines")
        defer { withExtendedLifetime(directory) {} }
        try ListFixtures.fill(store, Self.instances.map { .instance($0) })
        #expect(try Self.stored(store) == ["blob1", "blob1", "text3", "text24"])
        for instance in Self.instances { #expect(try store.instance(id: instance.instanceId) == instance) }
    }

    /// The earlier store is made by turning a current one's line ids back into text and forgetting the migration.
    @Test func theMigrationKeepsTheNumberedLinesAlreadyStoredAsPositions() throws {
        let directory = try TemporaryDirectory("numbered-lines-migration")
        let path = directory.file("store.db")
        do {
            let store = try LocalStore(path: path)
            try ListFixtures.fill(store, Self.instances.map { .instance($0) })
        }
        let old = try Database(path: path)
        try old.execute("""
            UPDATE instances SET order_line_id = order_id || '-' || printf('%06d',
                (instr('0123456789ABCDEF', substr(hex(order_line_id), 1, 1)) - 1) * 16
                + instr('0123456789ABCDEF', substr(hex(order_line_id), 2, 1)))
            WHERE typeof(order_line_id) = 'blob';
            DELETE FROM schema_migrations WHERE id = '\(Schema.numberedLines.id)';
            """)
        #expect(try old.rows("SELECT order_line_id FROM instances ORDER BY instance_id") { $0.text(0) }
                    == Self.instances.map(\.orderLineId))
        try old.close()

        let migrated = try LocalStore(path: path)
        #expect(try Self.stored(migrated) == ["blob1", "blob1", "text3", "text24"])
        for instance in Self.instances { #expect(try migrated.instance(id: instance.instanceId) == instance) }
        try migrated.checkSearchIndexes()
    }
}
