/// One call of the marketplace to the seller's production interface for a failed scenario.
public struct CallAttempt: Equatable, Sendable {
    public var number: Int
    public var at: Timestamp
    public var trigger: AttemptTrigger
    public var outcome: AttemptOutcome
    public var httpStatus: Int?
    public var resultCode: String?
    public var latencyMs: Int?
    /// 异常信息 of this attempt; empty on success.
    public var exceptionInfo: String
    /// For a journal message: the journalled call this attempt is.
    public var callId: String?

    public init(number: Int, at: Timestamp, trigger: AttemptTrigger, outcome: AttemptOutcome, httpStatus: Int?,
                resultCode: String?, latencyMs: Int?, exceptionInfo: String, callId: String? = nil) {
        self.number = number
        self.at = at
        self.trigger = trigger
        self.outcome = outcome
        self.httpStatus = httpStatus
        self.resultCode = resultCode
        self.latencyMs = latencyMs
        self.exceptionInfo = exceptionInfo
        self.callId = callId
    }
}

/// An interface-exception message (生产接口消息): a scenario whose call to the seller's production interface
/// failed, with every attempt, the retry policy and the end of its automatic retry window (§6, §13.a).
public struct ProduceMessage: Equatable, Sendable {
    public var messageId: String
    public var activity: Activity
    public var interfaceVersion: InterfaceVersion
    public var orderId: String
    public var orderLineId: String?
    public var instanceId: String?
    public var productName: String
    public var customerName: String
    public var state: ExceptionState
    public var retryPolicy: RetryPolicy
    public var firstFailureAt: Timestamp
    public var windowEndsAt: Timestamp
    /// 异常信息 of the latest failed attempt.
    public var exceptionInfo: String
    public var resultCode: String?
    /// The request the marketplace sent and the response it got, as text, for the detail pane.
    public var requestBody: String
    public var responseBody: String
    public var attempts: [CallAttempt]
    public var updatedAt: Timestamp
    /// Gateway (Seller Center's list) or journal (the relay's record of the marketplace's calls).
    public var source: MessageSource

    public init(messageId: String, activity: Activity, interfaceVersion: InterfaceVersion, orderId: String,
                orderLineId: String?, instanceId: String?, productName: String, customerName: String,
                state: ExceptionState, retryPolicy: RetryPolicy, firstFailureAt: Timestamp, windowEndsAt: Timestamp,
                exceptionInfo: String, resultCode: String?, requestBody: String, responseBody: String,
                attempts: [CallAttempt], updatedAt: Timestamp, source: MessageSource = .gateway) {
        self.messageId = messageId
        self.activity = activity
        self.interfaceVersion = interfaceVersion
        self.orderId = orderId
        self.orderLineId = orderLineId
        self.instanceId = instanceId
        self.productName = productName
        self.customerName = customerName
        self.state = state
        self.retryPolicy = retryPolicy
        self.firstFailureAt = firstFailureAt
        self.windowEndsAt = windowEndsAt
        self.exceptionInfo = exceptionInfo
        self.resultCode = resultCode
        self.requestBody = requestBody
        self.responseBody = responseBody
        self.attempts = attempts
        self.updatedAt = updatedAt
        self.source = source
    }

    public var attemptCount: Int { attempts.count }

    public var lastAttemptAt: Timestamp { attempts.last?.at ?? firstFailureAt }

    /// Seconds left in the automatic retry window at `now`; zero once it has ended.
    public func secondsLeftInWindow(at now: Timestamp) -> Int64 {
        max(0, (windowEndsAt.millis - now.millis) / 1000)
    }
}
