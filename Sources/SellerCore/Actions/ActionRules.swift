/// What the state machines judge a seller action by: an exception's state, a supervision task (its node, flow and
/// scenario), a ticket's status.
public enum ActionTargetState: Sendable {
    case exception(ExceptionState)
    case supervision(SupervisionTask)
    case ticket(TicketStatus)
    /// A message from the relay's journal: 重新启动 belongs to Seller Center, replay to the console.
    case journalException(ExceptionState)
    /// A journalled call.
    case call(JournalCall)
    /// A record no seller action applies to.
    case other

    public init(_ record: SellerRecord) {
        switch record {
        case .exception(let message):
            self = message.source == .journal ? .journalException(message.state) : .exception(message.state)
        case .call(let call): self = .call(call)
        case .supervision(let task): self = .supervision(task)
        case .ticket(let ticket): self = .ticket(ticket.status)
        case .order, .instance: self = .other
        }
    }
}

/// Whether an action is allowed on its target as the store last saw it, by the same state machines the
/// simulator applies (docs/KOOGALLERY.md §13.b), so the console refuses at once with the reason instead of queueing
/// something the marketplace will refuse.
public enum ActionRules {
    /// Why `action` is not allowed on `record`, or nil when it is. A record of another kind or id is a refusal.
    public static func refusal(of action: SellerAction, on record: SellerRecord, at now: Timestamp)
        -> TransitionError? {
        guard record.kind == action.targetKind, record.id == action.targetId else {
            return TransitionError(code: "ACTION.WRONG_TARGET", state: "", action: action.kind.label,
                                   reason: "the action is for \(action.targetId), not \(record.id)",
                                   chineseReason: "这个操作属于 \(action.targetId)，不是 \(record.id)")
        }
        return refusal(of: action, in: ActionTargetState(record), at: now)
    }

    /// Why `action` is not allowed in `state`, or nil when it is.
    public static func refusal(of action: SellerAction, in state: ActionTargetState, at now: Timestamp)
        -> TransitionError? {
        do throws(TransitionError) {
            switch (action, state) {
            case (.restart, .exception(let state)):
                _ = try ExceptionFlow.next(after: .requestManualRetry, from: state)
            case (.confirmRequirement, .supervision(let task)):
                _ = try SupervisionFlow.next(after: .sellerConfirmRequirement, for: task)
            case (.rejectRequirement(_, let reason), .supervision(let task)):
                _ = try SupervisionFlow.next(after: .sellerRejectRequirement(reason: reason), for: task)
            case (.deliver(_, let files, let start), .supervision(let task)):
                let evidence = files.map {
                    SupervisionFile(fileName: $0.fileName, size: $0.size, sha256: $0.sha256, kind: $0.kind,
                                    uploadedAt: now)
                }
                _ = try SupervisionFlow.next(after: .sellerDeliver(files: evidence, actualStart: start), for: task)
            case (.acceptTicket, .ticket(let status)):
                _ = try TicketFlow.next(after: .sellerAccept, from: status)
            case (.replyTicket(_, let content, let wait, _), .ticket(let status)):
                _ = try TicketFlow.next(after: .sellerReply(content: content, waitForCustomer: wait), from: status)
            case (.resolveTicket(_, let cause, let solution), .ticket(let status)):
                _ = try TicketFlow.next(after: .sellerResolve(cause: cause, solution: solution), from: status)
            case (.replayMessage, .journalException(let state)):
                if state == .resolved || state == .recovered {
                    return TransitionError(code: "ACTION.ALREADY_RECOVERED", state: state.label,
                                           action: action.kind.label, reason: "a later call already succeeded",
                                           chineseReason: "之后的一次调用已经成功")
                }
            case (.replayCall, .call(let call)):
                if call.outcome == .pending {
                    return TransitionError(code: "ACTION.CALL_IN_FLIGHT", state: call.outcome.label,
                                           action: action.kind.label, reason: "the call has no answer yet",
                                           chineseReason: "这次调用还没有答复")
                }
            case (.deliverLicense, .call(let call)):
                if let reason = LicenseDeliveryRule.refusal(for: call) {
                    return TransitionError(code: "ACTION.NOT_ASYNC_LICENSE", state: call.outcome.label,
                                           action: action.kind.label, reason: reason.english,
                                           chineseReason: reason.chinese)
                }
            case (.restart, .journalException):
                return TransitionError(code: "ACTION.JOURNAL_MESSAGE", state: "", action: action.kind.label,
                                       reason: "a journal message is re-sent with replay (R); Restart is in Seller Center",
                                       chineseReason: "日志中的消息请用重放再次发送；重新启动请在卖家中心操作")
            default:
                return TransitionError(code: "ACTION.WRONG_TARGET", state: "", action: action.kind.label,
                                       reason: "not an action for this record", chineseReason: "这个操作不适用于这条记录")
            }
            return nil
        } catch {
            return error
        }
    }
}

/// When a license may be handed back through the market-event upload: only for a `getLicenseAsync` the seller's
/// interface answered `000004` (processing), which names an `eventId` (§3.5).
public enum LicenseDeliveryRule {
    public static func refusal(for call: JournalCall) -> (english: String, chinese: String)? {
        guard call.arrival.activity == Activity.getLicenseAsync.rawValue else {
            return ("only a getLicenseAsync call is answered with a delivered license",
                    "只有 getLicenseAsync 调用才能交付License")
        }
        guard call.arrival.eventId?.isEmpty == false else { return ("the call has no eventId", "这次调用没有 eventId") }
        guard call.answer?.resultCode == "000004" else {
            return ("the interface did not answer 000004 (processing), so the license was not deferred",
                    "商家接口没有答复 000004（处理中），License没有延后交付")
        }
        return nil
    }
}
