import SellerCore

extension RecordFactory {
    /// The seeded form of exception message `index`, tied to order `20·index + 7`.
    func exception(_ index: Int) -> ProduceMessage {
        var random = random(.exception, index)
        let orderIndex = OrderRole.orderIndex(ofMessage: index)
        let order = order(orderIndex, status: .processing)
        let activity: Activity = random.pick(weighted: [
            (.newInstance, 35), (.refreshInstance, 15), (.releaseInstance, 10), (.expireInstance, 8),
            (.updateInstanceStatus, 8), (.upgradeInstance, 8), (.orderNotify, 8), (.refreshLicenseCode, 4),
            (.queryInstance, 4),
        ])
        let version: InterfaceVersion = switch activity {
        case .refreshLicenseCode: .license2
        case .orderNotify: .generic
        default: random.chance(0.75) ? .v2 : .v1
        }
        let policy = activity.retryPolicy
        var state: ExceptionState = random.pick(weighted: [(.retrying, 25), (.exhausted, 30), (.resolved, 35),
                                                           (.orderAutoUnsubscribed, 10)])
        if policy.windowSeconds == 0, state == .retrying { state = .exhausted }
        if state == .orderAutoUnsubscribed, !activity.unsubscribesOnExhaustion { state = .exhausted }
        let window = policy.windowSeconds
        let epochSeconds = epoch.millis / 1000
        let firstFailure: Timestamp = state == .retrying
            ? Timestamp(seconds: epochSeconds - Int64(random.int(60...Int(max(window - 60, 61)))))
            : Timestamp(seconds: epochSeconds - window - Int64(random.int(600...(30 * 86_400))))
        let (info, code, status) = random.pick(NamePools.exceptionInfos)
        let attempts = attemptsFor(state: state, policy: policy, firstFailure: firstFailure, info: info, code: code,
                                   status: status, random: &random)
        let line = order.lines.first
        let instance = instanceId(ofOrder: orderIndex)
        return ProduceMessage(
            messageId: RecordID.messageId(index: index), activity: activity, interfaceVersion: version,
            orderId: order.orderId, orderLineId: line?.orderLineId, instanceId: activity == .newInstance ? nil : instance,
            productName: line?.productName ?? "", customerName: order.buyer.customerName, state: state,
            retryPolicy: policy, firstFailureAt: firstFailure, windowEndsAt: firstFailure.adding(seconds: window),
            exceptionInfo: info, resultCode: code,
            requestBody: requestBody(activity: activity, version: version, order: order, instanceId: instance, random: &random),
            responseBody: code.map { "{\"resultCode\":\"\($0)\",\"resultMsg\":\"\(info.split(separator: "=").last ?? "")\"}" }
                ?? (status.map { "<html><body><h1>\($0)</h1></body></html>" } ?? ""),
            attempts: attempts, updatedAt: baseUpdatedAt(index, of: .exceptions))
    }

    private func attemptsFor(state: ExceptionState, policy: RetryPolicy, firstFailure: Timestamp, info: String,
                             code: String?, status: Int?, random: inout SeededRandom) -> [CallAttempt] {
        func failed(_ number: Int, _ at: Timestamp, _ trigger: AttemptTrigger) -> CallAttempt {
            CallAttempt(number: number, at: at, trigger: trigger, outcome: .failure, httpStatus: status,
                        resultCode: code, latencyMs: status == nil ? 20_000 : random.int(40...900), exceptionInfo: info)
        }
        var attempts = [failed(1, firstFailure, .initial)]
        let elapsed = state == .retrying ? (epoch.millis - firstFailure.millis) / 1000 : policy.windowSeconds
        let spacing: Int64 = switch policy {
        case .hourlyFor3h: 3600
        case .for1h: 1200
        case .every2minX60: 120
        case .once: .max
        }
        let automatic = spacing == .max ? 0 : Int(min(elapsed / spacing, policy == .every2minX60 ? 60 : 3))
        for step in 0..<automatic {
            attempts.append(failed(attempts.count + 1, firstFailure.adding(seconds: spacing * Int64(step + 1)), .automatic))
        }
        let windowEnd = firstFailure.adding(seconds: policy.windowSeconds)
        if state == .exhausted || state == .resolved, random.chance(0.3) {
            attempts.append(failed(attempts.count + 1, windowEnd.adding(seconds: Int64(random.int(300...7200))), .manual))
        }
        if state == .resolved {
            let trigger: AttemptTrigger = random.chance(0.5) ? .manual : .automatic
            let last = attempts[attempts.count - 1].at
            attempts.append(CallAttempt(number: attempts.count + 1, at: last.adding(seconds: Int64(random.int(60...3600))),
                                        trigger: trigger, outcome: .success, httpStatus: 200, resultCode: "000000",
                                        latencyMs: random.int(30...400), exceptionInfo: ""))
        }
        return attempts
    }

    private func requestBody(activity: Activity, version: InterfaceVersion, order: Order, instanceId: String,
                             random: inout SeededRandom) -> String {
        let line = order.lines.first?.orderLineId ?? ""
        if version == .v1 {
            return "GET ?activity=\(activity.rawValue)&businessId=\(random.uuid())&customerId=\(order.buyer.customerId)"
                + "&orderId=\(order.orderId)&productId=\(order.lines.first?.productId ?? "")&testFlag=0"
                + "&timeStamp=\(order.createTime.koogalleryMillis)&authToken=…"
        }
        var body = JSONWriter()
        body.beginObject()
        body.key("activity"); body.appendString(activity.rawValue)
        for (key, value) in [("orderId", order.orderId), ("orderLineId", line),
                             (activity == .newInstance ? "businessId" : "instanceId",
                              activity == .newInstance ? random.uuid() : instanceId), ("testFlag", "0")] {
            body.comma(); body.key(key); body.appendString(value)
        }
        body.endObject()
        return "POST " + body.text
    }
}
