/// Something that moves a ticket (§8.1, §13.b.3).
public enum TicketAction: Equatable, Sendable {
    /// 受理.
    case sellerAccept
    /// 留言, optionally setting 待客户反馈 (the SLA pauses while waiting).
    case sellerReply(content: String, waitForCustomer: Bool)
    /// 确认解决 with 出现原因 and 解决方案.
    case sellerResolve(cause: String, solution: String)
    case customerReply(content: String)
    case customerConfirm
    case customerReopen(content: String)
    case customerWithdraw
    case platformInvalidate

    public var name: String {
        switch self {
        case .sellerAccept: "受理"
        case .sellerReply: "留言"
        case .sellerResolve: "确认解决"
        case .customerReply: "客户留言"
        case .customerConfirm: "客户确认解决"
        case .customerReopen: "客户反馈未解决"
        case .customerWithdraw: "撤销"
        case .platformInvalidate: "置为无效"
        }
    }
}

/// The pure transition function of tickets.
public enum TicketFlow {
    public static func next(after action: TicketAction, from status: TicketStatus)
        throws(TransitionError) -> TicketStatus {
        func refuse(_ reason: String, _ chinese: String) -> TransitionError {
            TransitionError(code: "TICKET.ILLEGAL_TRANSITION", state: status.label, action: action.name, reason: reason,
                            chineseReason: chinese)
        }
        if status.isClosed { throw refuse("the ticket is closed (\(status.englishLabel))", "工单已关闭") }
        switch (action, status) {
        case (.sellerAccept, .pendingAccept): return .inProgress
        case (.sellerAccept, _): throw refuse("the ticket is already accepted", "工单已经受理过了")
        case (.sellerReply(let content, let wait), .inProgress), (.sellerReply(let content, let wait), .waitingCustomer):
            guard !content.trimmingWhitespace.isEmpty else { throw refuse("a reply needs text", "留言内容不能为空") }
            return wait ? .waitingCustomer : .inProgress
        case (.sellerReply, .pendingAccept): throw refuse("accept the ticket before replying", "请先受理工单，再留言")
        case (.sellerResolve(let cause, let solution), .inProgress),
             (.sellerResolve(let cause, let solution), .waitingCustomer):
            guard !cause.trimmingWhitespace.isEmpty, !solution.trimmingWhitespace.isEmpty else {
                throw refuse("resolving needs both the cause and the solution", "确认解决需要填写出现原因和解决方案")
            }
            return .waitingConfirm
        case (.sellerResolve, .pendingAccept): throw refuse("accept the ticket before resolving it", "请先受理工单，再确认解决")
        case (.customerReply, .waitingCustomer): return .inProgress
        case (.customerReply, _): return status
        case (.customerConfirm, .waitingConfirm): return .done
        case (.customerReopen, .waitingConfirm): return .inProgress
        case (.customerWithdraw, .pendingAccept), (.customerWithdraw, .inProgress),
             (.customerWithdraw, .waitingCustomer): return .withdrawn
        case (.platformInvalidate, _): return .invalid
        default: throw refuse("not possible in this state", "当前状态下不能这样操作")
        }
    }

    /// Applies `action` to `ticket` at `now`, appending its message when it carries one.
    public static func apply(_ action: TicketAction, to ticket: inout Ticket, at now: Timestamp, messageId: String)
        throws(TransitionError) {
        let target = try next(after: action, from: ticket.status)
        switch action {
        case .sellerReply(let content, _):
            ticket.messages.append(TicketMessage(messageId: messageId, author: .seller, content: content, createTime: now))
        case .customerReply(let content), .customerReopen(let content):
            ticket.messages.append(TicketMessage(messageId: messageId, author: .customer, content: content,
                                                 createTime: now))
        case .sellerResolve(let cause, let solution):
            ticket.cause = cause
            ticket.solution = solution
        default:
            break
        }
        ticket.status = target
        ticket.updatedAt = now
    }
}
