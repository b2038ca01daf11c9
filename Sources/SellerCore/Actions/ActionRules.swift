/// Whether an action is allowed on its target as the store last saw it, by the same state machines the
/// simulator applies (KOOGALLERY.md §13.b), so the console refuses at once with the reason instead of queueing
/// something the marketplace will refuse.
public enum ActionRules {
    /// Why `action` is not allowed on `record`, or nil when it is. A record of another kind or id is a refusal.
    public static func refusal(of action: SellerAction, on record: SellerRecord, at now: Timestamp)
        -> TransitionError? {
        guard record.kind == action.targetKind, record.id == action.targetId else {
            return TransitionError(code: "ACTION.WRONG_TARGET", state: "", action: action.kind.label,
                                   reason: "the action is for \(action.targetId), not \(record.id)")
        }
        do throws(TransitionError) {
            switch (action, record) {
            case (.restart, .exception(let message)):
                _ = try ExceptionFlow.next(after: .requestManualRetry, from: message.state)
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
            case (.acceptTicket, .ticket(let ticket)):
                _ = try TicketFlow.next(after: .sellerAccept, from: ticket.status)
            case (.replyTicket(_, let content, let wait), .ticket(let ticket)):
                _ = try TicketFlow.next(after: .sellerReply(content: content, waitForCustomer: wait), from: ticket.status)
            case (.resolveTicket(_, let cause, let solution), .ticket(let ticket)):
                _ = try TicketFlow.next(after: .sellerResolve(cause: cause, solution: solution), from: ticket.status)
            default:
                return TransitionError(code: "ACTION.WRONG_TARGET", state: "", action: action.kind.label,
                                       reason: "not an action for this record")
            }
            return nil
        } catch {
            return error
        }
    }
}
