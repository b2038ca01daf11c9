import MarketAPI
import SellerCore

/// 重新启动 in two locked steps around an unlocked call: mark the message 重新启动中 (which refuses a second
/// restart with another key), call the seller's interface (for real with a production URL, else by the seeded
/// rule), then append the MANUAL attempt and move the message on through `ExceptionFlow`.
struct RestartRunner: Sendable {
    let applier: RecordApplier
    let production: ProductionCaller?
    let seed: UInt64

    func run(_ route: ActionRoute, key: String, body: [UInt8]) throws(ActionRefusal) -> SellerRecord {
        try ActionBodies.empty(body)
        let requested = try applier.apply(route, key: key, entersLedger: false) { record, now throws(ActionRefusal) in
            guard case .exception(var message) = record else { throw .notFound("not an exception message") }
            do throws(TransitionError) {
                message.state = try ExceptionFlow.next(after: .requestManualRetry, from: message.state)
            } catch {
                throw .illegal(error)
            }
            message.updatedAt = now
            record = .exception(message)
        }
        guard case .exception(let message) = requested else { throw .internalError("not an exception message") }
        let outcome = call(message)
        return try applier.apply(route, key: key) { record, now throws(ActionRefusal) in
            guard case .exception(var message) = record else { throw .notFound("not an exception message") }
            do throws(TransitionError) {
                message.state = try ExceptionFlow.next(
                    after: .manualAttempt(succeeded: outcome.succeeded, windowOpen: now < message.windowEndsAt),
                    from: message.state)
            } catch {
                throw .illegal(error)
            }
            message.attempts.append(CallAttempt(
                number: message.attempts.count + 1, at: now, trigger: .manual,
                outcome: outcome.succeeded ? .success : .failure, httpStatus: outcome.httpStatus,
                resultCode: outcome.resultCode, latencyMs: outcome.latencyMs,
                exceptionInfo: outcome.succeeded ? "" : outcome.exceptionInfo))
            if !outcome.succeeded { message.exceptionInfo = outcome.exceptionInfo }
            message.resultCode = outcome.resultCode
            if !outcome.request.isEmpty { message.requestBody = outcome.request }
            message.responseBody = outcome.response
            if message.activity == .newInstance, message.instanceId == nil, let id = outcome.instanceId, !id.isEmpty {
                message.instanceId = id
            }
            message.updatedAt = now
            record = .exception(message)
        }
    }

    private func call(_ message: ProduceMessage) -> RestartOutcome {
        guard let production else {
            return RestartOutcome.seeded(seed: seed, message: message, attemptNumber: message.attempts.count + 1)
        }
        return production.call(message, context: context(of: message), now: applier.world.clock())
    }

    /// The instance's expiry and the order line's product, for the activities whose body names them.
    private func context(of message: ProduceMessage) -> ProductionRequest.Context {
        let world = applier.world
        var context = ProductionRequest.Context()
        if let id = message.instanceId, case .instance(let instance)? = world.find(.instances, id: id)?.record {
            context.expireTime = instance.expireTime
        }
        if case .order(let order)? = world.find(.orders, id: message.orderId)?.record {
            let line = order.lines.first { $0.orderLineId == message.orderLineId } ?? order.lines.first
            context.productId = line?.productId
            context.skuCode = line?.skuCode
            if context.expireTime == nil { context.expireTime = line?.expireTime }
        }
        return context
    }
}
