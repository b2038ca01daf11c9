import SellerCore

/// Orders and instances derived from the journalled calls (issue 12 §4), for a seller whose only source is the
/// relay. They never clobber a richer record:
/// - An order is inserted only when missing (`from_journal` = 1, so any synced or fetched copy replaces it in
///   `upsert` whatever its time): status processing, type from the activity (create → NEW, or TRIAL with
///   `trialFlag` 1; renewal → RENEW, or TRIAL_TO_FORMAL by `scene`; upgrade → CHANGE; release with an order →
///   UNSUBSCRIBE), created at the call's arrival, buyer and product from the call when it says, else "", one
///   order line from `orderLineId` with the call's `chargingMode` or, when it says none, PERIOD (the usual SaaS
///   charging and the one whose calls carry an expiry). It is queued in `order_fetches` for `order/query`.
/// - A successful create's answer inserts the instance (`answeredInstanceId`) when missing: NORMAL, or
///   PROVISIONING for an asynchronous `000004`; expiry from the call's `expireTime`. A create flagged as an
///   idempotency break derives nothing (the first instance stays; the call shows the break).
/// - Successful changes apply to a stored instance through `InstanceFlow` (an illegal step, such as a repeated
///   freeze, changes nothing), only when the call is not older than the stored record: status changes FREEZE →
///   frozen, UNFREEZE/NORMAL → normal; `refreshInstance`/`refreshLicenseCode` → the new `expireTime` and normal
///   (a renewal unfreezes); release → released; `expireInstance` → frozen (§9: an expired instance is frozen
///   until renewed or released). License activities act on the instance whose id is the license code.
///   `updated_at` becomes the answer's time; `from_journal` and any pending mark stay.
extension LocalStore {
    func deriveRecords(_ call: JournalCall) throws {
        let arrival = call.arrival
        guard let answer = call.answer, !arrival.testFlag else { return }
        let activity = arrival.activity.flatMap(Activity.init(rawValue:))
        let fields = JournalCallFields(arrival)
        if let orderId = arrival.orderId, !orderId.isEmpty {
            try deriveOrder(orderId, arrival, activity, fields, at: answer.answeredAt)
        }
        guard answer.outcome == .success, let activity else { return }
        let license = arrival.license ?? arrival.instanceId
        switch activity {
        case .newInstance:
            guard answer.idempotencyBreak == nil, let id = answer.answeredInstanceId, !id.isEmpty else { return }
            try deriveInstance(id, arrival, fields, async: answer.resultCode == "000004", at: answer.answeredAt)
        case .updateInstanceStatus, .instanceStatus:
            try changeStatus(arrival.instanceId, fields, at: answer.answeredAt)
        case .updateLicenseCodeStatus:
            try changeStatus(license, fields, at: answer.answeredAt)
        case .refreshInstance:
            try renew(arrival.instanceId, fields, at: answer.answeredAt)
        case .refreshLicenseCode:
            try renew(license, fields, at: answer.answeredAt)
        case .releaseInstance:
            try changeInstance(arrival.instanceId, at: answer.answeredAt) { $0.apply(.release) }
        case .releaseLicenseCode:
            try changeInstance(license, at: answer.answeredAt) { $0.apply(.release) }
        case .expireInstance:
            try changeInstance(arrival.instanceId, at: answer.answeredAt) { $0.apply(.freeze) }
        default:
            return
        }
    }

    private func deriveOrder(_ orderId: String, _ arrival: JournalArrival, _ activity: Activity?,
                             _ fields: JournalCallFields, at now: Timestamp) throws {
        guard try db.cachedStatement("SELECT 1 FROM orders WHERE order_id = ?").first([.text(orderId)], { _ in true })
            == nil else { return }
        let lines = arrival.orderLineId.map { line in
            [OrderLine(orderLineId: line, chargingMode: fields.chargingMode ?? .period, periodType: fields.periodType,
                       periodNumber: fields.periodNumber, expireTime: fields.expireTime,
                       productId: fields["productId"] ?? "", skuCode: fields["skuCode"] ?? "",
                       productName: fields["productName"] ?? "")]
        } ?? []
        let order = Order(
            orderId: orderId, orderType: Self.orderType(activity, fields), status: .processing,
            createTime: arrival.receivedAt,
            buyer: Buyer(customerId: fields["customerId"] ?? "", customerName: fields["customerName"] ?? "",
                         userId: fields["userId"], userName: fields["userName"]),
            lines: lines, updatedAt: arrival.receivedAt)
        try upsert(.order(order))
        try db.cachedStatement("UPDATE orders SET from_journal = 1 WHERE order_id = ?").execute([.text(orderId)])
        try db.cachedStatement("""
            INSERT INTO order_fetches(order_id, state, next_attempt_at) VALUES (?, 'due', ?)
            ON CONFLICT(order_id) DO NOTHING
            """).execute([.text(orderId), now.sqlValue])
    }

    static func orderType(_ activity: Activity?, _ fields: JournalCallFields) -> OrderType {
        switch activity {
        case .newInstance?: fields.isTrial ? .trial : .new
        case .refreshInstance?, .refreshLicenseCode?: fields["scene"] == "TRIAL_TO_FORMAL" ? .trialToFormal : .renew
        case .upgrade?, .upgradeInstance?: .change
        case .releaseInstance?, .releaseLicenseCode?: .unsubscribe
        default: .new
        }
    }

    private func deriveInstance(_ id: String, _ arrival: JournalArrival, _ fields: JournalCallFields, async: Bool,
                                at now: Timestamp) throws {
        if try instance(id: id) != nil {
            // A later synchronous answer for an instance an async create left provisioning.
            if !async { try changeInstance(id, at: now) { $0.apply(.provisioned) } }
            return
        }
        let names = try journalNames(orderId: arrival.orderId, instanceId: nil)
        let line = try arrival.orderId.flatMap { try order(id: $0) }?.lines
            .first { $0.orderLineId == arrival.orderLineId }
        let instance = Instance(
            instanceId: id, orderId: arrival.orderId ?? "", orderLineId: arrival.orderLineId ?? "",
            productId: fields["productId"] ?? line?.productId ?? "", skuCode: fields["skuCode"] ?? line?.skuCode ?? "",
            productName: names.product, customerId: fields["customerId"] ?? "",
            customerName: fields["customerName"] ?? names.customer, status: async ? .provisioning : .normal,
            chargingMode: fields.chargingMode ?? line?.chargingMode ?? .period,
            expireTime: fields.expireTime ?? line?.expireTime, trial: fields.isTrial, updatedAt: now)
        try upsert(.instance(instance))
        try db.cachedStatement("UPDATE instances SET from_journal = 1 WHERE instance_id = ?").execute([.text(id)])
    }

    private func changeStatus(_ id: String?, _ fields: JournalCallFields, at now: Timestamp) throws {
        switch fields.targetStatus {
        case "FREEZE"?: try changeInstance(id, at: now) { $0.apply(.freeze) }
        case "UNFREEZE"?, "NORMAL"?: try changeInstance(id, at: now) { $0.apply(.unfreeze) }
        default: return
        }
    }

    private func renew(_ id: String?, _ fields: JournalCallFields, at now: Timestamp) throws {
        try changeInstance(id, at: now) { instance in
            instance.apply(.refreshed)
            if let expire = fields.expireTime { instance.expireTime = expire }
        }
    }

    /// Applies `change` to the stored instance `id` unless the stored record is newer than the call, writing only
    /// the columns a call can change (status, expiry, time), and its search index entry.
    private func changeInstance(_ id: String?, at now: Timestamp, _ change: (inout Instance) -> Void) throws {
        guard let id, !id.isEmpty, var instance = try instance(id: id), instance.updatedAt <= now else { return }
        let before = instance
        change(&instance)
        guard instance.status != before.status || instance.expireTime != before.expireTime else { return }
        instance.updatedAt = now
        try reindexingSearch(.instances, id: id) {
            try db.cachedStatement("""
                UPDATE OR FAIL instances SET status = ?, expire_time = ?, updated_at = ? WHERE instance_id = ?
                """).execute([.text(instance.status.rawValue), instance.expireTime.sqlValue, now.sqlValue, .text(id)])
        }
    }
}

extension Instance {
    /// Moves the status by `action` when the instance flow allows it; otherwise leaves it.
    mutating func apply(_ action: InstanceAction) {
        if let next = try? InstanceFlow.next(after: action, from: status) { status = next }
    }
}
