import SellerCore

/// An instance (or, on License 2.0, a license code) the marketplace created at the seller and calls about again.
struct LiveSubscription {
    var family: ISVInterface
    var orderId: String
    var orderLineId: String
    var productId: String
    var skuCode: String
    var productName: String
    var customerName: String
    var instanceId: String?
    var license: String?
    var frozen = false
    /// A scenario about it is unfinished: nothing else is sent about it until that ends.
    var busy = false
}

/// What one scenario is about, kept while it runs.
struct ScenarioPlan {
    var key: String
    var event: MarketEvent
    var activity: Activity
    var family: ISVInterface
    var subject: CallSubject
    var subscription: Int?
    var productName: String
    var customerName: String
    var firstFailure: ContinuousClock.Instant?
    var firstFailureAt: Timestamp?
    var messageNumber: Int?
    /// The latest request and answer, for the exception's detail.
    var request = ""
    var response = ""
}

/// Where a scenario key stands: scenarios never share a key once one failed, so each exception message the
/// seller's side builds per (target, activity) matches exactly one scenario here.
enum KeyUse { case busy, clean, spoiled }

/// The world's events as the marketplace sees them: new orders, and later events on what was created, drawn
/// from the seed in call order.
struct CallScript {
    var random: SeededRandom
    var families: [ISVInterface]
    var subscriptions: [Int: LiveSubscription] = [:]
    var nextSubscription = 0
    var keys: [String: KeyUse] = [:]

    static let weights: [(MarketEvent, Int)] = [(.create, 30), (.renew, 14), (.freeze, 10), (.unfreeze, 8),
                                                 (.expire, 5), (.release, 8), (.upgrade, 10), (.getLicense, 15)]

    /// The next scenario: an event on an idle subscription when one fits, else a new order.
    mutating func next(world: World) -> ScenarioPlan {
        let event = random.pick(weighted: Self.weights)
        if event != .create, !subscriptions.isEmpty {
            let ids = subscriptions.keys.sorted()
            let start = random.int(0...(ids.count - 1))
            for offset in 0..<min(ids.count, 8) {
                let id = ids[(start + offset) % ids.count]
                if let plan = plan(event, on: id, world: world) { return claim(plan) }
            }
        }
        return claim(create(world: world))
    }

    private mutating func claim(_ plan: ScenarioPlan) -> ScenarioPlan {
        keys[plan.key] = .busy
        if let id = plan.subscription { subscriptions[id]?.busy = true }
        return plan
    }

    private func usable(_ key: String) -> Bool { keys[key] == nil || keys[key] == .clean }

    private mutating func plan(_ event: MarketEvent, on id: Int, world: World) -> ScenarioPlan? {
        guard let live = subscriptions[id], !live.busy, let activity = event.activity(on: live.family) else { return nil }
        switch event {
        case .freeze, .expire: if live.frozen { return nil }
        case .unfreeze: if !live.frozen { return nil }
        default: break
        }
        let target = live.license.map { "license:" + $0 } ?? "instance:" + (live.instanceId ?? "")
        let key = activity.rawValue + "|" + target
        guard usable(key) else { return nil }
        var subject = CallSubject(orderId: live.orderId, orderLineId: live.orderLineId, instanceId: live.instanceId)
        subject.license = live.license
        subject.productId = live.productId
        subject.skuCode = live.skuCode
        subject.status = event == .unfreeze ? "UNFREEZE" : "FREEZE"
        if event == .renew || event == .upgrade, let order = newOrder(world) {
            // A renewal or an upgrade is an order of its own (§3.9: an upgrade is keyed on its orderId).
            subject.orderId = order.orderId
            subject.orderLineId = order.lines.first?.orderLineId
            subject.expireTime = world.clock().adding(seconds: 365 * 86_400)
            if event == .upgrade { subject.skuCode = order.lines.first?.skuCode }
        }
        if event == .getLicense {
            subject.eventId = random.uuid()
            subject.deviceFingerprint = "dev-" + random.hex(16)
        }
        return ScenarioPlan(key: key, event: event, activity: activity, family: live.family, subject: subject,
                            subscription: id, productName: live.productName, customerName: live.customerName)
    }

    /// A new order in the world (so `order/query` answers for it) and its first call.
    private mutating func create(world: World) -> ScenarioPlan {
        let order = newOrder(world)
        let line = order?.lines.first
        let orderId = order?.orderId ?? "CS" + random.hex(15).uppercased()
        let lineId = line?.orderLineId ?? orderId + "-000001"
        let productId = line?.productId ?? "OFFI" + random.hex(12)
        let family = ISVInterface.family(ofProduct: productId, seed: world.seed, allowed: families)
        let activity = MarketEvent.create.activity(on: family) ?? .newInstance
        var subject = CallSubject(orderId: orderId, orderLineId: lineId)
        subject.productId = productId
        subject.skuCode = line?.skuCode
        subject.customerId = order?.buyer.customerId
        subject.customerName = order?.buyer.customerName
        subject.expireTime = line?.expireTime ?? world.clock().adding(seconds: 365 * 86_400)
        if family == .license { subject.license = "LIC-" + random.hex(24).uppercased() }
        let target = family == .saasV1 ? "order:" + orderId : "line:" + lineId
        return ScenarioPlan(key: activity.rawValue + "|" + target, event: .create, activity: activity, family: family,
                            subject: subject, subscription: nil, productName: line?.productName ?? "",
                            customerName: order?.buyer.customerName ?? "")
    }

    private func newOrder(_ world: World) -> Order? {
        guard case .order(let order)? = world.record(.orders, at: world.appendOrder()) else { return nil }
        return order
    }

    /// The scenario ended: frees its key (for reuse only when it never failed) and its subscription, and
    /// applies a success to what the marketplace knows.
    mutating func finish(_ plan: ScenarioPlan, succeeded: Bool, failedBefore: Bool, verdict: CallVerdict) {
        keys[plan.key] = succeeded && !failedBefore ? .clean : .spoiled
        if let id = plan.subscription { subscriptions[id]?.busy = false }
        guard succeeded else { return }
        switch plan.event {
        case .create:
            guard plan.family != .orderNotify else { return }
            let instance = plan.family == .license ? nil : verdict.instanceId
            guard instance != nil || plan.subject.license != nil else { return }
            subscriptions[nextSubscription] = LiveSubscription(
                family: plan.family, orderId: plan.subject.orderId, orderLineId: plan.subject.orderLineId ?? "",
                productId: plan.subject.productId ?? "", skuCode: plan.subject.skuCode ?? "",
                productName: plan.productName, customerName: plan.customerName, instanceId: instance,
                license: plan.subject.license)
            nextSubscription += 1
        case .freeze, .expire: if let id = plan.subscription { subscriptions[id]?.frozen = true }
        case .unfreeze, .renew: if let id = plan.subscription { subscriptions[id]?.frozen = false }
        case .release: if let id = plan.subscription { subscriptions[id] = nil }
        case .upgrade, .getLicense: break
        }
    }
}
