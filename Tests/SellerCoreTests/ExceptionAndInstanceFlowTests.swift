import SellerCore
import Testing

/// docs/KOOGALLERY.md §13.b.5. The console also lets the seller press 重新启动 while automatic retries still run
/// (docs/KOOGALLERY.md §6.1: manual 重新启动 is possible during the window).
@Suite struct ExceptionFlowTests {
    static let states: [ExceptionState] = [.retrying, .exhausted, .manualRetryRequested, .resolved,
                                           .orderAutoUnsubscribed, .recovered]

    typealias E = Expected<ExceptionState>
    static let table: [(ExceptionAction, [E])] = [
        // retrying, exhausted, manualRetryRequested, resolved, orderAutoUnsubscribed, recovered (a journal message
        // whose call later succeeded: the journal moves it, never these actions)
        (.automaticAttempt(succeeded: true), [.to(.resolved), .refused, .refused, .refused, .refused, .refused]),
        (.automaticAttempt(succeeded: false), [.to(.retrying), .refused, .refused, .refused, .refused, .refused]),
        (.windowEnded, [.to(.exhausted), .refused, .refused, .refused, .refused, .refused]),
        (.requestManualRetry, [.to(.manualRetryRequested), .to(.manualRetryRequested), .refused, .refused, .refused,
                               .refused]),
        (.manualAttempt(succeeded: true, windowOpen: true), [.refused, .refused, .to(.resolved), .refused, .refused,
                                                             .refused]),
        (.manualAttempt(succeeded: true, windowOpen: false), [.refused, .refused, .to(.resolved), .refused, .refused,
                                                              .refused]),
        (.manualAttempt(succeeded: false, windowOpen: true), [.refused, .refused, .to(.retrying), .refused, .refused,
                                                              .refused]),
        (.manualAttempt(succeeded: false, windowOpen: false), [.refused, .refused, .to(.exhausted), .refused,
                                                               .refused, .refused]),
        (.autoUnsubscribe, [.refused, .to(.orderAutoUnsubscribed), .refused, .refused, .refused, .refused]),
    ]

    @Test func everyActionInEveryState() {
        for (action, row) in Self.table {
            #expect(row.count == Self.states.count)
            for (state, expected) in zip(Self.states, row) {
                check(expected, code: "EXCEPTION.ILLEGAL_TRANSITION", stateLabel: state.label, actionName: action.name) {
                    try ExceptionFlow.next(after: action, from: state)
                }
            }
        }
        #expect(Set(Self.states) == Set(ExceptionState.allCases))
    }

    @Test func restartRefusalsSayWhy() {
        #expect(refusal { try ExceptionFlow.next(after: .requestManualRetry, from: .manualRetryRequested) }
                == "a restart is already in progress")
        #expect(refusal { try ExceptionFlow.next(after: .requestManualRetry, from: .resolved) }
                == "the call has already succeeded")
        #expect(refusal { try ExceptionFlow.next(after: .requestManualRetry, from: .orderAutoUnsubscribed) }
                == "the order was auto-unsubscribed; there is nothing left to restart")
    }

    @Test func documentedRunThroughTheStates() throws {
        var state = ExceptionState.retrying
        state = try ExceptionFlow.next(after: .automaticAttempt(succeeded: false), from: state)
        state = try ExceptionFlow.next(after: .windowEnded, from: state)
        #expect(state == .exhausted && state.isOpen)
        state = try ExceptionFlow.next(after: .requestManualRetry, from: state)
        state = try ExceptionFlow.next(after: .manualAttempt(succeeded: false, windowOpen: false), from: state)
        #expect(state == .exhausted)
        state = try ExceptionFlow.next(after: .requestManualRetry, from: state)
        state = try ExceptionFlow.next(after: .manualAttempt(succeeded: true, windowOpen: false), from: state)
        #expect(state == .resolved && !state.isOpen)
    }
}

/// docs/KOOGALLERY.md §9 and §13.b.4 (refresh also covers a renewal that unfreezes a frozen instance).
@Suite struct InstanceFlowTests {
    static let statuses: [InstanceStatus] = [.provisioning, .provisionFailed, .normal, .frozen, .released]

    typealias E = Expected<InstanceStatus>
    static let table: [(InstanceAction, [E])] = [
        // provisioning, provisionFailed, normal, frozen, released
        (.provisioned, [.to(.normal), .refused, .refused, .refused, .refused]),
        (.provisionFailed, [.to(.provisionFailed), .refused, .refused, .refused, .refused]),
        (.refreshed, [.refused, .refused, .to(.normal), .to(.normal), .refused]),
        (.upgraded, [.refused, .refused, .to(.normal), .refused, .refused]),
        (.freeze, [.refused, .refused, .to(.frozen), .refused, .refused]),
        (.unfreeze, [.refused, .refused, .refused, .to(.normal), .refused]),
        (.release, [.refused, .refused, .to(.released), .to(.released), .refused]),
    ]

    @Test func everyActionInEveryStatus() {
        for (action, row) in Self.table {
            #expect(row.count == Self.statuses.count)
            for (status, expected) in zip(Self.statuses, row) {
                check(expected, code: "INSTANCE.ILLEGAL_TRANSITION", stateLabel: status.label, actionName: action.name) {
                    try InstanceFlow.next(after: action, from: status)
                }
            }
        }
        #expect(Set(Self.statuses) == Set(InstanceStatus.allCases))
    }

    @Test func releasedIsTerminalAndSaysSo() {
        for action: InstanceAction in [.provisioned, .provisionFailed, .refreshed, .upgraded, .freeze, .unfreeze, .release] {
            #expect(refusal { try InstanceFlow.next(after: action, from: .released) } == "the instance is released")
        }
        #expect(refusal { try InstanceFlow.next(after: .freeze, from: .frozen) } == "not possible in this state")
    }
}

/// docs/KOOGALLERY.md §2.3: an unpaid order is paid or cancelled; a processing order completes.
@Suite struct OrderFlowTests {
    static let statuses: [OrderStatus] = [.pendingPayment, .processing, .cancelled, .completed]

    @Test func everyActionInEveryStatus() {
        typealias E = Expected<OrderStatus>
        let table: [(OrderFlow.Action, [E])] = [
            (.pay, [.to(.processing), .refused, .refused, .refused]),
            (.cancel, [.to(.cancelled), .refused, .refused, .refused]),
            (.complete, [.refused, .to(.completed), .refused, .refused]),
        ]
        for (action, row) in table {
            for (status, expected) in zip(Self.statuses, row) {
                check(expected, code: "ORDER.ILLEGAL_TRANSITION", stateLabel: status.label, actionName: "\(action)") {
                    try OrderFlow.next(after: action, from: status)
                }
            }
        }
        #expect(Set(Self.statuses) == Set(OrderStatus.allCases))
    }
}
