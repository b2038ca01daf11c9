import ListContract
import SellerCore
@testable import SellerStore
import TestSupport
import Testing

/// Issue 15: product names and ids are stored once, in `shared_texts`, and records keep their ids. What a seller
/// reads, filters and searches must not change, in new stores and in stores the migration converts.
@Suite struct SharedTextsTests {
    static let created = Timestamp(millis: ListFixtures.base)

    static func order(_ id: String, product: String, lineProduct: String? = nil,
                      productId: String = "OFFI01") -> Order {
        var order = ListFixtures.order(id, name: "杭州云栖", product: product, created: created)
        order.lines[0].productId = productId
        if let lineProduct {
            order.lines.append(OrderLine(orderLineId: id + "-2", chargingMode: .period, currency: "10.00",
                                         productId: "OFFI02", skuCode: "S2", productName: lineProduct))
        }
        return order
    }

    static func instance(_ id: String, orderId: String, product: String, productId: String,
                         app: AppInfo? = nil) -> Instance {
        Instance(instanceId: id, orderId: orderId, orderLineId: orderId + "-1", productId: productId, skuCode: "S1",
                 productName: product, customerId: "C-" + orderId, customerName: "杭州云栖", status: .normal,
                 chargingMode: .period, expireTime: nil, appInfo: app, updatedAt: created)
    }

    static func ids(_ store: LocalStore, _ kind: EntityKind, _ filter: String) throws -> Set<String> {
        var found: Set<String> = []
        for strategy in [TextSearchStrategy.sortIndexFirst, .searchIndexFirst] {
            let rows = try store.page(StoreListQuery(kind: kind, filterText: filter, strategy: strategy)).rows
            if strategy == .sortIndexFirst { found = Set(rows.map(\.id)) }
            #expect(Set(rows.map(\.id)) == found, "\(kind) \(filter): the two ways of searching disagree")
        }
        return found
    }

    /// The column names of `tables`, all together: what a migration left of them.
    static func columns(_ store: LocalStore, of tables: [String]) throws -> [String] {
        let sql = tables.map { "SELECT name FROM pragma_table_info('\($0)')" }.joined(separator: " UNION ALL ")
        return try store.db.rows(sql) { $0.text(0) }
    }

    static func sharedCount(_ store: LocalStore) throws -> Int64? {
        try store.db.scalar("SELECT count(*) FROM shared_texts")?.int64Value
    }

    @Test func recordsReadBackTheirTextsAndEachTextIsStoredOnce() throws {
        let (directory, store) = try ListFixtures.makeStore("shared-texts")
        defer { withExtendedLifetime(directory) {} }
        let orders = (0..<6).map { Self.order("CS\($0)", product: $0 % 2 == 0 ? "云服务器,标准版" : "对象存储,企业版",
                                               lineProduct: $0 == 3 ? "CDN加速,专业版" : nil) }
        let instance = Self.instance("i-1", orderId: "CS1", product: "对象存储,企业版", productId: "OFFI01")
        let apps = [AppInfo(frontEndUrl: "https://app.isv.example/login?t=1", adminUrl: "https://app.isv.example"),
                    AppInfo(frontEndUrl: "app.isv.example/no-scheme", adminUrl: nil, userName: "admin"),
                    AppInfo(frontEndUrl: "", adminUrl: "https://app.isv.example/", memo: "备注")]
        let withApps = apps.enumerated().map { index, app in
            Self.instance("i-app-\(index)", orderId: "CS2", product: "云服务器,标准版", productId: "OFFI02", app: app)
        }
        let instances = [instance] + withApps
        try ListFixtures.fill(store, orders.map(SellerRecord.order) + instances.map(SellerRecord.instance))
        for order in orders { #expect(try store.order(id: order.orderId) == order) }
        for instance in instances { #expect(try store.instance(id: instance.instanceId) == instance) }
        var task = ListFixtures.task("SV1", orderId: "CS1", name: "杭州云栖", product: "对象存储,企业版",
                                     node: .waitRequirement, since: Self.created, rejects: 0)
        task.history = [SupervisionEvent(at: Self.created, actor: .system, action: "创建服务监管", note: ""),
                        SupervisionEvent(at: Self.created, actor: .buyer, action: "提交需求", note: "见附件")]
        try ListFixtures.fill(store, [.supervision(task)])
        #expect(try store.supervisionTask(id: "SV1") == task)
        // Three product names, two product ids, one origin, two actions, one customer name and one app memo.
        #expect(try Self.sharedCount(store) == 10)
        try store.checkSearchIndexes()
        #expect(try Self.ids(store, .orders, "对象存储") == ["CS1", "CS3", "CS5"])
        #expect(try Self.ids(store, .orders, "product:OFFI02") == ["CS3"])
        #expect(try Self.ids(store, .instances, "product:OFFI01") == ["i-1"])
        #expect(try Self.ids(store, .instances, "product:存储") == ["i-1"])
        #expect(try Self.ids(store, .instances, "product:OFFI0").isEmpty, "a product id is matched whole")
        let rows = try store.page(StoreListQuery(kind: .orders, filterText: "CS3")).rows
        guard case .order(let row) = rows.first?.content else { Issue.record("\(rows)"); return }
        #expect(row.productName == "对象存储,企业版")
        let instanceRows = try store.page(StoreListQuery(kind: .instances, filterText: "i-1")).rows
        guard case .instance(let instanceRow) = instanceRows.first?.content else {
            Issue.record("\(instanceRows)")
            return
        }
        #expect(instanceRow.productName == "对象存储,企业版")
    }

    /// Swift calls "é" and "e" + U+0301 equal; SQLite and the marketplace do not. Each must read back byte for byte.
    @Test func canonicallyEquivalentTextsStayDistinct() throws {
        let (directory, store) = try ListFixtures.makeStore("shared-texts-bytes")
        defer { withExtendedLifetime(directory) {} }
        let composed = "Caf\u{E9}", decomposed = "Cafe\u{301}"
        // A line and a numbered line id that only look like what the store leaves out.
        let lines = Self.order("CS3", product: composed, lineProduct: decomposed)
        let instance = Self.instance("i-1", orderId: "CS\u{E9}", product: composed, productId: "P1")
        var numbered = instance
        numbered.orderLineId = "CSe\u{301}-000001"
        try ListFixtures.fill(store, [.order(Self.order("CS1", product: composed)),
                                      .order(Self.order("CS2", product: decomposed)), .order(lines),
                                      .instance(numbered)])
        let bytes = { (text: String?) in text.map { Array($0.utf8) } }
        #expect(bytes(try store.order(id: "CS1")?.productName) == bytes(composed))
        #expect(bytes(try store.order(id: "CS2")?.productName) == bytes(decomposed))
        #expect(try store.order(id: "CS3")?.lines.map { Array($0.productName.utf8) } == [composed, decomposed].map {
            Array($0.utf8)
        })
        #expect(bytes(try store.instance(id: "i-1")?.orderLineId) == bytes(numbered.orderLineId))
    }

    /// A text first written in a transaction that rolls back is gone with it; the next record that names it must
    /// store it again, not reuse the id the writer saw.
    @Test func aTextWrittenInARolledBackTransactionIsWrittenAgain() throws {
        let (directory, store) = try ListFixtures.makeStore("shared-texts-rollback")
        defer { withExtendedLifetime(directory) {} }
        struct Abandon: Error {}
        #expect(throws: Abandon.self) {
            try store.write {
                try store.upsert(.order(Self.order("CS1", product: "只在回滚里")))
                throw Abandon()
            }
        }
        #expect(try Self.sharedCount(store) == 0)
        let order = Self.order("CS2", product: "只在回滚里")
        try ListFixtures.fill(store, [.order(order)])
        #expect(try store.order(id: "CS2") == order)
        #expect(try Self.ids(store, .orders, "回滚") == ["CS2"])
    }

    /// A store written before the change: its product texts move into `shared_texts`, the old columns go, and
    /// every record reads, filters and searches as before, with the trigram index it had.
    @Test func theMigrationMovesEveryProductText() throws {
        let (directory, path, old) = try OldStoreFixture.inDirectory("shared-texts-migration",
                                                                     before: Schema.sharedTexts)
        defer { withExtendedLifetime(directory) {} }
        try old.execute("""
            INSERT INTO orders(rowid, order_id, order_type, status, create_time, customer_id, customer_name,
                currency_unit, product_name, extend_params, updated_at, sku_codes)
            VALUES (1, 'CS1', 'NEW', 'COMPLETED', 1, 'C1', '杭州云栖', 'CNY', '云服务器,标准版', '', 1, 'S1 S2'),
                (2, 'CS2', 'NEW', 'COMPLETED', 1, 'C1', '杭州云栖', 'CNY', '云服务器,标准版', '', 1, 'S1');
            INSERT INTO order_lines(order_rowid, position, charging_mode, product_id, sku_code, product_name)
            VALUES (1, 0, 'PERIOD', 'OFFI01', 'S1', NULL), (1, 1, 'PERIOD', 'OFFI02', 'S2', 'CDN加速,专业版'),
                (2, 0, 'PERIOD', 'OFFI09', 'S1', NULL);
            INSERT INTO instances(instance_id, order_id, order_line_id, product_id, sku_code, product_name,
                customer_id, customer_name, status, charging_mode, trial, has_app_info, front_end_url, admin_url,
                updated_at)
            VALUES ('i-1', 'CS2', 'CS2-000001', 'OFFI09', 'S1', '云服务器,标准版', 'C1', '杭州云栖', 'NORMAL',
                'PERIOD', 0, 1, 'https://app.isv.example/login', 'no-scheme/admin', 1);
            INSERT INTO produce_messages(message_id, activity, interface_version, order_id, product_name,
                customer_name, state, retry_policy, first_failure_at, window_ends_at, exception_info, request_body,
                response_body, attempt_count, last_attempt_at, updated_at)
            VALUES ('PM1', 'newInstance', 'v2', 'CS2', '云服务器,标准版', '杭州云栖', 'FAILED', 'RETRYABLE', 1, 2,
                '连接超时', '{}', '', 2, 1, 1);
            INSERT INTO message_attempts(message_id, position, number, at, trigger, outcome, latency_ms,
                exception_info)
            VALUES ('PM1', 0, 1, 1, 'AUTOMATIC', 'FAILURE', 20000, '连接超时'),
                ('PM1', 1, 2, 2, 'MANUAL', 'FAILURE', 20000, '连接超时');
            INSERT INTO supervision_tasks(task_id, order_id, product_name, customer_name, flow_kind, scenario, node,
                node_since, reject_count, requirement_text, updated_at)
            VALUES ('SV1', 'CS1', '云服务器,标准版', '杭州云栖', 'STANDARD_MANUAL', 'GENERAL', 'WAIT_REQUIREMENT', 1, 0,
                '', 1);
            INSERT INTO supervision_history(task_id, position, at, actor, action, note)
            VALUES ('SV1', 0, 1, 'SYSTEM', '创建服务监管', ''), ('SV1', 1, 2, 'BUYER', '提交需求', '见附件');
            INSERT INTO orders_search(orders_search) VALUES ('rebuild');
            INSERT INTO instances_search(instances_search) VALUES ('rebuild');
            INSERT INTO produce_messages_search(produce_messages_search) VALUES ('rebuild');
            """)
        try old.close()

        let migrated = try LocalStore(path: path)
        try migrated.checkSearchIndexes()
        let lines = try #require(try migrated.order(id: "CS1")).lines
        #expect(lines.map(\.productName) == ["云服务器,标准版", "CDN加速,专业版"])
        #expect(lines.map(\.productId) == ["OFFI01", "OFFI02"])
        let instance = try #require(try migrated.instance(id: "i-1"))
        #expect(instance.productName == "云服务器,标准版" && instance.productId == "OFFI09")
        #expect(instance.appInfo?.frontEndUrl == "https://app.isv.example/login")
        #expect(instance.appInfo?.adminUrl == "no-scheme/admin")
        #expect(try migrated.exception(id: "PM1")?.attempts.map(\.exceptionInfo) == ["连接超时", "连接超时"])
        #expect(try migrated.supervisionTask(id: "SV1")?.history.map(\.action) == ["创建服务监管", "提交需求"])
        // Two product names, three ids, one origin, one exception text, two actions, one customer name.
        #expect(try Self.sharedCount(migrated) == 10)
        let columns = try Self.columns(migrated, of: ["orders", "instances", "order_lines", "message_attempts",
                                                      "supervision_history"])
        let moved = ["product_name", "product_id", "exception_info", "action"]
        #expect(!columns.contains { moved.contains($0) }, "\(columns)")
        #expect(try Self.ids(migrated, .orders, "服务器,标") == ["CS1", "CS2"])
        #expect(try Self.ids(migrated, .orders, "product:OFFI09") == ["CS2"])
        #expect(try Self.ids(migrated, .instances, "云服务") == ["i-1"])
        // Written after the migration, a known text reuses its row.
        try ListFixtures.fill(migrated, [.order(Self.order("CS3", product: "CDN加速,专业版", productId: "OFFI02"))])
        #expect(try Self.sharedCount(migrated) == 10)
    }

    /// A reader cannot migrate: an older store is refused with words that say what to do, not an SQL error.
    @Test func aReaderRefusesAnOlderStore() throws {
        let (directory, path, old) = try OldStoreFixture.inDirectory("shared-texts-reader", before: Schema.sharedTexts)
        defer { withExtendedLifetime(directory) {} }
        try old.close()
        #expect(throws: StoreOpenError.olderStore(path: path)) { try LocalStore(path: path, readOnly: true) }
        try LocalStore(path: path).close()
        try LocalStore(path: path, readOnly: true).close()
    }
}
