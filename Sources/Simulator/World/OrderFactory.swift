import SellerCore

/// Which other records hang off order `index`. Orders at fixed residues carry an exception message, a
/// supervision task or a ticket, so every related record can be found from an index by arithmetic alone.
enum OrderRole {
    case plain
    case withException(messageIndex: Int)
    case supervised(taskIndex: Int)
    case withTicket(ticketIndex: Int)

    init(orderIndex index: Int) {
        if index % 20 == 7 {
            self = .withException(messageIndex: index / 20)
        } else if index % 10 == 3 {
            self = .supervised(taskIndex: index / 10)
        } else if index % 25 == 11 {
            self = .withTicket(ticketIndex: index / 25)
        } else {
            self = .plain
        }
    }

    static func orderIndex(ofMessage index: Int) -> Int { index * 20 + 7 }
    static func orderIndex(ofTask index: Int) -> Int { index * 10 + 3 }
    static func orderIndex(ofTicket index: Int) -> Int { index * 25 + 11 }

    /// How many records of each related kind exist when there are `orders` orders.
    static func count(of kind: EntityKind, orders: Int) -> Int {
        func fitting(_ offset: Int, _ stride: Int) -> Int { orders > offset ? (orders - offset - 1) / stride + 1 : 0 }
        switch kind {
        case .orders, .instances: return orders
        case .exceptions: return fitting(7, 20)
        case .supervision: return fitting(3, 10)
        case .tickets: return fitting(11, 25)
        case .calls: return 0
        }
    }
}

/// Builds the seeded, unchanged form of each record from its index.
struct RecordFactory {
    let seed: UInt64
    /// The world's "now" at start; generated history lies before it.
    let epoch: Timestamp
    /// The number of orders the world started with; base records' `updatedAt` are spread before `epoch`.
    let baseOrders: Int

    func random(_ stream: RandomStream, _ index: Int) -> SeededRandom {
        SeededRandom(seed: seed, stream: stream.rawValue, index: index)
    }

    /// The base `updatedAt` of record `index` of a kind: distinct, increasing with the index, before `epoch`.
    func baseUpdatedAt(_ index: Int, of kind: EntityKind) -> Timestamp {
        let total = OrderRole.count(of: kind, orders: baseOrders)
        return epoch.adding(millis: -Int64(max(total - index, 1)) * 10)
    }

    func createTime(ofOrder index: Int) -> Timestamp {
        var random = random(.order, index)
        let ageSeconds = Int64(random.int(3600...(180 * 86_400)))
        return Timestamp(seconds: (epoch.millis / 1000) - ageSeconds)
    }

    func buyer(ofOrder index: Int) -> Buyer {
        var random = random(.order, index &+ 0x4000_0000)
        let company = random.pick(NamePools.cities) + random.pick(NamePools.brands) + random.pick(NamePools.industries)
            + "有限公司"
        let person = random.pick(NamePools.surnames) + random.pick(NamePools.givenNames)
        return Buyer(customerId: random.hex(32), customerName: company, userId: random.hex(32),
                     userName: random.chance(0.5) ? person : nil)
    }

    func product(ofOrder index: Int) -> CatalogueProduct {
        var random = random(.order, index &+ 0x2000_0000)
        if case .supervised = OrderRole(orderIndex: index) { return random.pick(NamePools.supervisedProducts) }
        return random.pick(NamePools.products)
    }

    func order(_ index: Int, status: OrderStatus) -> Order {
        var random = random(.order, index &+ 0x1000_0000)
        let created = createTime(ofOrder: index)
        let orderId = RecordID.orderId(index: index, created: created)
        let product = product(ofOrder: index)
        let orderType: OrderType = random.pick(weighted: [(.new, 50), (.renew, 20), (.trial, 8), (.trialToFormal, 5),
                                                          (.change, 10), (.unsubscribe, 7)])
        let lineCount = random.pick(weighted: [(1, 90), (2, 8), (3, 2)])
        var lines: [OrderLine] = []
        for line in 0..<lineCount {
            let mode = random.pick(product.modes)
            let spec = random.pick(NamePools.specs)
            let period: PeriodType? = mode == .period ? random.pick([.year, .month]) : nil
            let periodNumber: Int? = period.map { $0 == .year ? random.int(1...3) : random.int(1...11) }
            let days: Int64 = period == .year ? 365 * Int64(periodNumber ?? 1) : 30 * Int64(periodNumber ?? 1)
            let amount = orderType == .unsubscribe ? nil : amountText(product.basePrice * (line + 1), random: &random)
            lines.append(OrderLine(
                orderLineId: RecordID.orderLineId(orderId: orderId, line: line), chargingMode: mode,
                periodType: period, periodNumber: periodNumber,
                expireTime: period == nil ? nil : created.adding(seconds: days * 86_400),
                currency: amount, currencyAfterDiscount: orderType == .unsubscribe ? "-" + amountText(product.basePrice, random: &random) : amount,
                productId: product.productId, skuCode: "SKU" + random.hex(10).uppercased(),
                linearValue: random.chance(0.3) ? random.int(1...500) : nil,
                productName: "\(product.name),\(spec),\(random.pick(NamePools.seats)),"))
        }
        var params: [ExtendParam] = []
        if random.chance(0.2) { params.append(ExtendParam(name: "企业规模", value: random.pick(["50人以下", "50-200人", "200人以上"]))) }
        return Order(orderId: orderId, orderType: orderType, status: status, createTime: created,
                     buyer: buyer(ofOrder: index), lines: lines, extendParams: params, currencyUnit: "CNY",
                     updatedAt: baseUpdatedAt(index, of: .orders))
    }

    private func amountText(_ base: Int, random: inout SeededRandom) -> String {
        let cents = base * 100 + random.int(0...99) * 100
        return "\(cents / 100).\(String(cents % 100 / 10))\(String(cents % 10))0"
    }

    /// Status of a plain order (one with no exception or supervision deciding it).
    func plainOrderStatus(_ index: Int) -> OrderStatus {
        var random = random(.order, index &+ 0x3000_0000)
        return random.pick(weighted: [(.completed, 85), (.processing, 5), (.pendingPayment, 5), (.cancelled, 5)])
    }
}
