import SellerCore
import Testing

/// docs/KOOGALLERY.md §8.1 and §13.b.3, written out as a table: one row per action, one column per status in the
/// order of `statuses`. `WAITING_CUSTOMER` is a paused `IN_PROGRESS` (the SLA stops while the customer is asked),
/// so the seller may still reply or resolve there and the customer may still withdraw.
@Suite struct TicketFlowTests {
    static let statuses: [TicketStatus] = [.pendingAccept, .inProgress, .waitingCustomer, .waitingConfirm, .done,
                                           .withdrawn, .invalid]

    typealias E = Expected<TicketStatus>
    static let table: [(TicketAction, [E])] = [
        // pendingAccept, inProgress, waitingCustomer, waitingConfirm, done, withdrawn, invalid
        (.sellerAccept, [.to(.inProgress), .refused, .refused, .refused, .refused, .refused, .refused]),
        (.sellerReply(content: "您好,正在排查", waitForCustomer: false),
         [.refused, .to(.inProgress), .to(.inProgress), .refused, .refused, .refused, .refused]),
        (.sellerReply(content: "请提供报错截图", waitForCustomer: true),
         [.refused, .to(.waitingCustomer), .to(.waitingCustomer), .refused, .refused, .refused, .refused]),
        (.sellerReply(content: " \n\t", waitForCustomer: true),
         [.refused, .refused, .refused, .refused, .refused, .refused, .refused]),
        (.sellerResolve(cause: "配置错误", solution: "已修正回调地址"),
         [.refused, .to(.waitingConfirm), .to(.waitingConfirm), .refused, .refused, .refused, .refused]),
        (.sellerResolve(cause: "", solution: "已修正"),
         [.refused, .refused, .refused, .refused, .refused, .refused, .refused]),
        (.sellerResolve(cause: "配置错误", solution: "  "),
         [.refused, .refused, .refused, .refused, .refused, .refused, .refused]),
        (.customerReply(content: "截图见附件"),
         [.to(.pendingAccept), .to(.inProgress), .to(.inProgress), .to(.waitingConfirm), .refused, .refused, .refused]),
        (.customerConfirm, [.refused, .refused, .refused, .to(.done), .refused, .refused, .refused]),
        (.customerReopen(content: "问题仍然存在"),
         [.refused, .refused, .refused, .to(.inProgress), .refused, .refused, .refused]),
        (.customerWithdraw,
         [.to(.withdrawn), .to(.withdrawn), .to(.withdrawn), .refused, .refused, .refused, .refused]),
        (.platformInvalidate,
         [.to(.invalid), .to(.invalid), .to(.invalid), .to(.invalid), .refused, .refused, .refused]),
    ]

    @Test func everyActionInEveryStatus() {
        for (action, row) in Self.table {
            #expect(row.count == Self.statuses.count)
            for (status, expected) in zip(Self.statuses, row) {
                check(expected, code: "TICKET.ILLEGAL_TRANSITION", stateLabel: status.label, actionName: action.name) {
                    try TicketFlow.next(after: action, from: status)
                }
            }
        }
        #expect(Set(Self.statuses) == Set(TicketStatus.allCases), "the table covers every status")
    }

    @Test func refusalsExplainThemselves() {
        #expect(refusal { try TicketFlow.next(after: .sellerAccept, from: .inProgress) } == "the ticket is already accepted")
        #expect(refusal { try TicketFlow.next(after: .sellerReply(content: "x", waitForCustomer: false), from: .pendingAccept) }
                == "accept the ticket before replying")
        #expect(refusal { try TicketFlow.next(after: .sellerReply(content: "", waitForCustomer: false), from: .inProgress) }
                == "a reply needs text")
        #expect(refusal { try TicketFlow.next(after: .sellerResolve(cause: "a", solution: ""), from: .inProgress) }
                == "resolving needs both the cause and the solution")
        #expect(refusal { try TicketFlow.next(after: .sellerResolve(cause: "a", solution: "b"), from: .pendingAccept) }
                == "accept the ticket before resolving it")
        #expect(refusal { try TicketFlow.next(after: .customerReply(content: "x"), from: .done) } == "the ticket is closed (\(TicketStatus.done.englishLabel))")
    }

    private func ticket(_ status: TicketStatus) -> Ticket {
        Ticket(caseId: "TT2611211530K7Q2M", orderId: nil, productId: "OFFI1", productName: "企业网盘", customerId: "c1",
               customerName: "杭州云帆", assignee: "主账号", title: "无法登录", status: status,
               createTime: Timestamp(seconds: 1_000), messages: [], updatedAt: Timestamp(seconds: 1_000))
    }

    @Test func applyRecordsMessagesAndResolution() throws {
        var t = ticket(.pendingAccept)
        try TicketFlow.apply(.sellerAccept, to: &t, at: Timestamp(seconds: 2_000), messageId: "m0")
        #expect(t.status == .inProgress && t.messages.isEmpty && t.updatedAt == Timestamp(seconds: 2_000))

        try TicketFlow.apply(.sellerReply(content: "请提供截图", waitForCustomer: true), to: &t,
                             at: Timestamp(seconds: 3_000), messageId: "m1")
        #expect(t.status == .waitingCustomer)
        #expect(t.messages == [TicketMessage(messageId: "m1", author: .seller, content: "请提供截图",
                                             createTime: Timestamp(seconds: 3_000))])

        try TicketFlow.apply(.customerReply(content: "已上传"), to: &t, at: Timestamp(seconds: 4_000), messageId: "m2")
        #expect(t.status == .inProgress)
        #expect(t.messages.last == TicketMessage(messageId: "m2", author: .customer, content: "已上传",
                                                 createTime: Timestamp(seconds: 4_000)))

        try TicketFlow.apply(.sellerResolve(cause: "密码过期", solution: "已重置"), to: &t, at: Timestamp(seconds: 5_000),
                             messageId: "m3")
        #expect(t.status == .waitingConfirm && t.cause == "密码过期" && t.solution == "已重置")
        #expect(t.messages.count == 2, "resolving adds no message")

        try TicketFlow.apply(.customerReopen(content: "还是不行"), to: &t, at: Timestamp(seconds: 6_000), messageId: "m4")
        #expect(t.status == .inProgress && t.messages.last?.author == .customer && t.messages.count == 3)

        try TicketFlow.apply(.sellerResolve(cause: "缓存", solution: "已清理"), to: &t, at: Timestamp(seconds: 7_000),
                             messageId: "m5")
        try TicketFlow.apply(.customerConfirm, to: &t, at: Timestamp(seconds: 8_000), messageId: "m6")
        #expect(t.status == .done && t.updatedAt == Timestamp(seconds: 8_000))
    }

    @Test func refusedApplyChangesNothing() {
        var t = ticket(.done)
        let before = t
        #expect(refusal {
            try TicketFlow.apply(.customerReply(content: "再问一下"), to: &t, at: Timestamp(seconds: 9_000), messageId: "m")
        } != nil)
        #expect(t == before)
    }
}
