/// Which supervision flow a task follows (§7, §13.a).
public enum FlowKind: String, LabeledEnum {
    case standardManual = "STANDARD_MANUAL", saasOffline = "SAAS_OFFLINE", dataFile = "DATA_FILE"
    case license2 = "LICENSE2", license1 = "LICENSE1", licenseOffline = "LICENSE_OFFLINE"
    case hardware = "HARDWARE", appOrchestration = "APP_ORCHESTRATION"

    public var label: String {
        switch self {
        case .standardManual: "人工服务"
        case .saasOffline: "SaaS线下交付"
        case .dataFile: "数据文件"
        case .license2: "License 2.0"
        case .license1: "License 1.0"
        case .licenseOffline: "线下License"
        case .hardware: "硬件"
        case .appOrchestration: "应用编排"
        }
    }

    /// The node a new task of this flow starts at.
    public var firstNode: SupervisionNode {
        switch self {
        case .standardManual, .saasOffline, .dataFile, .licenseOffline: .waitRequirement
        case .license2: .sellerDeploying
        case .license1: .waitIdentCode
        case .hardware, .appOrchestration: .sellerImplementing
        }
    }
}

/// The acceptance scenario: 赋能云 and 基地云 orders pass through 华为云复核 (§7.3).
public enum SupervisionScenario: String, LabeledEnum {
    case general = "GENERAL", empowerCloud = "EMPOWER_CLOUD", baseCloud = "BASE_CLOUD"

    public var label: String {
        switch self {
        case .general: "通用"
        case .empowerCloud: "赋能云"
        case .baseCloud: "基地云"
        }
    }

    public var needsHuaweiReview: Bool { self != .general }
}

/// The current node of a supervision task (§13.b.1 and .2).
public enum SupervisionNode: String, LabeledEnum {
    case waitRequirement = "WAIT_REQUIREMENT", waitSellerConfirm = "WAIT_SELLER_CONFIRM"
    case sellerImplementing = "SELLER_IMPLEMENTING", huaweiReview = "HUAWEI_REVIEW"
    case waitBuyerAccept = "WAIT_BUYER_ACCEPT", completed = "COMPLETED", appealFrozen = "APPEAL_FROZEN"
    case unsubscribed = "UNSUBSCRIBED"
    case sellerDeploying = "SELLER_DEPLOYING", waitBuyerReceiveCode = "WAIT_BUYER_RECEIVE_CODE"
    case codeActivation = "CODE_ACTIVATION", sellerUploadProof = "SELLER_UPLOAD_PROOF"
    case waitIdentCode = "WAIT_IDENT_CODE", sellerDelivering = "SELLER_DELIVERING"
    case waitBuyerConfirm = "WAIT_BUYER_CONFIRM"

    public var label: String {
        switch self {
        case .waitRequirement: "用户提交需求"
        case .waitSellerConfirm: "商家确认需求"
        case .sellerImplementing: "商家实施服务"
        case .huaweiReview: "华为云复核"
        case .waitBuyerAccept: "用户确认验收"
        case .completed: "服务完成"
        case .appealFrozen: "申诉中"
        case .unsubscribed: "已退订"
        case .sellerDeploying: "商家部署交付"
        case .waitBuyerReceiveCode: "用户领取授权码"
        case .codeActivation: "授权码激活"
        case .sellerUploadProof: "商家上传交付证明"
        case .waitIdentCode: "用户提交识别码"
        case .sellerDelivering: "商家交付"
        case .waitBuyerConfirm: "用户确认"
        }
    }

    public var isTerminal: Bool { self == .completed || self == .unsubscribed }

    /// Nodes where the next move is the buyer's; idle time here is what lets the seller appeal (> 5 days).
    public var waitsForBuyer: Bool {
        switch self {
        case .waitRequirement, .waitBuyerAccept, .waitBuyerReceiveCode, .waitIdentCode, .waitBuyerConfirm: true
        default: false
        }
    }

    /// Nodes where the seller must act.
    public var waitsForSeller: Bool {
        switch self {
        case .waitSellerConfirm, .sellerImplementing, .sellerDeploying, .sellerUploadProof, .sellerDelivering,
             .codeActivation: true
        default: false
        }
    }
}

/// Who did something in a supervision timeline.
public enum SupervisionActor: String, LabeledEnum {
    case buyer = "BUYER", seller = "SELLER", huawei = "HUAWEI", system = "SYSTEM", ops = "OPS"

    public var label: String {
        switch self {
        case .buyer: "用户"
        case .seller: "商家"
        case .huawei: "华为云"
        case .system: "系统"
        case .ops: "运营经理"
        }
    }
}

/// The kind of a delivered acceptance file (需求文档 / 验收文档 / 截图 / 其他).
public enum DeliverableKind: String, LabeledEnum {
    case sow = "SOW", acceptance = "ACCEPTANCE", screenshot = "SCREENSHOT", other = "OTHER"

    public var label: String {
        switch self {
        case .sow: "需求文档"
        case .acceptance: "验收文档"
        case .screenshot: "截图"
        case .other: "其他"
        }
    }
}
