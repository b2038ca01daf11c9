import ListContract
import Localization
import SellerCore

/// The marketplace's words for a record's status, type and the like, in both languages. The Chinese side is
/// SellerCore's `label` (KooGallery's own Seller Center words); the English side is `commandLineEnglish` below.
/// Once SellerCore's enums give a `Phrase` themselves, only `phrase(_:)` changes.
enum RecordWords {
    static func phrase<Value: CommandLineWords>(_ value: Value) -> Phrase {
        Phrase(zh: value.label, en: value.commandLineEnglish)
    }

    /// A stored value: its words when this build knows it, else the stored spelling in both languages.
    static func phrase<Value: CommandLineWords>(_ value: StoredValue<Value>) -> Phrase {
        value.known.map { phrase($0) } ?? Phrase(verbatim: value.rawValue)
    }

    /// The words of every case, for a column as wide as its widest label.
    static func all<Value: CommandLineWords>(_ type: Value.Type, in language: Language) -> [String] {
        Value.allCases.map { phrase($0)(language) }
    }
}

/// A labelled enum with the English word the command line prints for it. Kept short: they are table cells.
protocol CommandLineWords: LabeledEnum {
    var commandLineEnglish: String { get }
}

extension OrderStatus: CommandLineWords {
    var commandLineEnglish: String {
        switch self {
        case .pendingPayment: "Pending payment"
        case .processing: "Processing"
        case .cancelled: "Cancelled"
        case .completed: "Completed"
        }
    }
}

extension OrderType: CommandLineWords {
    var commandLineEnglish: String {
        switch self {
        case .new: "New"
        case .trial: "Trial"
        case .trialToFormal: "Trial to paid"
        case .unsubscribe: "Unsubscribe"
        case .renew: "Renewal"
        case .change: "Change"
        }
    }
}

extension ChargingMode: CommandLineWords {
    var commandLineEnglish: String {
        switch self {
        case .period: "Yearly/monthly"
        case .onDemand: "Pay-per-use"
        case .oneTime: "One-off"
        case .onDemandPackage: "Usage package"
        }
    }
}

extension InstanceStatus: CommandLineWords {
    var commandLineEnglish: String {
        switch self {
        case .provisioning: "Provisioning"
        case .provisionFailed: "Provision failed"
        case .normal: "Normal"
        case .frozen: "Frozen"
        case .released: "Released"
        }
    }
}

extension ExceptionState: CommandLineWords {
    var commandLineEnglish: String {
        switch self {
        case .retrying: "Retrying"
        case .exhausted: "Retries stopped"
        case .manualRetryRequested: "Restarting"
        case .resolved: "Resolved"
        case .orderAutoUnsubscribed: "Auto-unsubscribed"
        case .recovered: "Recovered"
        }
    }
}

extension Activity: CommandLineWords {
    var commandLineEnglish: String {
        switch self {
        case .newInstance: "Create instance"
        case .queryInstance: "Query instance"
        case .refreshInstance: "Refresh instance"
        case .updateInstanceStatus, .instanceStatus: "Instance status"
        case .expireInstance: "Instance expired"
        case .releaseInstance: "Release instance"
        case .upgradeInstance, .upgrade: "Upgrade instance"
        case .changeInstanceCheck: "Change check"
        case .orderNotify: "Order notice"
        case .getLicense, .getLicenseAsync: "Get license"
        case .refreshLicenseCode: "Extend license"
        case .updateLicenseCodeStatus: "License status"
        case .releaseLicenseCode: "Release license"
        }
    }
}

extension SupervisionNode: CommandLineWords {
    var commandLineEnglish: String {
        switch self {
        case .waitRequirement: "Buyer requirement"
        case .waitSellerConfirm: "Seller confirms"
        case .sellerImplementing: "Seller implementing"
        case .huaweiReview: "Huawei Cloud review"
        case .waitBuyerAccept: "Buyer acceptance"
        case .completed: "Service completed"
        case .appealFrozen: "Under appeal"
        case .unsubscribed: "Unsubscribed"
        case .sellerDeploying: "Seller deploying"
        case .waitBuyerReceiveCode: "Buyer gets code"
        case .codeActivation: "Code activation"
        case .sellerUploadProof: "Seller uploads proof"
        case .waitIdentCode: "Buyer ident code"
        case .sellerDelivering: "Seller delivering"
        case .waitBuyerConfirm: "Buyer confirms"
        }
    }
}

extension SupervisionScenario: CommandLineWords {
    var commandLineEnglish: String {
        switch self {
        case .general: "General"
        case .empowerCloud: "Empower cloud"
        case .baseCloud: "Base cloud"
        }
    }
}

extension TicketStatus: CommandLineWords {
    var commandLineEnglish: String {
        switch self {
        case .pendingAccept: "Pending acceptance"
        case .inProgress: "In progress"
        case .waitingCustomer: "Awaiting customer"
        case .waitingConfirm: "Awaiting confirmation"
        case .done: "Done"
        case .withdrawn: "Withdrawn"
        case .invalid: "Invalid"
        }
    }
}

extension CallOutcome: CommandLineWords {
    var commandLineEnglish: String {
        switch self {
        case .pending: "Awaiting answer"
        case .success: "Success"
        case .failure: "Failure"
        }
    }
}

extension CallOrigin: CommandLineWords {
    var commandLineEnglish: String { self == .marketplace ? "Marketplace" : "Replay" }
}

extension SignatureVerdict: CommandLineWords {
    var commandLineEnglish: String {
        switch self {
        case .ok: "Signature OK"
        case .mismatch: "Mismatch"
        case .stale: "Stale"
        case .missing: "No signature"
        case .replayedNonce: "Nonce reused"
        case .unchecked: "Unchecked"
        }
    }
}

extension OutboxState: CommandLineWords {
    var commandLineEnglish: String {
        switch self {
        case .queued: "Queued"
        case .sending: "Sending"
        case .waiting: "Waiting to retry"
        case .failed: "Failed"
        case .done: "Done"
        case .discarded: "Discarded"
        }
    }
}

extension ActionKind: CommandLineWords {
    var commandLineEnglish: String { englishLabel }
}

extension Site: CommandLineWords {
    var commandLineEnglish: String {
        switch self {
        case .cn: "China site"
        case .intl: "International site"
        case .eu: "Europe site"
        case .local: "Local simulator"
        }
    }
}
