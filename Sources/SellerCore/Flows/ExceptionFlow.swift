/// Something that happens to an interface-exception message (§6, §13.b.5).
public enum ExceptionAction: Equatable, Sendable {
    /// The marketplace retried by itself.
    case automaticAttempt(succeeded: Bool)
    /// The retry window ended with the call still failing.
    case windowEnded
    /// The seller pressed 重新启动.
    case requestManualRetry
    /// The outcome of a manual retry; `windowOpen` says whether automatic retries are still running.
    case manualAttempt(succeeded: Bool, windowOpen: Bool)
    /// The 3-hour rule: a failed new purchase or upgrade unsubscribes the order.
    case autoUnsubscribe

    public var name: String {
        switch self {
        case .automaticAttempt: "自动重试"
        case .windowEnded: "重试窗口结束"
        case .requestManualRetry: "重新启动"
        case .manualAttempt: "重新启动结果"
        case .autoUnsubscribe: "自动退订"
        }
    }
}

/// The pure transition function of interface-exception messages.
public enum ExceptionFlow {
    public static func next(after action: ExceptionAction, from state: ExceptionState)
        throws(TransitionError) -> ExceptionState {
        func refuse(_ reason: String, _ chinese: String) -> TransitionError {
            TransitionError(code: "EXCEPTION.ILLEGAL_TRANSITION", state: state.label, action: action.name,
                            reason: reason, chineseReason: chinese)
        }
        switch (action, state) {
        case (.automaticAttempt(let ok), .retrying): return ok ? .resolved : .retrying
        case (.windowEnded, .retrying): return .exhausted
        case (.requestManualRetry, .retrying), (.requestManualRetry, .exhausted): return .manualRetryRequested
        case (.requestManualRetry, .manualRetryRequested): throw refuse("a restart is already in progress", "已经在重新启动中")
        case (.requestManualRetry, .resolved), (.requestManualRetry, .recovered):
            throw refuse("the call has already succeeded", "调用已经成功，无需重新启动")
        case (.requestManualRetry, .orderAutoUnsubscribed):
            throw refuse("the order was auto-unsubscribed; there is nothing left to restart",
                         "订单已被自动退订，没有可以重新启动的调用")
        case (.manualAttempt(let ok, let windowOpen), .manualRetryRequested):
            return ok ? .resolved : (windowOpen ? .retrying : .exhausted)
        case (.autoUnsubscribe, .exhausted): return .orderAutoUnsubscribed
        default: throw refuse("not possible in this state", "当前状态下不能这样操作")
        }
    }
}
