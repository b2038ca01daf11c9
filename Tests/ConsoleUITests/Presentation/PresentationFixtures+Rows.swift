import ConsoleUI
import ListContract
import SellerCore

// List rows for each kind: the fixture record's own row first, then rows with mixed-width and hostile text, a
// pending outbox action, a value from last year, and a status this build does not know.
extension PresentationFixtures {
    static func key(_ id: String, _ time: Timestamp) -> ListRowKey {
        ListRowKey(sortValue: .integer(time.millis), id: id)
    }

    static let orderRows: [ListRow] = [
        ListRow(key: key(orderId, order.createTime), content: .order(OrderListRow(
            orderId: orderId, createTime: order.createTime, customerName: customer, productName: order.productName,
            orderType: "NEW", status: "PROCESSING", amount: "12800.00", currencyUnit: "CNY", pendingAction: nil,
            updatedAt: order.updatedAt))),
        ListRow(key: key("CS2611220817B4LVS", local(2026, 11, 22, 8, 17)), content: .order(OrderListRow(
            orderId: "CS2611220817B4LVS", createTime: local(2026, 11, 22, 8, 17), customerName: "Acme Corp 北京分公司",
            productName: "API网关 Gateway Pro", orderType: "RENEW", status: "COMPLETED", amount: "3600",
            currencyUnit: "CNY", pendingAction: "resend", updatedAt: local(2026, 11, 22, 9, 0)))),
        ListRow(key: key("CS2512301122ZZ9Q1", local(2025, 12, 30, 11, 22)), content: .order(OrderListRow(
            orderId: "CS2512301122ZZ9Q1", createTime: local(2025, 12, 30, 11, 22), customerName: hostile,
            productName: "旧版产品\n第二行", orderType: "UNSUBSCRIBE", status: "CANCELLED", amount: nil,
            currencyUnit: "CNY", pendingAction: nil, updatedAt: local(2025, 12, 30, 12, 0)))),
        ListRow(key: key("CS2611211900USD01", local(2026, 11, 21, 19, 0)), content: .order(OrderListRow(
            orderId: "CS2611211900USD01", createTime: local(2026, 11, 21, 19, 0), customerName: "Globex",
            productName: "Data Lake 数据湖", orderType: "CHANGE", status: "ON_HOLD_V9", amount: "-99.5",
            currencyUnit: "USD", pendingAction: nil, updatedAt: local(2026, 11, 21, 19, 5)))),
    ]

    static let instanceRows: [ListRow] = [
        ListRow(key: key(instanceId, instance.updatedAt), content: .instance(InstanceListRow(
            instanceId: instanceId, orderId: orderId, productName: instance.productName, customerName: customer,
            status: "NORMAL", chargingMode: "PERIOD", expireTime: instance.expireTime, pendingAction: nil,
            updatedAt: instance.updatedAt))),
        ListRow(key: key("a0b1c2d3-0000-4abc-8def-0123456B4LVS", local(2026, 11, 22, 9, 0)), content: .instance(
            InstanceListRow(instanceId: "a0b1c2d3-0000-4abc-8def-0123456B4LVS", orderId: "CS2611220817B4LVS",
                            productName: "API网关 Gateway Pro", customerName: "Acme Corp 北京分公司",
                            status: "PROVISION_FAILED", chargingMode: "ON_DEMAND", expireTime: nil,
                            pendingAction: "retry", updatedAt: local(2026, 11, 22, 9, 0)))),
        ListRow(key: key("ffff0000-1111-4222-8333-44445555ZZ9Q1", local(2025, 12, 30, 12, 0)), content: .instance(
            InstanceListRow(instanceId: "ffff0000-1111-4222-8333-44445555ZZ9Q1", orderId: "CS2512301122ZZ9Q1",
                            productName: "旧版产品", customerName: hostile, status: "RELEASED",
                            chargingMode: "ON_DEMAND_PKG", expireTime: local(2025, 12, 31, 23, 59),
                            pendingAction: nil, updatedAt: local(2025, 12, 30, 12, 0)))),
    ]

    static let exceptionRows: [ListRow] = [
        ListRow(key: key(messageId, exception.lastAttemptAt), content: .exception(ExceptionListRow(
            messageId: messageId, lastAttemptAt: exception.lastAttemptAt, activity: "upgradeInstance", orderId: orderId,
            instanceId: instanceId, attemptCount: 3, windowEndsAt: exception.windowEndsAt,
            exceptionInfo: exception.exceptionInfo, state: "RETRYING", customerName: customer,
            productName: exception.productName, pendingAction: nil))),
        ListRow(key: key("PM7TQ2A", local(2026, 11, 23, 13, 50)), content: .exception(ExceptionListRow(
            messageId: "PM7TQ2A", lastAttemptAt: local(2026, 11, 23, 13, 50), activity: "newInstance",
            orderId: "CS2611231150NEW01", instanceId: nil, attemptCount: 3, windowEndsAt: local(2026, 11, 23, 14, 20),
            exceptionInfo: "Connection refused 连接被拒绝", state: "RETRYING", customerName: "Acme Corp 北京分公司",
            productName: "API网关 Gateway Pro", pendingAction: "MANUAL_RETRY"))),
        ListRow(key: key("PM0EXH1", local(2026, 11, 21, 9, 0)), content: .exception(ExceptionListRow(
            messageId: "PM0EXH1", lastAttemptAt: local(2026, 11, 21, 9, 0), activity: "refreshLicenseCode",
            orderId: "CS2611210700LIC02", instanceId: "lic-77aa", attemptCount: 60, windowEndsAt: local(2026, 11, 21, 9, 0),
            exceptionInfo: hostile, state: "EXHAUSTED", customerName: hostile, productName: "工业软件License",
            pendingAction: nil))),
        ListRow(key: key("PM0RES2", local(2026, 11, 20, 16, 0)), content: .exception(ExceptionListRow(
            messageId: "PM0RES2", lastAttemptAt: local(2026, 11, 20, 16, 0), activity: "tenantSync",
            orderId: "CS2611201500RES03", instanceId: nil, attemptCount: 2, windowEndsAt: local(2026, 11, 20, 17, 0),
            exceptionInfo: "", state: "RESOLVED", customerName: "Globex", productName: "Kit", pendingAction: nil))),
    ]

    static let supervisionRows: [ListRow] = [
        ListRow(key: key(taskId, supervision.nodeSince), content: .supervision(SupervisionListRow(
            taskId: taskId, orderId: orderId, customerName: customer, productName: supervision.productName,
            node: "WAIT_BUYER_ACCEPT", nodeSince: supervision.nodeSince, rejectCount: 2, scenario: "EMPOWER_CLOUD",
            flowKind: "STANDARD_MANUAL", pendingAction: nil))),
        ListRow(key: key("SVQ4W8E", local(2026, 11, 21, 9, 0)), content: .supervision(SupervisionListRow(
            taskId: "SVQ4W8E", orderId: "CS2611201000SUP02", customerName: "Acme Corp 北京分公司",
            productName: "等保2.0咨询服务", node: "WAIT_SELLER_CONFIRM", nodeSince: local(2026, 11, 21, 9, 0),
            rejectCount: 4, scenario: "GENERAL", flowKind: "STANDARD_MANUAL", pendingAction: "CONFIRM"))),
        ListRow(key: key("SVDONE3", local(2026, 10, 1, 9, 0)), content: .supervision(SupervisionListRow(
            taskId: "SVDONE3", orderId: "CS2609010900SUP03", customerName: hostile, productName: "硬件一体机",
            node: "COMPLETED", nodeSince: local(2026, 10, 1, 9, 0), rejectCount: 0, scenario: "BASE_CLOUD",
            flowKind: "HARDWARE", pendingAction: nil))),
    ]

    static let ticketRows: [ListRow] = [
        ListRow(key: key(caseId, ticket.updatedAt), content: .ticket(TicketListRow(
            caseId: caseId, title: ticket.title, customerName: customer, status: "IN_PROGRESS",
            updatedAt: ticket.updatedAt, createTime: ticket.createTime, messageCount: 3, productName: ticket.productName,
            orderId: orderId, pendingAction: nil))),
        ListRow(key: key("TT202611230800AB12C", local(2026, 11, 23, 8, 0)), content: .ticket(TicketListRow(
            caseId: "TT202611230800AB12C", title: "How to reset the admin password? 管理员密码如何重置？",
            customerName: "Acme Corp 北京分公司", status: "PENDING_ACCEPT", updatedAt: local(2026, 11, 23, 8, 0),
            createTime: local(2026, 11, 23, 8, 0), messageCount: 1, productName: "API网关 Gateway Pro", orderId: nil,
            pendingAction: "ACCEPT"))),
        ListRow(key: key("TT202510010900ZZ99Z", local(2025, 10, 2, 9, 0)), content: .ticket(TicketListRow(
            caseId: "TT202510010900ZZ99Z", title: hostile, customerName: hostile, status: "DONE",
            updatedAt: local(2025, 10, 2, 9, 0), createTime: local(2025, 10, 1, 9, 0), messageCount: 12,
            productName: "旧版产品", orderId: nil, pendingAction: nil))),
    ]

    /// Every kind's rows.
    static func rows(for kind: EntityKind) -> [ListRow] {
        switch kind {
        case .orders: orderRows
        case .instances: instanceRows
        case .exceptions: exceptionRows
        case .supervision: supervisionRows
        case .tickets: ticketRows
        }
    }
}
