import SellerCore

/// A failed scenario as the gateway's exception list shows it (生产接口消息): its real attempts, the policy's
/// window from the first failure (compressed like the retries), and its state.
enum CallMessage {
    static func make(_ scenario: CallScenario, plan: ScenarioPlan, scale: Double) -> ProduceMessage {
        let policy = scenario.activity.retryPolicy
        let first = plan.firstFailureAt ?? scenario.attempts.first?.at ?? Timestamp(millis: 0)
        let window = Int64((Double(policy.windowSeconds) * scale * 1000).rounded())
        let lastFailure = scenario.attempts.last { !$0.verdict.succeeded }
        let state: ExceptionState = switch scenario.state {
        case .resolved, .succeeded: .resolved
        case .exhausted: .exhausted
        case .retrying, .open: .retrying
        }
        let attempts = scenario.attempts.map { attempt in
            CallAttempt(number: attempt.number, at: attempt.at, trigger: attempt.trigger,
                        outcome: attempt.verdict.succeeded ? .success : .failure, httpStatus: attempt.verdict.httpStatus,
                        resultCode: attempt.verdict.resultCode, latencyMs: attempt.latencyMs,
                        exceptionInfo: info(attempt.verdict))
        }
        return ProduceMessage(
            messageId: scenario.messageId ?? "", activity: scenario.activity,
            interfaceVersion: scenario.interfaceVersion, orderId: scenario.orderId,
            orderLineId: scenario.orderLineId, instanceId: scenario.instanceId ?? scenario.license,
            productName: plan.productName, customerName: plan.customerName, state: state, retryPolicy: policy,
            firstFailureAt: first, windowEndsAt: first.adding(millis: window),
            exceptionInfo: lastFailure.map { info($0.verdict) } ?? "", resultCode: lastFailure?.verdict.resultCode,
            requestBody: String(plan.request.prefix(8192)), responseBody: String(plan.response.prefix(4096)),
            attempts: attempts, updatedAt: scenario.attempts.last?.at ?? first)
    }

    /// 异常信息 of an attempt: the failure kind in the marketplace's words and the detail.
    static func info(_ verdict: CallVerdict) -> String {
        guard let kind = verdict.failureKind else { return "" }
        return verdict.detail.isEmpty ? kind.label : "\(kind.label): \(verdict.detail)"
    }
}
