import ListContract
import SellerCore
import SellerStore
import Testing

/// The summary columns a row carries, the truncation of long free text, and the links of an order.
@Suite struct ListQueryRowTests {
    @Test func rowsCarryTheSummaryColumnsOfTheirKind() throws {
        let (directory, store) = try ListFixtures.makeStore("list-rows")
        defer { withExtendedLifetime(directory) {} }
        for kind in EntityKind.allCases { try ListFixtures.fill(store, [ListFixtures.record(kind, 4)]) }

        let order = try #require(try store.page(StoreListQuery(kind: .orders)).rows.first)
        guard case .order(let o) = order.content else { Issue.record("not an order row"); return }
        #expect(o.orderId == "CS4" && o.status == .known(.pendingPayment) && o.statusLabel == "待支付")
        #expect(o.amount == "99.00" && o.currencyUnit == "CNY" && o.orderTypeLabel == "新购")
        #expect(o.customerName == ListFixtures.names[20 % ListFixtures.names.count] && o.productName == "对象存储")

        let instance = try #require(try store.page(StoreListQuery(kind: .instances)).rows.first)
        guard case .instance(let i) = instance.content else { Issue.record("not an instance row"); return }
        #expect(i.instanceId == "INS4" && i.orderId == "CS2" && i.expireTime == ListFixtures.time(4, spread: 211))
        #expect(i.statusLabel == InstanceStatus.released.label && i.chargingMode == .known(.period))

        let task = try #require(try store.page(StoreListQuery(kind: .supervision)).rows.first)
        guard case .supervision(let t) = task.content else { Issue.record("not a task row"); return }
        #expect(t.taskId == "T4" && t.rejectCount == 4 && t.nodeLabel == SupervisionNode.allCases[4].label)
        #expect(t.flowKindLabel == FlowKind.standardManual.label && t.scenario == .known(.general))

        let ticket = try #require(try store.page(StoreListQuery(kind: .tickets)).rows.first)
        guard case .ticket(let c) = ticket.content else { Issue.record("not a ticket row"); return }
        #expect(c.caseId == "CASE4" && c.orderId == nil && c.title == "无法登录" && c.messageCount == 0)
        #expect(ticket.kind == .tickets && ticket.id == "CASE4" && ticket.pendingMark == nil)
    }

    @Test func longFreeTextIsCutInSQL() throws {
        let (directory, store) = try ListFixtures.makeStore("list-long")
        defer { withExtendedLifetime(directory) {} }
        guard case .exception(var message) = ListFixtures.record(.exceptions, 3) else { return }
        message.exceptionInfo = String(repeating: "超时", count: 500_000)
        message.customerName = String(repeating: "名", count: 300)
        guard case .ticket(var ticket) = ListFixtures.record(.tickets, 3) else { return }
        ticket.title = String(repeating: "题", count: 1_000)
        ticket.customerName = String(repeating: "客", count: 300)
        try ListFixtures.fill(store, [.exception(message), .ticket(ticket)])

        let row = try #require(try store.page(StoreListQuery(kind: .exceptions)).rows.first)
        guard case .exception(let e) = row.content else { Issue.record("not an exception row"); return }
        #expect(e.exceptionInfo.count == 200 && e.exceptionInfo.hasPrefix("超时超时"))
        #expect(e.customerName.count == 200)
        #expect(e.attemptCount == 3 && e.stateLabel == ExceptionState.allCases[3].label && e.instanceId == nil)

        // The shown name is cut, but the sort key keeps the full name, so paging by name stays exact.
        let ticketRow = try #require(try store.page(StoreListQuery(kind: .tickets, sort: ListSort(.customerName)))
            .rows.first)
        guard case .ticket(let t) = ticketRow.content else { Issue.record("not a ticket row"); return }
        #expect(t.title.count == 200 && t.customerName.count == 200)
        #expect(ticketRow.key.sortValue == .text(ticket.customerName))
    }

    @Test func linksOfAnOrder() throws {
        let (directory, store) = try ListFixtures.makeStore("list-links")
        defer { withExtendedLifetime(directory) {} }
        // Instances INS2k, INS2k+1 belong to CS(k); exceptions MSG3k…3k+2 to CS(k); task and ticket Tn/CASEn to CSn.
        for kind in EntityKind.allCases { try ListFixtures.fill(store, ListFixtures.records(kind, count: 40)) }
        let links = try store.links(ofOrder: "CS5")
        #expect(links.instanceIDs == ["INS10", "INS11"])
        #expect(links.exceptionIDs == ["MSG15", "MSG16", "MSG17"])
        #expect(links.supervisionTaskIDs == ["T5"])
        #expect(links.ticketIDs == ["CASE5"])
        #expect(try store.links(ofOrder: "CS5", limit: 1).instanceIDs == ["INS10"])
        #expect(try store.links(ofOrder: "CS4").ticketIDs == [])
        #expect(try store.links(ofOrder: "nope").isEmpty)
    }
}
