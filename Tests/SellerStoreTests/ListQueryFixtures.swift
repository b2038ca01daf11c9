import ListContract
import SellerCore
import SellerStore
import TestSupport

/// Hand-built records for the list-query tests, with many ties (few distinct times, names and statuses), NULL
/// expiry times, and ids whose byte order differs from their numeric order ("CS10" < "CS9").
enum ListFixtures {
    static let names = ["张伟科技有限公司", "李娜", "王芳工作室", "Acme Cloud Co", "acme east", "赵六有限公司", "孙七",
                        "Zeta 张"]
    static let products = ["云服务器", "对象存储", "CDN加速"]
    static let base: Int64 = 1_790_000_000_000

    /// A store in its own temporary directory; keep `directory` alive while using `store`.
    static func makeStore(_ label: String) throws -> (directory: TemporaryDirectory, store: LocalStore) {
        let directory = try TemporaryDirectory(label)
        return (directory, try LocalStore(path: directory.file("store.db")))
    }

    static func fill(_ store: LocalStore, _ records: [SellerRecord]) throws {
        try store.write { for record in records { try store.upsert(record) } }
    }

    /// `count` records of `kind`, numbered so that ids, times and names all tie and interleave.
    static func records(_ kind: EntityKind, count: Int) -> [SellerRecord] {
        (0..<count).map { record(kind, $0) }
    }

    static func time(_ i: Int, spread: Int) -> Timestamp {
        Timestamp(millis: base + Int64((i * 7919) % spread) * 60_000)
    }

    static func record(_ kind: EntityKind, _ i: Int) -> SellerRecord {
        let name = names[(i * 5) % names.count], product = products[i % products.count]
        switch kind {
        case .orders:
            return .order(order("CS\(i)", status: OrderStatus.allCases[i % 4], name: name, product: product,
                                created: time(i, spread: 300), updated: time(i + 1, spread: 97)))
        case .instances:
            return .instance(Instance(
                instanceId: "INS\(i)", orderId: "CS\(i / 2)", orderLineId: "L\(i)", productId: "P1", skuCode: "S1",
                productName: product, customerId: "C\(i % 50)", customerName: name,
                status: InstanceStatus.allCases[i % 5], chargingMode: ChargingMode.allCases[i % 4],
                expireTime: i % 3 == 0 ? nil : time(i, spread: 211), updatedAt: time(i, spread: 401)))
        case .exceptions:
            let attempts = (0..<(i % 4)).map { n in
                CallAttempt(number: n + 1, at: time(i + n, spread: 150), trigger: .automatic, outcome: .failure,
                            httpStatus: 500, resultCode: "E500", latencyMs: 30, exceptionInfo: "connection timeout")
            }
            return .exception(ProduceMessage(
                messageId: "MSG\(i)", activity: Activity.allCases[i % Activity.allCases.count], interfaceVersion: .v2,
                orderId: "CS\(i / 3)", orderLineId: nil, instanceId: i % 2 == 0 ? "INS\(i)" : nil,
                productName: product, customerName: name, state: ExceptionState.allCases[i % 5],
                retryPolicy: .hourlyFor3h, firstFailureAt: time(i, spread: 150), windowEndsAt: time(i, spread: 77),
                exceptionInfo: "connection timeout", resultCode: nil, requestBody: "{}", responseBody: "",
                attempts: attempts, updatedAt: time(i, spread: 500)))
        case .supervision:
            return .supervision(task("T\(i)", orderId: "CS\(i)", name: name, product: product,
                                     node: SupervisionNode.allCases[i % 6], since: time(i, spread: 123),
                                     rejects: i % 5))
        case .tickets:
            return .ticket(ticket("CASE\(i)", orderId: i % 4 == 0 ? nil : "CS\(i)", name: name, product: product,
                                  status: TicketStatus.allCases[i % 7], created: time(i, spread: 333),
                                  updated: time(i, spread: 199)))
        case .calls:
            return .call(call("CALL\(i)", orderId: "CS\(i / 2)", outcome: CallOutcome.allCases[i % 3],
                              received: time(i, spread: 271), latency: i % 4 == 0 ? nil : (i * 37) % 900))
        }
    }

    static func call(_ id: String, orderId: String, outcome: CallOutcome, received: Timestamp,
                     latency: Int?) -> JournalCall {
        let activity = Activity.allCases[id.utf8.count % Activity.allCases.count].rawValue
        let arrival = JournalArrival(
            callId: id, origin: .marketplace, receivedAt: received, method: "POST", path: "/produce", query: "",
            headers: [], body: "{}", peer: "127.0.0.1:1", activity: activity, interfaceVersion: .v2,
            orderId: orderId, orderLineId: nil, instanceId: nil, license: nil, eventId: nil, testFlag: false,
            signature: .ok, signatureWork: "")
        let answer = outcome == .pending ? nil : JournalAnswer(
            answeredAt: received, latencyMs: latency ?? 0, status: 200, headers: [], body: "{}", bodyTruncated: false,
            transportError: nil, outcome: outcome, failureKind: nil, failureDetail: "", resultCode: "000000",
            answeredInstanceId: nil)
        return JournalCall(arrival: arrival, answer: answer, messageId: nil)
    }

    static func order(_ id: String, status: OrderStatus = .processing, name: String, product: String = "云服务器",
                      created: Timestamp, updated: Timestamp? = nil) -> Order {
        Order(orderId: id, orderType: .new, status: status, createTime: created,
              buyer: Buyer(customerId: "C-" + id, customerName: name),
              lines: [OrderLine(orderLineId: id + "-1", chargingMode: .period, currency: "99.00", productId: "P1",
                                skuCode: "S1", productName: product)],
              updatedAt: updated ?? created)
    }

    static func task(_ id: String, orderId: String, name: String, product: String, node: SupervisionNode,
                     since: Timestamp, rejects: Int) -> SupervisionTask {
        SupervisionTask(taskId: id, orderId: orderId, productName: product, customerName: name,
                        flowKind: .standardManual, scenario: .general, node: node, nodeSince: since,
                        rejectCount: rejects, requirementText: "需要部署", requirementFiles: [], deliverables: [],
                        actualServiceStartTime: nil, history: [], updatedAt: since)
    }

    static func ticket(_ id: String, orderId: String?, name: String, product: String, status: TicketStatus,
                       created: Timestamp, updated: Timestamp, title: String = "无法登录") -> Ticket {
        Ticket(caseId: id, orderId: orderId, productId: "P1", productName: product, customerId: "C1",
               customerName: name, assignee: "seller-ops", title: title, status: status, createTime: created,
               messages: [], updatedAt: updated)
    }

    // MARK: - What the store should return, computed in Swift

    /// The value a record sorts by, as the store keeps it.
    static func sortValue(_ record: SellerRecord, _ column: ListSortColumn) -> SortValue {
        let time = { (t: Timestamp) in SortValue.integer(t.millis) }
        switch (record, column) {
        case (.order(let o), .createTime): return time(o.createTime)
        case (.order(let o), .updatedAt): return time(o.updatedAt)
        case (.order(let o), .orderId): return .text(o.orderId)
        case (.order(let o), .customerName): return .text(o.buyer.customerName)
        case (.order(let o), .status): return .text(o.status.rawValue)
        case (.instance(let r), .updatedAt): return time(r.updatedAt)
        case (.instance(let r), .expireTime): return r.expireTime.map(time) ?? .null
        case (.instance(let r), .customerName): return .text(r.customerName)
        case (.instance(let r), .status): return .text(r.status.rawValue)
        case (.exception(let m), .lastAttemptAt): return time(m.lastAttemptAt)
        case (.exception(let m), .windowEndsAt): return time(m.windowEndsAt)
        case (.exception(let m), .attemptCount): return .integer(Int64(m.attemptCount))
        case (.exception(let m), .activity): return .text(m.activity.rawValue)
        case (.exception(let m), .state): return .text(m.state.rawValue)
        case (.supervision(let t), .nodeSince): return time(t.nodeSince)
        case (.supervision(let t), .rejectCount): return .integer(Int64(t.rejectCount))
        case (.supervision(let t), .customerName): return .text(t.customerName)
        case (.supervision(let t), .node): return .text(t.node.rawValue)
        case (.ticket(let t), .updatedAt): return time(t.updatedAt)
        case (.ticket(let t), .createTime): return time(t.createTime)
        case (.ticket(let t), .status): return .text(t.status.rawValue)
        case (.ticket(let t), .customerName): return .text(t.customerName)
        case (.call(let c), .receivedAt): return time(c.arrival.receivedAt)
        case (.call(let c), .latency): return c.answer.map { .integer(Int64($0.latencyMs)) } ?? .null
        case (.call(let c), .activity): return .text(c.arrival.activity ?? "")
        case (.call(let c), .outcome): return .text(c.outcome.rawValue)
        default: preconditionFailure("\(column) is not a column of \(record.kind)")
        }
    }

    /// The part of a record's search text the cross test's filters can hit: the customer name for the synced
    /// kinds; for a call its order id and the `outcome:`/`signature:`/`activity:` words with the outcome's label
    /// (the call fixtures carry no other text these filters match).
    static func searchable(_ record: SellerRecord) -> String {
        guard case .call(let call) = record else { return customerName(record) }
        let a = call.arrival
        return [a.orderId ?? "", "outcome:" + call.outcome.rawValue, call.outcome.label,
                "signature:" + a.signature.rawValue, "activity:" + (a.activity ?? "")].joined(separator: " ")
    }

    static func customerName(_ record: SellerRecord) -> String {
        switch record {
        case .order(let o): o.buyer.customerName
        case .instance(let r): r.customerName
        case .exception(let m): m.customerName
        case .supervision(let t): t.customerName
        case .ticket(let t): t.customerName
        case .call: ""
        }
    }

    static func status(_ record: SellerRecord) -> String {
        let column: ListSortColumn = switch record.kind {
        case .exceptions: .state
        case .supervision: .node
        case .calls: .outcome
        default: .status
        }
        if case .text(let value) = sortValue(record, column) { return value }
        return ""
    }

    /// The ids in list order: NULLs after every value ascending, ties in arrival order (the order of `records`,
    /// which must be the order they were first stored in: the rowid), text in byte order; descending is the exact
    /// reverse.
    static func expectedIDs(_ records: [SellerRecord], _ sort: ListSort) -> [String] {
        let keyed = records.enumerated().map { (sortValue($1, sort.column), $0, $1.id) }
        let ascending = keyed.sorted { lhs, rhs in
            if lhs.0 != rhs.0 { return less(lhs.0, rhs.0) }
            return lhs.1 < rhs.1
        }.map(\.2)
        return sort.descending ? ascending.reversed() : ascending
    }

    private static func less(_ lhs: SortValue, _ rhs: SortValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, _): false
        case (_, .null): true
        case (.integer(let a), .integer(let b)): a < b
        case (.text(let a), .text(let b)): a.utf8.lexicographicallyPrecedes(b.utf8)
        default: preconditionFailure("mixed sort values")
        }
    }

    /// Whether `text` contains `term` ignoring ASCII case, as SQLite's LIKE does.
    static func containsIgnoringASCIICase(_ text: String, _ term: String) -> Bool {
        func fold(_ s: String) -> [UInt8] { s.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 } }
        let haystack = fold(text), needle = fold(term)
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<($0 + needle.count)]) == needle }
    }

    // MARK: - Paging through the store

    /// Every row of `query`, following `after` keys from the top; checks each page's size and `hasMore`.
    static func pageForward(_ store: LocalStore, _ query: StoreListQuery) throws -> [[ListRow]] {
        var pages: [[ListRow]] = []
        var key: ListRowKey?
        repeat {
            let page = try store.page(query, after: key)
            guard pages.count < 10_000 else { throw PagingProblem("paging does not end") }
            if page.hasMore && page.rows.count != query.limit { throw PagingProblem("short page with more to come") }
            if !page.rows.isEmpty { pages.append(page.rows) }
            key = page.nextKey
        } while key != nil
        return pages
    }

    /// Every row of `query`, following `before` keys from the bottom; pages in the order they were fetched.
    static func pageBackward(_ store: LocalStore, _ query: StoreListQuery) throws -> [[ListRow]] {
        var pages: [[ListRow]] = []
        var page = try store.page(query, before: nil)
        if !page.rows.isEmpty { pages.append(page.rows) }
        while let key = page.previousKey {
            guard pages.count < 10_000 else { throw PagingProblem("paging does not end") }
            page = try store.page(query, before: key)
            if page.hasMore && page.rows.count != query.limit { throw PagingProblem("short page with more to come") }
            if !page.rows.isEmpty { pages.append(page.rows) }
        }
        return pages
    }
}

/// A paging helper found the store misbehaving (thrown rather than trapping, so the test reports it).
struct PagingProblem: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
