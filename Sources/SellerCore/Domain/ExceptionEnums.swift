/// The `activity` of a marketplace call to the seller's production interface (§3, §13.a).
public enum Activity: String, LabeledEnum {
    case newInstance, queryInstance, refreshInstance, updateInstanceStatus, instanceStatus, expireInstance
    case releaseInstance, upgradeInstance, upgrade, changeInstanceCheck, orderNotify, getLicense, getLicenseAsync
    case refreshLicenseCode, updateLicenseCodeStatus, releaseLicenseCode

    public var label: String {
        switch self {
        case .newInstance: "创建实例"
        case .queryInstance: "查询实例"
        case .refreshInstance: "更新实例"
        case .updateInstanceStatus, .instanceStatus: "更新实例状态"
        case .expireInstance: "实例过期"
        case .releaseInstance: "释放实例"
        case .upgradeInstance, .upgrade: "实例升级"
        case .changeInstanceCheck: "续费变更校验"
        case .orderNotify: "订单通知"
        case .getLicense, .getLicenseAsync: "获取License"
        case .refreshLicenseCode: "更新授权码有效期"
        case .updateLicenseCodeStatus: "变更授权码状态"
        case .releaseLicenseCode: "释放授权码"
        }
    }

    /// The marketplace's automatic retry policy for a failed call of this activity (§6.1; where pages
    /// conflict, the current China-site rule).
    public var retryPolicy: RetryPolicy {
        switch self {
        case .newInstance, .upgrade, .upgradeInstance, .orderNotify, .getLicense, .getLicenseAsync: .hourlyFor3h
        case .refreshInstance, .expireInstance, .releaseInstance, .updateInstanceStatus, .instanceStatus: .for1h
        case .refreshLicenseCode, .updateLicenseCodeStatus, .releaseLicenseCode: .every2minX60
        case .queryInstance, .changeInstanceCheck: .once
        }
    }

    /// Whether exhausting the retries of this activity auto-unsubscribes the order (the 3-hour rule).
    public var unsubscribesOnExhaustion: Bool {
        switch self {
        case .newInstance, .upgrade, .upgradeInstance: true
        default: false
        }
    }
}

/// Interface version of the seller's production interface.
public enum InterfaceVersion: String, LabeledEnum {
    case v1 = "V1", v2 = "V2", license2 = "LICENSE2", generic = "GENERIC"

    public var label: String { rawValue }
}

/// The marketplace's automatic retry policy after a failed call (§6.1).
public enum RetryPolicy: String, LabeledEnum {
    case hourlyFor3h = "H3_HOURLY", for1h = "H1", once = "ONCE", every2minX60 = "N60_EVERY_2MIN"

    public var label: String {
        switch self {
        case .hourlyFor3h: "3小时内每小时重试"
        case .for1h: "1小时内重试"
        case .once: "仅调用1次"
        case .every2minX60: "每2分钟重试,共60次"
        }
    }

    /// How long after the first failure the marketplace keeps retrying by itself.
    public var windowSeconds: Int64 {
        switch self {
        case .hourlyFor3h: 3 * 3600
        case .for1h: 3600
        case .once: 0
        case .every2minX60: 120 * 60
        }
    }
}

/// State of one failed scenario (生产接口消息) with its retry window (§13.b.5).
public enum ExceptionState: String, LabeledEnum {
    case retrying = "RETRYING", exhausted = "EXHAUSTED", manualRetryRequested = "MANUAL_RETRY_REQUESTED"
    case resolved = "RESOLVED", orderAutoUnsubscribed = "ORDER_AUTO_UNSUBSCRIBED"
    /// A journal message whose call later succeeded (a marketplace retry or the seller's replay).
    case recovered = "RECOVERED"

    public var label: String {
        switch self {
        case .retrying: "自动重试中"
        case .exhausted: "重试已停止"
        case .manualRetryRequested: "重新启动中"
        case .resolved: "已解决"
        case .orderAutoUnsubscribed: "订单已自动退订"
        case .recovered: "已恢复"
        }
    }

    /// Open messages still need the seller's attention; the default Exceptions view shows only these.
    public var isOpen: Bool { self == .retrying || self == .exhausted || self == .manualRetryRequested }
}

/// Who triggered one call attempt.
public enum AttemptTrigger: String, LabeledEnum {
    case initial = "INITIAL", automatic = "AUTO", manual = "MANUAL"
    /// The seller re-sent a journalled call through the relay (never one of the marketplace's attempts).
    case replay = "REPLAY"

    public var label: String {
        switch self {
        case .initial: "首次调用"
        case .automatic: "自动重试"
        case .manual: "重新启动"
        case .replay: "重放"
        }
    }
}

/// The outcome of one call attempt.
public enum AttemptOutcome: String, LabeledEnum {
    case success = "SUCCESS", failure = "FAILURE"

    public var label: String { self == .success ? "成功" : "失败" }
}
