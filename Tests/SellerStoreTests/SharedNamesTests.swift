import ListContract
import SellerCore
@testable import SellerStore
import TestSupport
import Testing

/// Issue 15: orders' and instances' customer names are stored once, in `shared_texts`. The sort by customer must
/// still be the names' byte order (ties by arrival), walked on indexes, with other shared texts (product names)
/// falling between the names in that order; search, details and a converted store must read as before.
@Suite struct SharedNamesTests {
    static let created = Timestamp(millis: ListFixtures.base)
    /// Customer names and, between them in byte order, product names that no order has as its buyer.
    static let names = ["B 商贸", "D 科技", "b 小写", "杭州云栖", "Cafe\u{301}", "Caf\u{E9}"]
    static let products = ["A 产品", "C 产品", "E 产品", "云服务器"]

    static func filled(_ label: String) throws -> (directory: TemporaryDirectory, store: LocalStore) {
        let (directory, store) = try ListFixtures.makeStore(label)
        let orders = (0..<18).map { index in
            ListFixtures.order("CS\(index)", name: names[(index * 5) % names.count],
                               product: products[index % products.count], created: created)
        }
        let instances = orders.enumerated().map { index, order in
            Instance(instanceId: "i-\(index)", orderId: order.orderId, orderLineId: order.orderId + "-1",
                     productId: "P1", skuCode: "S1", productName: order.productName,
                     customerId: order.buyer.customerId, customerName: order.buyer.customerName, status: .normal,
                     chargingMode: .period, expireTime: nil, appInfo: nil, updatedAt: created)
        }
        let others = orders.enumerated().flatMap { index, order -> [SellerRecord] in
            [.supervision(ListFixtures.task("SV\(index)", orderId: order.orderId, name: order.buyer.customerName,
                                            product: order.productName, node: .waitRequirement, since: created,
                                            rejects: 0)),
             .ticket(ListFixtures.ticket("TK\(index)", orderId: order.orderId, name: order.buyer.customerName,
                                         product: order.productName, status: .inProgress, created: created,
                                         updated: created))]
        }
        try ListFixtures.fill(store, orders.map(SellerRecord.order) + instances.map(SellerRecord.instance) + others)
        return (directory, store)
    }

    /// The ids in the order the sort by customer promises: names byte for byte, then arrival.
    static func expected(_ count: Int, prefix: String, descending: Bool) -> [String] {
        let sorted = (0..<count).sorted { lhs, rhs in
            let left = Array(names[(lhs * 5) % names.count].utf8), right = Array(names[(rhs * 5) % names.count].utf8)
            return left == right ? lhs < rhs : left.lexicographicallyPrecedes(right)
        }
        let ids = sorted.map { "\(prefix)\($0)" }
        return descending ? ids.reversed() : ids
    }

    /// The kinds sorted by customer, their ids' prefix in `filled` and their customer index.
    static let sorted: [EntityKind: (prefix: String, index: String)] = [
        .orders: ("CS", "orders_by_customer"), .instances: ("i-", "instances_by_customer"),
        .supervision: ("SV", "tasks_by_customer"), .tickets: ("TK", "tickets_by_customer"),
    ]

    @Test(arguments: [EntityKind.orders, .instances, .supervision, .tickets])
    func theSortByCustomerIsTheNamesOrderBothWays(kind: EntityKind) throws {
        let (directory, store) = try Self.filled("shared-customers-sort")
        defer { withExtendedLifetime(directory) {} }
        for descending in [false, true] {
            let query = StoreListQuery(kind: kind, sort: ListSort(.customerName, descending: descending), limit: 4)
            let want = Self.expected(18, prefix: Self.sorted[kind]?.prefix ?? "", descending: descending)
            let forward = try ListFixtures.pageForward(store, query).flatMap { $0 }
            #expect(forward.map(\.id) == want, "\(kind) descending: \(descending)")
            let backward = try ListFixtures.pageBackward(store, query).reversed().flatMap { $0 }
            #expect(backward.map(\.id) == want, "\(kind) descending: \(descending), paged up")
            #expect(forward.allSatisfy { $0.key.sortValue == .text(Self.customer(of: $0)) })
        }
    }

    static func customer(of row: ListRow) -> String {
        switch row.content {
        case .order(let order): order.customerName
        case .instance(let instance): instance.customerName
        case .supervision(let task): task.customerName
        case .ticket(let ticket): ticket.customerName
        default: ""
        }
    }

    /// Each page walks the texts' index in order and each name's rows on the customer index: no sort.
    @Test(arguments: [EntityKind.orders, .instances, .supervision, .tickets])
    func theSortByCustomerWalksTwoIndexes(kind: EntityKind) throws {
        let (directory, store) = try Self.filled("shared-customers-plan")
        defer { withExtendedLifetime(directory) {} }
        let index = Self.sorted[kind]?.index ?? ""
        for descending in [false, true] {
            let query = StoreListQuery(kind: kind, sort: ListSort(.customerName, descending: descending), limit: 4)
            let key = try #require(try store.page(query).nextKey)
            for plan in [try store.queryPlan(query), try store.queryPlan(query, after: key)] {
                #expect(plan.contains { $0.contains("sqlite_autoindex_shared_texts_1") }, "\(plan)")
                #expect(plan.contains { $0.contains("\(index) (customer_name_ref=?") }, "\(plan)")
                #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
            }
        }
    }

    @Test func namesReadBackByteForByteAndAreSearchedByEitherDriver() throws {
        let (directory, store) = try Self.filled("shared-customers-read")
        defer { withExtendedLifetime(directory) {} }
        let bytes = { (text: String?) in text.map { Array($0.utf8) } }
        #expect(bytes(try store.order(id: "CS2")?.buyer.customerName) == bytes("Cafe\u{301}"))
        #expect(bytes(try store.order(id: "CS1")?.buyer.customerName) == bytes("Caf\u{E9}"))
        #expect(bytes(try store.instance(id: "i-2")?.customerName) == bytes("Cafe\u{301}"))
        #expect(try SharedTextsTests.ids(store, .orders, "杭州云") == ["CS3", "CS9", "CS15"])
        #expect(try SharedTextsTests.ids(store, .instances, "D 科技") == ["i-5", "i-11", "i-17"])
        #expect(try SharedTextsTests.ids(store, .orders, "产品").isEmpty == false)
        let rows = try store.page(StoreListQuery(kind: .orders, filterText: "CS3")).rows
        #expect(rows.first.map(Self.customer(of:)) == "杭州云栖")
        try store.checkSearchIndexes()
    }

    /// Where a shared-text test puts its texts: customers' names, found by a free term, or products' names, found
    /// by `product:`.
    enum SharedField: CaseIterable { case customer, product }

    /// A term's matching texts are kept by the reader (`SharedTextMatches`), for free terms and `product:` alike:
    /// texts shared after its first use are found too, a text a rolled-back transaction took back is forgotten
    /// with it (though its id comes back for another text), and no statement scans the shared texts.
    @Test(arguments: SharedField.allCases)
    func aTermFindsTextsSharedAfterItsFirstUseAndNotTextsRolledBack(field: SharedField) throws {
        let (directory, store) = try Self.filled("shared-matches")
        defer { withExtendedLifetime(directory) {} }
        let order = { (id: String, text: String) in
            SellerRecord.order(field == .customer ? ListFixtures.order(id, name: text, created: Self.created)
                               : ListFixtures.order(id, name: "B 商贸", product: text, created: Self.created))
        }
        let term = { (text: String) in field == .customer ? text : "product:" + text }
        #expect(try SharedTextsTests.ids(store, .orders, term("新来")).isEmpty)
        try ListFixtures.fill(store, [order("CS-new", "新来有限公司")])
        #expect(try SharedTextsTests.ids(store, .orders, term("新来")) == ["CS-new"])
        struct Abandon: Error {}
        #expect(throws: Abandon.self) {
            try store.write {
                try store.upsert(order("CS-gone", "回滚客户"))
                #expect(try store.count(StoreListQuery(kind: .orders, filterText: term("回滚"))) == 1)
                throw Abandon()
            }
        }
        try ListFixtures.fill(store, [order("CS-after", "后来客户")])
        #expect(try SharedTextsTests.ids(store, .orders, term("回滚")).isEmpty)
        #expect(try SharedTextsTests.ids(store, .orders, term("后来")) == ["CS-after"])
        #expect(try store.count(StoreListQuery(kind: .orders, filterText: term("回滚"))) == 0)
        #expect(try SharedTextsTests.ids(store, .orders, term("C_产品")).isEmpty, "_ is taken literally")
        // Past the terms it keeps, the reader starts over; whichever term that happens on is still found when it
        // is asked again.
        let many = (0...SharedTextMatches.capacity).map { "甲\($0)乙" }
        try ListFixtures.fill(store, many.enumerated().map { order("CS-many-\($0.offset)", $0.element) })
        for text in many {
            for _ in 0..<2 { #expect(try store.count(StoreListQuery(kind: .orders, filterText: term(text))) == 1) }
        }
        for kind in [EntityKind.orders, .instances, .exceptions, .supervision, .tickets] {
            let plan = try store.queryPlan(StoreListQuery(kind: kind, filterText: term("产品")))
            #expect(!plan.contains { $0.contains("shared_texts") && $0.hasPrefix("SCAN") }, "\(kind): \(plan)")
        }
    }

    /// A store written before the change: its names, product texts and memos move into `shared_texts`, the old
    /// columns and their indexes go, and the records read, sort and search as before with the trigram indexes
    /// they had.
    @Test func theMigrationMovesTheNames() throws {
        let (directory, path, old) = try OldStoreFixture.inDirectory("shared-customers-migration",
                                                                     before: Schema.sharedNames)
        defer { withExtendedLifetime(directory) {} }
        try old.execute("""
            INSERT INTO shared_texts(id, text) VALUES (1, '云服务器'), (2, 'P1'), (3, 'D 科技');
            INSERT INTO orders(rowid, order_id, order_type, status, create_time, customer_id, customer_name,
                currency_unit, product_name_ref, extend_params, updated_at, sku_codes)
            VALUES (1, 'CS1', 'NEW', 'COMPLETED', 1, 'C1', 'D 科技', 'CNY', 1, '', 1, 'S1'),
                (2, 'CS2', 'NEW', 'COMPLETED', 1, 'C2', 'B 商贸', 'CNY', 1, '', 1, 'S1');
            INSERT INTO instances(instance_id, order_id, order_line_id, product_id_ref, sku_code, product_name_ref,
                customer_id, customer_name, status, charging_mode, trial, has_app_info, memo, updated_at)
            VALUES ('i-1', 'CS1', 'CS1-000001', 2, 'S1', 1, 'C1', 'D 科技', 'NORMAL', 'PERIOD', 0, 1, '首次登录请改密码', 1);
            INSERT INTO produce_messages(message_id, activity, interface_version, order_id, product_name,
                customer_name, state, retry_policy, first_failure_at, window_ends_at, exception_info, request_body,
                response_body, attempt_count, last_attempt_at, updated_at)
            VALUES ('PM1', 'newInstance', 'v2', 'CS2', '对象存储', 'B 商贸', 'FAILED', 'RETRYABLE', 1, 2, '超时', '{}',
                '', 1, 1, 1);
            INSERT INTO supervision_tasks(task_id, order_id, product_name, customer_name, flow_kind, scenario, node,
                node_since, reject_count, requirement_text, updated_at)
            VALUES ('SV1', 'CS1', '云服务器', 'D 科技', 'STANDARD_MANUAL', 'GENERAL', 'WAIT_REQUIREMENT', 1, 0, '', 1),
                ('SV2', 'CS2', '对象存储', 'B 商贸', 'STANDARD_MANUAL', 'GENERAL', 'WAIT_REQUIREMENT', 1, 0, '', 1);
            INSERT INTO tickets(case_id, order_id, product_id, product_name, customer_id, customer_name, assignee,
                title, status, create_time, message_count, updated_at)
            VALUES ('TK1', 'CS2', 'P9', '对象存储', 'C2', 'B 商贸', 'ops', '无法登录', 'IN_PROGRESS', 1, 0, 1);
            """ + ["orders", "instances", "produce_messages", "supervision_tasks", "tickets"].map {
                "INSERT INTO \($0)_search(\($0)_search) VALUES ('rebuild');"
            }.joined(separator: "\n"))
        try old.close()
        #expect(throws: StoreOpenError.olderStore(path: path)) { try LocalStore(path: path, readOnly: true) }

        let migrated = try LocalStore(path: path)
        try migrated.checkSearchIndexes()
        #expect(try migrated.order(id: "CS1")?.buyer.customerName == "D 科技")
        let instance = try #require(try migrated.instance(id: "i-1"))
        #expect(instance.customerName == "D 科技" && instance.appInfo?.memo == "首次登录请改密码")
        let message = try #require(try migrated.exception(id: "PM1"))
        #expect(message.customerName == "B 商贸" && message.productName == "对象存储")
        let task = try #require(try migrated.supervisionTask(id: "SV1"))
        #expect(task.customerName == "D 科技" && task.productName == "云服务器")
        let ticket = try #require(try migrated.ticket(id: "TK1"))
        #expect(ticket.customerName == "B 商贸" && ticket.productName == "对象存储" && ticket.productId == "P9")
        // 云服务器, P1, D 科技 (already shared), then B 商贸, the memo, 对象存储 and P9.
        #expect(try SharedTextsTests.sharedCount(migrated) == 7, "a text already shared keeps its row")
        for (kind, ids) in [(EntityKind.orders, ["CS2", "CS1"]), (.supervision, ["SV2", "SV1"])] {
            let sorted = try migrated.page(StoreListQuery(kind: kind, sort: ListSort(.customerName))).rows
            #expect(sorted.map(\.id) == ids, "\(kind)")
        }
        #expect(try SharedTextsTests.ids(migrated, .orders, "商贸") == ["CS2"])
        #expect(try SharedTextsTests.ids(migrated, .instances, "科技") == ["i-1"])
        #expect(try SharedTextsTests.ids(migrated, .exceptions, "对象存") == ["PM1"])
        #expect(try SharedTextsTests.ids(migrated, .tickets, "product:P9") == ["TK1"])
        #expect(try SharedTextsTests.ids(migrated, .supervision, "product:对象") == ["SV2"])
        let columns = try SharedTextsTests.columns(migrated, of: ["orders", "instances", "produce_messages",
                                                                  "supervision_tasks", "tickets"])
        let moved = ["customer_name", "product_name", "product_id", "memo"]
        #expect(!columns.contains { moved.contains($0) }, "\(columns)")
        #expect(columns.filter { $0 == "customer_name_ref" }.count == 5)
        let indexed = try migrated.db.rows("""
            SELECT name FROM pragma_index_info('orders_by_customer')
            UNION ALL SELECT name FROM pragma_index_info('instances_by_customer')
            UNION ALL SELECT name FROM pragma_index_info('tasks_by_customer')
            UNION ALL SELECT name FROM pragma_index_info('tickets_by_customer')
            """) { $0.text(0) }
        #expect(indexed == Array(repeating: "customer_name_ref", count: 4))
        try migrated.close()
        try LocalStore(path: path, readOnly: true).close()
    }
}
