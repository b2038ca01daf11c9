import SellerCore

extension World {
    /// Adds one new order "now", with its instance and, when its index says so, a failing call, a supervision
    /// task or a ticket — the events `--tick` makes happen.
    @discardableResult
    public func appendOrder() -> Int {
        let index = state.withLock { state in
            state.orderCount += 1
            return state.orderCount - 1
        }
        insert(.orders, at: index, baseRecord(.orders, at: index))
        insert(.instances, at: index, baseRecord(.instances, at: index))
        switch OrderRole(orderIndex: index) {
        case .withException(let message): insert(.exceptions, at: message, baseRecord(.exceptions, at: message))
        case .supervised(let task): insert(.supervision, at: task, baseRecord(.supervision, at: task))
        case .withTicket(let ticket): insert(.tickets, at: ticket, baseRecord(.tickets, at: ticket))
        case .plain: break
        }
        return index
    }

    private func insert(_ kind: EntityKind, at index: Int, _ record: SellerRecord) {
        let stamp = nextStamp()
        let stored = record.stamped(stamp)
        state.withLock { state in
            state.overrides[kind, default: [:]][index] = stored
            state.changeLog[kind, default: []].append(LogEntry(updatedAt: stamp, index: index))
        }
    }

    /// One round of the world's clock: a new order, a customer message on an open ticket, a buyer submitting a
    /// requirement, a new failure. `round` picks which existing records are touched, deterministically.
    public func tick(round: Int) {
        appendOrder()
        var random = SeededRandom(seed: seed, stream: RandomStream.tick.rawValue, index: round)
        let tickets = count(of: .tickets)
        if tickets > 0 {
            let index = random.int(0...(tickets - 1))
            update(.tickets, at: index) { record, now in
                guard case .ticket(var ticket) = record, !ticket.status.isClosed else { return }
                try? TicketFlow.apply(.customerReply(content: random.pick(NamePools.customerMessages)), to: &ticket,
                                      at: now, messageId: "\(index)-\(ticket.messages.count + 1)")
                record = .ticket(ticket)
            }
        }
        let tasks = count(of: .supervision)
        if tasks > 0 {
            let index = random.int(0...(tasks - 1))
            update(.supervision, at: index) { record, now in
                guard case .supervision(var task) = record, task.node == .waitRequirement else { return }
                try? SupervisionFlow.apply(.buyerSubmitRequirement(text: random.pick(NamePools.requirements), files: []),
                                           to: &task, at: now)
                record = .supervision(task)
            }
        }
        let messages = count(of: .exceptions)
        if messages > 0 {
            let index = random.int(0...(messages - 1))
            update(.exceptions, at: index) { record, now in
                guard case .exception(var message) = record, message.state.isOpen,
                      message.state != .manualRetryRequested else { return }
                let windowOpen = now < message.windowEndsAt
                message.attempts.append(CallAttempt(
                    number: message.attempts.count + 1, at: now, trigger: .automatic, outcome: .failure,
                    httpStatus: 504, resultCode: nil, latencyMs: 20_000, exceptionInfo: "调用生产接口超时(20000ms),未收到响应"))
                message.exceptionInfo = "调用生产接口超时(20000ms),未收到响应"
                message.state = windowOpen ? .retrying : .exhausted
                record = .exception(message)
            }
        }
    }
}
