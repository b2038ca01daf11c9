/// `orderType` of the query-order API (docs/KOOGALLERY.md §2.2).
public enum OrderType: String, LabeledEnum {
    case new = "NEW", trial = "TRIAL", trialToFormal = "TRIAL_TO_FORMAL"
    case unsubscribe = "UNSUBSCRIBE", renew = "RENEW", change = "CHANGE"

    public var label: String {
        switch self {
        case .new: "新购"
        case .trial: "试用"
        case .trialToFormal: "试用转正"
        case .unsubscribe: "退订"
        case .renew: "续费"
        case .change: "变更"
        }
    }
}

/// Order status as sellers see it (§2.3).
public enum OrderStatus: String, LabeledEnum {
    case pendingPayment = "PENDING_PAYMENT", processing = "PROCESSING"
    case cancelled = "CANCELLED", completed = "COMPLETED"

    public var label: String {
        switch self {
        case .pendingPayment: "待支付"
        case .processing: "处理中"
        case .cancelled: "已取消"
        case .completed: "已完成"
        }
    }
}

/// `chargingMode` of the open API (§2.1).
public enum ChargingMode: String, LabeledEnum {
    case period = "PERIOD", onDemand = "ON_DEMAND", oneTime = "ONE_TIME", onDemandPackage = "ON_DEMAND_PKG"

    public var label: String {
        switch self {
        case .period: "包周期"
        case .onDemand: "按需"
        case .oneTime: "一次性"
        case .onDemandPackage: "按需套餐包"
        }
    }

    /// The V1 callback's integer spelling (0 on-demand, 1 period, 3 one-time, 5 package).
    public var v1Code: Int {
        switch self {
        case .onDemand: 0
        case .period: 1
        case .oneTime: 3
        case .onDemandPackage: 5
        }
    }
}

/// `periodType` of an order line.
public enum PeriodType: String, LabeledEnum {
    case year, month, day

    public var label: String {
        switch self {
        case .year: "包年"
        case .month: "包月"
        case .day: "按天"
        }
    }
}

/// The marketplace site; it decides hosts and the currency.
public enum Site: String, LabeledEnum {
    case cn, intl, eu, local

    public var label: String {
        switch self {
        case .cn: "中国站"
        case .intl: "国际站"
        case .eu: "欧洲站"
        case .local: "本地模拟"
        }
    }
}
