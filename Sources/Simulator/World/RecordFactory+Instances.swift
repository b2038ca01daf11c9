import SellerCore

extension RecordFactory {
    func instanceId(ofOrder index: Int) -> String {
        var random = random(.instance, index)
        return RecordID.instanceId(index: index, random: &random)
    }

    /// The seeded order `index` with the status its related records imply.
    func order(_ index: Int) -> Order {
        order(index, status: derivedOrderStatus(index))
    }

    func derivedOrderStatus(_ index: Int) -> OrderStatus {
        switch OrderRole(orderIndex: index) {
        case .withException(let messageIndex):
            let message = exception(messageIndex)
            switch (message.state, message.activity.unsubscribesOnExhaustion) {
            case (.orderAutoUnsubscribed, _): return .cancelled
            case (.resolved, _), (_, false): return .completed
            default: return .processing
            }
        case .supervised(let taskIndex):
            switch supervision(taskIndex).node {
            case .completed: return .completed
            case .unsubscribed: return .cancelled
            default: return .processing
            }
        case .withTicket, .plain:
            return plainOrderStatus(index)
        }
    }

    /// The seeded instance of order `index`.
    func instance(_ index: Int) -> Instance {
        var random = random(.instance, index &+ 0x1000_0000)
        let order = order(index)
        let line = order.lines[0]
        let status: InstanceStatus
        switch OrderRole(orderIndex: index) {
        case .withException(let messageIndex):
            let message = exception(messageIndex)
            if message.activity == .newInstance {
                status = switch message.state {
                case .resolved: .normal
                case .orderAutoUnsubscribed: .provisionFailed
                default: .provisioning
                }
            } else {
                status = message.activity == .updateInstanceStatus ? .frozen : .normal
            }
        default:
            status = switch order.status {
            case .completed: random.pick(weighted: [(.normal, 80), (.frozen, 10), (.released, 10)])
            case .processing, .pendingPayment: .provisioning
            case .cancelled: .released
            }
        }
        let brand = random.pick(["store", "erp", "pan", "bot", "ocr", "fin", "sign", "cad", "ops", "crm"])
        let tenant = random.hex(6)
        let appInfo: AppInfo? = (status == .normal || status == .frozen)
            ? AppInfo(frontEndUrl: "https://\(brand).isv-example.com/login?tenant=\(tenant)",
                      adminUrl: random.chance(0.6) ? "https://\(brand).isv-example.com/admin/\(tenant)" : nil,
                      userName: "admin_\(tenant)", password: random.hex(6) + "Aa#" + random.hex(5),
                      memo: random.chance(0.3) ? "首次登录请修改密码,技术支持电话 400-800-1234" : nil)
            : nil
        return Instance(
            instanceId: instanceId(ofOrder: index), orderId: order.orderId, orderLineId: line.orderLineId,
            productId: line.productId, skuCode: line.skuCode, productName: line.productName,
            customerId: order.buyer.customerId, customerName: order.buyer.customerName, status: status,
            chargingMode: line.chargingMode, expireTime: line.expireTime,
            actualStartTime: status == .provisioning ? nil : order.createTime.adding(seconds: Int64(random.int(60...7200))),
            trial: order.orderType == .trial, appInfo: appInfo, updatedAt: baseUpdatedAt(index, of: .instances))
    }
}
