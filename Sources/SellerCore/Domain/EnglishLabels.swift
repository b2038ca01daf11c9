// The English label of every labelled enum, beside nothing else so the wire spellings and Chinese labels in the
// enums' own files stay as they were. Labels shown in list columns are kept short (list values at most 12
// cells) so the English tables fit 80 columns as the Chinese ones do.

extension EntityKind: PhraseLabeled {}

extension OrderType {
    public var englishLabel: String {
        switch self {
        case .new: "New"
        case .trial: "Trial"
        case .trialToFormal: "Converted"
        case .unsubscribe: "Unsubscribe"
        case .renew: "Renewal"
        case .change: "Change"
        }
    }
}

extension OrderStatus {
    public var englishLabel: String {
        switch self {
        case .pendingPayment: "Unpaid"
        case .processing: "Processing"
        case .cancelled: "Cancelled"
        case .completed: "Completed"
        }
    }
}

extension ChargingMode {
    public var englishLabel: String {
        switch self {
        case .period: "Yearly/monthly"
        case .onDemand: "Pay-per-use"
        case .oneTime: "One-time"
        case .onDemandPackage: "Package"
        }
    }
}

extension PeriodType {
    public var englishLabel: String {
        switch self {
        case .year: "Yearly"
        case .month: "Monthly"
        case .day: "Daily"
        }
    }
}

extension Site {
    public var englishLabel: String {
        switch self {
        case .cn: "China site"
        case .intl: "International site"
        case .eu: "Europe site"
        case .local: "Local simulator"
        }
    }
}

extension Activity {
    public var englishLabel: String {
        switch self {
        case .newInstance: "Create instance"
        case .queryInstance: "Query instance"
        case .refreshInstance: "Update instance"
        case .updateInstanceStatus, .instanceStatus: "Instance status"
        case .expireInstance: "Expire instance"
        case .releaseInstance: "Release instance"
        case .upgradeInstance, .upgrade: "Upgrade instance"
        case .changeInstanceCheck: "Change check"
        case .orderNotify: "Order notice"
        case .getLicense, .getLicenseAsync: "Get license"
        case .refreshLicenseCode: "Renew license"
        case .updateLicenseCodeStatus: "License status"
        case .releaseLicenseCode: "Release license"
        }
    }
}

extension InterfaceVersion {
    public var englishLabel: String { rawValue }
}

extension RetryPolicy {
    public var englishLabel: String {
        switch self {
        case .hourlyFor3h: "Hourly for 3 hours"
        case .for1h: "Retried within 1 hour"
        case .once: "Called once only"
        case .every2minX60: "Every 2 minutes, 60 times"
        }
    }
}

extension ExceptionState {
    public var englishLabel: String {
        switch self {
        case .retrying: "Retrying"
        case .exhausted: "Exhausted"
        case .manualRetryRequested: "Restarting"
        case .resolved: "Resolved"
        case .orderAutoUnsubscribed: "Unsubscribed"
        case .recovered: "Recovered"
        }
    }
}

extension AttemptTrigger {
    public var englishLabel: String {
        switch self {
        case .initial: "First call"
        case .automatic: "Auto retry"
        case .manual: "Restart"
        case .replay: "Replay"
        }
    }
}

extension AttemptOutcome {
    public var englishLabel: String { self == .success ? "Success" : "Failure" }
}

extension FlowKind {
    public var englishLabel: String {
        switch self {
        case .standardManual: "Manual service"
        case .saasOffline: "SaaS offline delivery"
        case .dataFile: "Data file"
        case .license2: "License 2.0"
        case .license1: "License 1.0"
        case .licenseOffline: "Offline license"
        case .hardware: "Hardware"
        case .appOrchestration: "App orchestration"
        }
    }
}

extension SupervisionScenario {
    public var englishLabel: String {
        switch self {
        case .general: "General"
        case .empowerCloud: "Empower"
        case .baseCloud: "Base"
        }
    }
}

extension SupervisionNode {
    public var englishLabel: String {
        switch self {
        case .waitRequirement: "Buyer brief"
        case .waitSellerConfirm: "To confirm"
        case .sellerImplementing: "Implementing"
        case .huaweiReview: "Huawei check"
        case .waitBuyerAccept: "Buyer accept"
        case .completed: "Completed"
        case .appealFrozen: "Under appeal"
        case .unsubscribed: "Unsubscribed"
        case .sellerDeploying: "Deploying"
        case .waitBuyerReceiveCode: "Code pickup"
        case .codeActivation: "Activation"
        case .sellerUploadProof: "Upload proof"
        case .waitIdentCode: "Ident code"
        case .sellerDelivering: "Delivering"
        case .waitBuyerConfirm: "Buyer check"
        }
    }
}

extension SupervisionActor {
    public var englishLabel: String {
        switch self {
        case .buyer: "Buyer"
        case .seller: "Seller"
        case .huawei: "Huawei Cloud"
        case .system: "System"
        case .ops: "Ops manager"
        }
    }
}

extension DeliverableKind {
    public var englishLabel: String {
        switch self {
        case .sow: "Requirements"
        case .acceptance: "Acceptance"
        case .screenshot: "Screenshot"
        case .other: "Other"
        }
    }
}

extension TicketStatus {
    public var englishLabel: String {
        switch self {
        case .pendingAccept: "To accept"
        case .inProgress: "In progress"
        case .waitingCustomer: "With customer"
        case .waitingConfirm: "To confirm"
        case .done: "Done"
        case .withdrawn: "Withdrawn"
        case .invalid: "Invalid"
        }
    }
}

extension TicketAuthor {
    public var englishLabel: String {
        switch self {
        case .customer: "Customer"
        case .seller: "Seller"
        case .system: "System"
        }
    }
}

extension InstanceStatus {
    public var englishLabel: String {
        switch self {
        case .provisioning: "Opening"
        case .provisionFailed: "Failed"
        case .normal: "Normal"
        case .frozen: "Frozen"
        case .released: "Released"
        }
    }
}

extension CallOrigin {
    public var englishLabel: String { self == .marketplace ? "Marketplace" : "Replay" }
}

extension SignatureVerdict {
    public var englishLabel: String {
        switch self {
        case .ok: "Valid"
        case .mismatch: "Mismatch"
        case .stale: "Stale"
        case .missing: "Missing"
        case .replayedNonce: "Old nonce"
        case .unchecked: "Unchecked"
        }
    }
}

extension CallOutcome {
    public var englishLabel: String {
        switch self {
        case .pending: "Pending"
        case .success: "Success"
        case .failure: "Failure"
        }
    }
}

extension CallFailureKind {
    public var englishLabel: String {
        switch self {
        case .timeout: "Timeout"
        case .refused: "Connection failed"
        case .httpStatus: "HTTP status"
        case .notJSON: "Not JSON"
        case .missingField: "Missing field"
        case .resultCode: "Result code"
        case .badBodySign: "Bad Body-Sign"
        case .relayStopped: "No answer (relay stopped)"
        case .signatureRefused: "Signature refused"
        case .relayLimit: "Relay limit"
        }
    }
}

extension MessageSource {
    public var englishLabel: String { self == .gateway ? "Gateway" : "Call log" }
}

extension OutboxState {
    public var englishLabel: String {
        switch self {
        case .queued: "Queued"
        case .sending: "Sending"
        case .waiting: "Waiting"
        case .failed: "Failed"
        case .done: "Done"
        case .discarded: "Discarded"
        }
    }
}

extension OutboxFailure {
    public var englishLabel: String {
        switch self {
        case .keysRefused: "Keys or signature refused"
        case .notAllowed: "Not allowed in this state"
        case .refused: "Refused"
        case .fileChanged: "File changed"
        case .fileUnreadable: "File unreadable"
        case .gaveUp: "Out of retries"
        case .unreadable: "Unreadable"
        case .restartFailed: "Restart failed"
        }
    }
}

extension SupervisionAction {
    /// `name` in English, for the console's English 下一步 (next step) lines.
    public var englishName: String {
        switch self {
        case .buyerSubmitRequirement: "submit the requirement"
        case .sellerConfirmRequirement: "confirm the requirement"
        case .sellerRejectRequirement: "reject the requirement"
        case .sellerDeliver: "confirm completion"
        case .sellerDeploy: "deploy and deliver"
        case .buyerReceiveCode: "collect the license code"
        case .licenseActivated: "activate the license code"
        case .buyerSubmitIdentCode: "submit the identification code"
        case .huaweiReviewPass: "pass the review"
        case .huaweiReviewFail: "reject the review"
        case .buyerAccept: "accept the delivery"
        case .buyerReject: "reject the delivery"
        case .appeal: "appeal"
        case .appealDecided: "decide the appeal"
        case .unsubscribe: "unsubscribe"
        }
    }
}
