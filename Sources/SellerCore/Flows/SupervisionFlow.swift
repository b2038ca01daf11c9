/// Something that moves a supervision task (§7, §13.b.1–2). Seller actions are the console's; the others are
/// the buyer's, Huawei's or the system's, and the simulator plays them.
public enum SupervisionAction: Equatable, Sendable {
    case buyerSubmitRequirement(text: String, files: [SupervisionFile])
    case sellerConfirmRequirement
    case sellerRejectRequirement(reason: String)
    /// 确认完成 / 上传交付证明 / 交付: deliverables are attached, optionally with the actual service start time.
    case sellerDeliver(files: [SupervisionFile], actualStart: Timestamp?)
    case sellerDeploy
    case buyerReceiveCode
    case licenseActivated
    case buyerSubmitIdentCode
    case huaweiReviewPass
    case huaweiReviewFail(reason: String)
    case buyerAccept
    case buyerReject(reason: String)
    case appeal(by: SupervisionActor, reason: String)
    case appealDecided(resumeAt: SupervisionNode)
    case unsubscribe

    /// The name shown in timelines and errors.
    public var name: String {
        switch self {
        case .buyerSubmitRequirement: "提交需求"
        case .sellerConfirmRequirement: "确认需求"
        case .sellerRejectRequirement: "驳回需求"
        case .sellerDeliver: "确认完成"
        case .sellerDeploy: "部署交付"
        case .buyerReceiveCode: "领取授权码"
        case .licenseActivated: "授权码激活"
        case .buyerSubmitIdentCode: "提交识别码"
        case .huaweiReviewPass: "华为云复核通过"
        case .huaweiReviewFail: "华为云复核驳回"
        case .buyerAccept: "确认验收"
        case .buyerReject: "驳回验收"
        case .appeal: "发起申诉"
        case .appealDecided: "申诉处理"
        case .unsubscribe: "退订"
        }
    }

    public var actor: SupervisionActor {
        switch self {
        case .sellerConfirmRequirement, .sellerRejectRequirement, .sellerDeliver, .sellerDeploy:
            .seller
        case .huaweiReviewPass, .huaweiReviewFail: .huawei
        // The license activates by itself once the buyer has the code (docs/KOOGALLERY.md §7.5).
        case .licenseActivated: .system
        case .appeal(let by, _): by
        case .appealDecided: .ops
        case .unsubscribe: .system
        default: .buyer
        }
    }
}

/// The pure transition function of supervision tasks, shared by the console (to refuse early) and the
/// simulator (to apply actions).
public enum SupervisionFlow {
    /// The node `action` leads to from `task`'s node, or why it is not allowed.
    public static func next(after action: SupervisionAction, for task: SupervisionTask)
        throws(TransitionError) -> SupervisionNode {
        let node = task.node
        func refuse(_ reason: String, _ chinese: String) -> TransitionError {
            TransitionError(code: "SUPERVISION.ILLEGAL_TRANSITION", state: node.label, action: action.name,
                            reason: reason, chineseReason: chinese)
        }
        if node.isTerminal { throw refuse("the task is finished (\(node.englishLabel))", "任务已结束") }
        if node == .appealFrozen, !isAppealDecision(action), action != .unsubscribe {
            throw refuse("the task is frozen by an appeal until the operations manager decides",
                         "任务因申诉冻结，等待运营经理处理")
        }
        switch (action, node) {
        case (.buyerSubmitRequirement, .waitRequirement): return .waitSellerConfirm
        case (.sellerConfirmRequirement, .waitSellerConfirm): return .sellerImplementing
        case (.sellerRejectRequirement(let reason), .waitSellerConfirm):
            guard !reason.trimmingWhitespace.isEmpty else { throw refuse("a reject needs a reason", "驳回需要填写原因") }
            return .waitRequirement
        case (.sellerDeliver(let files, _), .sellerImplementing):
            guard !files.isEmpty else { throw refuse("attach at least one deliverable", "请至少附上一个交付件") }
            return task.scenario.needsHuaweiReview && task.flowKind != .hardware ? .huaweiReview : .waitBuyerAccept
        case (.sellerDeliver(let files, _), .sellerUploadProof):
            guard !files.isEmpty else { throw refuse("attach at least one delivery proof", "请至少附上一个交付证明") }
            return task.scenario == .empowerCloud ? .huaweiReview : .completed
        case (.sellerDeliver(let files, _), .sellerDelivering):
            guard !files.isEmpty else { throw refuse("attach at least one deliverable", "请至少附上一个交付件") }
            return .waitBuyerConfirm
        case (.sellerDeploy, .sellerDeploying): return .waitBuyerReceiveCode
        case (.buyerReceiveCode, .waitBuyerReceiveCode): return .codeActivation
        case (.licenseActivated, .codeActivation): return .sellerUploadProof
        case (.buyerSubmitIdentCode, .waitIdentCode): return .sellerDelivering
        case (.buyerAccept, .waitBuyerConfirm):
            // License 1.0 goes through 华为云复核 for 赋能云 only, like License 2.0 (§7.5).
            return task.scenario == .empowerCloud ? .huaweiReview : .completed
        case (.buyerReject, .waitBuyerConfirm): return .sellerDelivering
        case (.huaweiReviewPass, .huaweiReview):
            return task.flowKind == .license1 || task.flowKind == .license2 ? .completed : .waitBuyerAccept
        case (.huaweiReviewFail, .huaweiReview):
            switch task.flowKind {
            case .license2: return .sellerUploadProof
            case .license1: return .sellerDelivering
            default: return .sellerImplementing
            }
        case (.buyerAccept, .waitBuyerAccept): return .completed
        case (.buyerReject, .waitBuyerAccept): return .sellerImplementing
        case (.appeal, .appealFrozen): throw refuse("an appeal is already open", "已有申诉在处理中")
        case (.appeal, _): return .appealFrozen
        case (.appealDecided(let resume), .appealFrozen): return resume
        case (.unsubscribe, _): return .unsubscribed
        default:
            let expected = expectation(for: action)
            throw refuse(expected?.english ?? "not possible at this node", expected?.chinese ?? "当前节点不能这样操作")
        }
    }

    /// Applies `action` to `task` at `now`: moves the node, counts rejections, records deliverables and the
    /// timeline entry. Throws without changing anything when the action is not allowed.
    public static func apply(_ action: SupervisionAction, to task: inout SupervisionTask, at now: Timestamp)
        throws(TransitionError) {
        let target = try next(after: action, for: task)
        var note = ""
        switch action {
        case .buyerSubmitRequirement(let text, let files):
            task.requirementText = text
            task.requirementFiles = files
        case .sellerRejectRequirement(let reason), .buyerReject(let reason), .huaweiReviewFail(let reason):
            task.rejectCount += 1
            note = reason
        case .sellerDeliver(let files, let actualStart):
            task.deliverables.append(contentsOf: files)
            if let actualStart { task.actualServiceStartTime = actualStart }
            note = files.map(\.fileName).joined(separator: ", ")
        case .appeal(_, let reason):
            note = reason
        default:
            break
        }
        task.history.append(SupervisionEvent(at: now, actor: action.actor, action: action.name, note: note))
        if target != task.node { task.nodeSince = now }
        task.node = target
        task.updatedAt = now
    }

    private static func isAppealDecision(_ action: SupervisionAction) -> Bool {
        if case .appealDecided = action { return true }
        return false
    }

    /// Where an action can happen, for the refusal's wording.
    private static func expectation(for action: SupervisionAction) -> (english: String, chinese: String)? {
        switch action {
        case .sellerConfirmRequirement, .sellerRejectRequirement:
            ("the buyer's requirement can only be confirmed or rejected at the To confirm step",
             "只有在「商家确认需求」节点才能确认或驳回需求")
        case .sellerDeliver:
            ("deliverables are submitted only at the Implementing, Upload proof or Delivering step",
             "只有在「商家实施服务」「商家上传交付证明」或「商家交付」节点才能提交交付")
        case .buyerAccept, .buyerReject:
            ("acceptance happens only at the Buyer accept or Buyer check step", "只有在「用户确认验收」或「用户确认」节点才能验收")
        case .huaweiReviewPass, .huaweiReviewFail:
            ("only tasks at the Huawei check step are reviewed", "只有「华为云复核」节点的任务才会被复核")
        case .appealDecided: ("no appeal is open", "没有正在处理的申诉")
        default: nil
        }
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    public var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
