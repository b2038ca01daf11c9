import ConsoleUI
import ListContract
import SellerCore

// List rows for each kind: the fixture record's own row first, then rows with mixed-width and hostile text, a
// pending outbox action, a value from last year, and a status this build does not know.
extension PresentationFixtures {
    /// The rowid does not matter to a presentation (rows are told apart by id); a fixed one keeps goldens stable.
    static func key(_ id: String, _ time: Timestamp) -> ListRowKey {
        ListRowKey(sortValue: .integer(time.millis), rowid: 1, id: id)
    }

    /// An enum field as the store would hand it over, known to this build or not.
    static func raw<Value>(_ text: String) -> StoredValue<Value> { StoredValue(rawValue: text) }

    static let orderRows: [ListRow] = [
        ListRow(key: key(orderId, order.createTime), content: .order(OrderListRow(
            orderId: orderId, createTime: order.createTime, customerName: customer, productName: order.productName,
            orderType: raw("NEW"), status: raw("PROCESSING"), amount: "12800.00", currencyUnit: "CNY", pendingMark: nil,
            updatedAt: order.updatedAt))),
        ListRow(key: key("CS2611220817B4LVS", local(2026, 11, 22, 8, 17)), content: .order(OrderListRow(
            orderId: "CS2611220817B4LVS", createTime: local(2026, 11, 22, 8, 17), customerName: "Acme Corp 北京分公司",
            productName: "API网关 Gateway Pro", orderType: raw("RENEW"), status: raw("COMPLETED"), amount: "3600",
            currencyUnit: "CNY", pendingMark: PendingMark(.restart), updatedAt: local(2026, 11, 22, 9, 0)))),
        ListRow(key: key("CS2512301122ZZ9Q1", local(2025, 12, 30, 11, 22)), content: .order(OrderListRow(
            orderId: "CS2512301122ZZ9Q1", createTime: local(2025, 12, 30, 11, 22), customerName: hostile,
            productName: "旧版产品\n第二行", orderType: raw("UNSUBSCRIBE"), status: raw("CANCELLED"), amount: nil,
            currencyUnit: "CNY", pendingMark: nil, updatedAt: local(2025, 12, 30, 12, 0)))),
        ListRow(key: key("CS2611211900USD01", local(2026, 11, 21, 19, 0)), content: .order(OrderListRow(
            orderId: "CS2611211900USD01", createTime: local(2026, 11, 21, 19, 0), customerName: "Globex",
            productName: "Data Lake 数据湖", orderType: raw("CHANGE"), status: raw("ON_HOLD_V9"), amount: "-99.5",
            currencyUnit: "USD", pendingMark: nil, updatedAt: local(2026, 11, 21, 19, 5)))),
    ]

    static let instanceRows: [ListRow] = [
        ListRow(key: key(instanceId, instance.updatedAt), content: .instance(InstanceListRow(
            instanceId: instanceId, orderId: orderId, productName: instance.productName, customerName: customer,
            status: raw("NORMAL"), chargingMode: raw("PERIOD"), expireTime: instance.expireTime, pendingMark: nil,
            updatedAt: instance.updatedAt))),
        ListRow(key: key("a0b1c2d3-0000-4abc-8def-0123456B4LVS", local(2026, 11, 22, 9, 0)), content: .instance(
            InstanceListRow(instanceId: "a0b1c2d3-0000-4abc-8def-0123456B4LVS", orderId: "CS2611220817B4LVS",
                            productName: "API网关 Gateway Pro", customerName: "Acme Corp 北京分公司",
                            status: raw("PROVISION_FAILED"), chargingMode: raw("ON_DEMAND"), expireTime: nil,
                            pendingMark: PendingMark(.restart), updatedAt: local(2026, 11, 22, 9, 0)))),
        ListRow(key: key("ffff0000-1111-4222-8333-44445555ZZ9Q1", local(2025, 12, 30, 12, 0)), content: .instance(
            InstanceListRow(instanceId: "ffff0000-1111-4222-8333-44445555ZZ9Q1", orderId: "CS2512301122ZZ9Q1",
                            productName: "旧版产品", customerName: hostile, status: raw("RELEASED"),
                            chargingMode: raw("ON_DEMAND_PKG"), expireTime: local(2025, 12, 31, 23, 59),
                            pendingMark: nil, updatedAt: local(2025, 12, 30, 12, 0)))),
    ]

    static let exceptionRows: [ListRow] = [
        ListRow(key: key(messageId, exception.lastAttemptAt), content: .exception(ExceptionListRow(
            messageId: messageId, lastAttemptAt: exception.lastAttemptAt, activity: raw("upgradeInstance"),
            orderId: orderId,
            instanceId: instanceId, attemptCount: 3, windowEndsAt: exception.windowEndsAt,
            exceptionInfo: exception.exceptionInfo, state: raw("RETRYING"), customerName: customer,
            productName: exception.productName, pendingMark: nil))),
        ListRow(key: key("PM7TQ2A", local(2026, 11, 23, 13, 50)), content: .exception(ExceptionListRow(
            messageId: "PM7TQ2A", lastAttemptAt: local(2026, 11, 23, 13, 50), activity: raw("newInstance"),
            orderId: "CS2611231150NEW01", instanceId: nil, attemptCount: 3, windowEndsAt: local(2026, 11, 23, 14, 20),
            exceptionInfo: "Connection refused 连接被拒绝", state: raw("RETRYING"), customerName: "Acme Corp 北京分公司",
            productName: "API网关 Gateway Pro", pendingMark: PendingMark(.restart)))),
        ListRow(key: key("PM0EXH1", local(2026, 11, 21, 9, 0)), content: .exception(ExceptionListRow(
            messageId: "PM0EXH1", lastAttemptAt: local(2026, 11, 21, 9, 0), activity: raw("refreshLicenseCode"),
            orderId: "CS2611210700LIC02", instanceId: "lic-77aa", attemptCount: 60, windowEndsAt: local(2026, 11, 21, 9, 0),
            exceptionInfo: hostile, state: raw("EXHAUSTED"), customerName: hostile, productName: "工业软件License",
            pendingMark: nil))),
        ListRow(key: key("PM0RES2", local(2026, 11, 20, 16, 0)), content: .exception(ExceptionListRow(
            messageId: "PM0RES2", lastAttemptAt: local(2026, 11, 20, 16, 0), activity: raw("tenantSync"),
            orderId: "CS2611201500RES03", instanceId: nil, attemptCount: 2, windowEndsAt: local(2026, 11, 20, 17, 0),
            exceptionInfo: "", state: raw("RESOLVED"), customerName: "Globex", productName: "Kit", pendingMark: nil))),
    ]

    static let supervisionRows: [ListRow] = [
        ListRow(key: key(taskId, supervision.nodeSince), content: .supervision(SupervisionListRow(
            taskId: taskId, orderId: orderId, customerName: customer, productName: supervision.productName,
            node: raw("WAIT_BUYER_ACCEPT"), nodeSince: supervision.nodeSince, rejectCount: 2,
            scenario: raw("EMPOWER_CLOUD"),
            flowKind: raw("STANDARD_MANUAL"), pendingMark: nil))),
        ListRow(key: key("SVQ4W8E", local(2026, 11, 21, 9, 0)), content: .supervision(SupervisionListRow(
            taskId: "SVQ4W8E", orderId: "CS2611201000SUP02", customerName: "Acme Corp 北京分公司",
            productName: "等保2.0咨询服务", node: raw("WAIT_SELLER_CONFIRM"), nodeSince: local(2026, 11, 21, 9, 0),
            rejectCount: 4, scenario: raw("GENERAL"), flowKind: raw("STANDARD_MANUAL"),
            pendingMark: PendingMark(.confirmRequirement)))),
        ListRow(key: key("SVDONE3", local(2026, 10, 1, 9, 0)), content: .supervision(SupervisionListRow(
            taskId: "SVDONE3", orderId: "CS2609010900SUP03", customerName: hostile, productName: "硬件一体机",
            node: raw("COMPLETED"), nodeSince: local(2026, 10, 1, 9, 0), rejectCount: 0, scenario: raw("BASE_CLOUD"),
            flowKind: raw("HARDWARE"), pendingMark: nil))),
    ]

    static let ticketRows: [ListRow] = [
        ListRow(key: key(caseId, ticket.updatedAt), content: .ticket(TicketListRow(
            caseId: caseId, title: ticket.title, customerName: customer, status: raw("IN_PROGRESS"),
            updatedAt: ticket.updatedAt, createTime: ticket.createTime, messageCount: 3, productName: ticket.productName,
            orderId: orderId, pendingMark: nil))),
        ListRow(key: key("TT202611230800AB12C", local(2026, 11, 23, 8, 0)), content: .ticket(TicketListRow(
            caseId: "TT202611230800AB12C", title: "How to reset the admin password? 管理员密码如何重置？",
            customerName: "Acme Corp 北京分公司", status: raw("PENDING_ACCEPT"), updatedAt: local(2026, 11, 23, 8, 0),
            createTime: local(2026, 11, 23, 8, 0), messageCount: 1, productName: "API网关 Gateway Pro", orderId: nil,
            pendingMark: PendingMark(.acceptTicket)))),
        ListRow(key: key("TT202510010900ZZ99Z", local(2025, 10, 2, 9, 0)), content: .ticket(TicketListRow(
            caseId: "TT202510010900ZZ99Z", title: hostile, customerName: hostile, status: raw("DONE"),
            updatedAt: local(2025, 10, 2, 9, 0), createTime: local(2025, 10, 1, 9, 0), messageCount: 12,
            productName: "旧版产品", orderId: nil, pendingMark: nil))),
    ]

    /// Journalled calls: a success, a hostile failure, one still waiting for its answer.
    static let callRows: [ListRow] = [
        ListRow(key: key("C20251001090000001", local(2025, 10, 1, 9, 0)), content: .call(CallListRow(
            callId: "C20251001090000001", receivedAt: local(2025, 10, 1, 9, 0), origin: .known(.marketplace),
            activity: "newInstance", orderId: "CS2510010900ABCDE", instanceId: "ins-1", signature: .known(.ok),
            outcome: .known(.success), status: 200, latencyMs: 42, failureDetail: "", resultCode: "000000",
            eventId: nil, messageId: nil, pendingMark: nil))),
        ListRow(key: key("C20251001091000002", local(2025, 10, 1, 9, 10)), content: .call(CallListRow(
            callId: "C20251001091000002", receivedAt: local(2025, 10, 1, 9, 10), origin: .known(.replay),
            activity: hostile, orderId: hostile, instanceId: nil, signature: .known(.mismatch),
            outcome: .known(.failure), status: 500, latencyMs: 1_250, failureDetail: hostile, resultCode: nil,
            eventId: nil, messageId: "J-1", pendingMark: PendingMark(.replayCall)))),
        ListRow(key: key("C20251001092000003", local(2025, 10, 1, 9, 20)), content: .call(CallListRow(
            callId: "C20251001092000003", receivedAt: local(2025, 10, 1, 9, 20), origin: raw("FUTURE_ORIGIN"),
            activity: "getLicenseAsync", orderId: nil, instanceId: nil, signature: raw("NEW_VERDICT"),
            outcome: .known(.pending), status: nil, latencyMs: nil, failureDetail: "", resultCode: nil,
            eventId: "EV-1", messageId: nil, pendingMark: nil))),
    ]

    /// Every kind's rows.
    static func rows(for kind: EntityKind) -> [ListRow] {
        switch kind {
        case .orders: orderRows
        case .instances: instanceRows
        case .exceptions: exceptionRows
        case .supervision: supervisionRows
        case .tickets: ticketRows
        case .calls: callRows
        }
    }
}
