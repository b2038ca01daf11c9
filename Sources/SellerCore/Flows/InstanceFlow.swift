/// Something that happens to an instance (§9, §13.b.4).
public enum InstanceAction: Equatable, Sendable {
    case provisioned, provisionFailed, refreshed, upgraded, freeze, unfreeze, release

    public var name: String {
        switch self {
        case .provisioned: "开通成功"
        case .provisionFailed: "开通失败"
        case .refreshed: "更新实例"
        case .upgraded: "实例升级"
        case .freeze: "冻结"
        case .unfreeze: "解冻"
        case .release: "释放"
        }
    }
}

/// The pure transition function of instances.
public enum InstanceFlow {
    public static func next(after action: InstanceAction, from status: InstanceStatus)
        throws(TransitionError) -> InstanceStatus {
        switch (action, status) {
        case (.provisioned, .provisioning): return .normal
        case (.provisionFailed, .provisioning): return .provisionFailed
        case (.refreshed, .normal), (.upgraded, .normal): return .normal
        case (.freeze, .normal): return .frozen
        case (.unfreeze, .frozen), (.refreshed, .frozen): return .normal
        case (.release, .normal), (.release, .frozen): return .released
        default:
            throw TransitionError(code: "INSTANCE.ILLEGAL_TRANSITION", state: status.label, action: action.name,
                                  reason: status == .released ? "the instance is released" : "not possible in this state",
                                  chineseReason: status == .released ? "实例已释放" : "当前状态下不能这样操作")
        }
    }
}

/// Order status changes as sellers see them (§2.3).
public enum OrderFlow {
    public enum Action: Equatable, Sendable { case pay, cancel, complete }

    public static func next(after action: Action, from status: OrderStatus) throws(TransitionError) -> OrderStatus {
        switch (action, status) {
        case (.pay, .pendingPayment): return .processing
        case (.cancel, .pendingPayment): return .cancelled
        case (.complete, .processing): return .completed
        default:
            throw TransitionError(code: "ORDER.ILLEGAL_TRANSITION", state: status.label, action: "\(action)",
                                  reason: "not possible in this state", chineseReason: "当前状态下不能这样操作")
        }
    }
}
