/// Instance status (docs/KOOGALLERY.md §9, §13.b.4).
public enum InstanceStatus: String, LabeledEnum {
    case provisioning = "PROVISIONING", provisionFailed = "PROVISION_FAILED", normal = "NORMAL"
    case frozen = "FROZEN", released = "RELEASED"

    public var label: String {
        switch self {
        case .provisioning: "开通中"
        case .provisionFailed: "开通失败"
        case .normal: "正常"
        case .frozen: "冻结"
        case .released: "已释放"
        }
    }
}
