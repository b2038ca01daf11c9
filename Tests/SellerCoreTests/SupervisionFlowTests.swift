import SellerCore
import Testing

let t0 = Timestamp(seconds: 1_768_465_845)

func file(_ name: String, kind: DeliverableKind? = .acceptance, at time: Timestamp = t0) -> SupervisionFile {
    SupervisionFile(fileName: name, size: 182_344, sha256: String(repeating: "ab", count: 32), kind: kind,
                    uploadedAt: time)
}

func task(_ flow: FlowKind, _ scenario: SupervisionScenario = .general, at node: SupervisionNode? = nil,
          rejectCount: Int = 0) -> SupervisionTask {
    SupervisionTask(taskId: "SV0K7Q2", orderId: "CS2611181819B4LVS", productName: "数据库运维专家服务",
                    customerName: "杭州云帆数据服务有限公司", flowKind: flow, scenario: scenario,
                    node: node ?? flow.firstNode, nodeSince: t0, rejectCount: rejectCount, requirementText: "",
                    requirementFiles: [], deliverables: [], actualServiceStartTime: nil, history: [], updatedAt: t0)
}

/// Applies `actions` in order, one hour apart, and returns the nodes visited after each.
func walk(_ task: inout SupervisionTask, _ actions: [SupervisionAction]) throws -> [SupervisionNode] {
    var nodes: [SupervisionNode] = []
    for (step, action) in actions.enumerated() {
        try SupervisionFlow.apply(action, to: &task, at: t0.adding(seconds: Int64(step + 1) * 3600))
        nodes.append(task.node)
    }
    return nodes
}

let deliver = SupervisionAction.sellerDeliver(files: [file("验收文档.pdf")], actualStart: nil)

/// One sample of every action, for the "everything else is refused" checks.
let everyAction: [SupervisionAction] = [
    .buyerSubmitRequirement(text: "请完成巡检", files: []), .sellerConfirmRequirement,
    .sellerRejectRequirement(reason: "请按需求模板填写"), deliver, .sellerDeploy, .buyerReceiveCode, .licenseActivated,
    .buyerSubmitIdentCode, .huaweiReviewPass, .huaweiReviewFail(reason: "缺少三方签字"), .buyerAccept,
    .buyerReject(reason: "交付内容与需求不符"), .appeal(by: .seller, reason: "买家长时间未验收"),
    .appealDecided(resumeAt: .sellerImplementing), .unsubscribe,
]

@Suite struct SupervisionFlowTests {
    @Test(arguments: [FlowKind.standardManual, .saasOffline, .dataFile, .licenseOffline])
    func standardFlowWithoutReview(_ flow: FlowKind) throws {
        var t = task(flow)
        #expect(t.node == .waitRequirement)
        let nodes = try walk(&t, [.buyerSubmitRequirement(text: "需求", files: []), .sellerConfirmRequirement, deliver,
                                  .buyerAccept])
        #expect(nodes == [.waitSellerConfirm, .sellerImplementing, .waitBuyerAccept, .completed])
    }

    @Test(arguments: [SupervisionScenario.empowerCloud, .baseCloud])
    func standardFlowWithHuaweiReview(_ scenario: SupervisionScenario) throws {
        var t = task(.standardManual, scenario)
        let nodes = try walk(&t, [.buyerSubmitRequirement(text: "需求", files: []), .sellerConfirmRequirement, deliver,
                                  .huaweiReviewFail(reason: "缺少签字"), deliver, .huaweiReviewPass,
                                  .buyerReject(reason: "不符"), deliver, .huaweiReviewPass, .buyerAccept])
        #expect(nodes == [.waitSellerConfirm, .sellerImplementing, .huaweiReview, .sellerImplementing, .huaweiReview,
                          .waitBuyerAccept, .sellerImplementing, .huaweiReview, .waitBuyerAccept, .completed])
    }

    @Test func requirementRejectLoopCountsRejections() throws {
        var t = task(.standardManual)
        for round in 1...4 {
            let nodes = try walk(&t, [.buyerSubmitRequirement(text: "第\(round)版", files: []),
                                      .sellerRejectRequirement(reason: "第\(round)次驳回")])
            #expect(nodes == [.waitSellerConfirm, .waitRequirement])
            #expect(t.rejectCount == round)
        }
        _ = try walk(&t, [.buyerSubmitRequirement(text: "第5版", files: []), .sellerConfirmRequirement, deliver,
                          .buyerReject(reason: "验收不通过")])
        #expect(t.rejectCount == 5, "a buyer's rejection of the delivery counts too")
        #expect(t.requirementText == "第5版")
    }

    @Test func deliveringWithoutFilesIsRefused() {
        let empty = SupervisionAction.sellerDeliver(files: [], actualStart: t0)
        #expect(refusal { try SupervisionFlow.next(after: empty, for: task(.standardManual, at: .sellerImplementing)) }
                == "attach at least one deliverable")
        #expect(refusal { try SupervisionFlow.next(after: empty, for: task(.license2, at: .sellerUploadProof)) }
                == "attach at least one delivery proof")
        #expect(refusal { try SupervisionFlow.next(after: empty, for: task(.license1, at: .sellerDelivering)) }
                == "attach at least one deliverable")
    }

    @Test(arguments: ["", "   ", "\n\t 　"])
    func rejectingWithoutReasonIsRefused(_ reason: String) {
        let t = task(.standardManual, at: .waitSellerConfirm)
        #expect(refusal { try SupervisionFlow.next(after: .sellerRejectRequirement(reason: reason), for: t) }
                == "a reject needs a reason")
    }

    @Test func appealFreezesThenResumes() throws {
        var t = task(.standardManual, at: .waitBuyerAccept)
        try SupervisionFlow.apply(.appeal(by: .seller, reason: "买家超过5天未验收"), to: &t, at: t0.adding(seconds: 60))
        #expect(t.node == .appealFrozen)
        for action in everyAction {
            let allowed: Bool
            switch action {
            case .appealDecided, .unsubscribe: allowed = true
            default: allowed = false
            }
            if allowed { continue }
            #expect(refusal { try SupervisionFlow.next(after: action, for: t) }
                    == "the task is frozen by an appeal until the operations manager decides", "\(action.name)")
        }
        #expect(try SupervisionFlow.next(after: .unsubscribe, for: t) == .unsubscribed)
        #expect(try SupervisionFlow.next(after: .appealDecided(resumeAt: .completed), for: t) == .completed)
        try SupervisionFlow.apply(.appealDecided(resumeAt: .waitBuyerAccept), to: &t, at: t0.adding(seconds: 120))
        #expect(t.node == .waitBuyerAccept)
        #expect(try SupervisionFlow.next(after: .buyerAccept, for: t) == .completed)
        #expect(refusal { try SupervisionFlow.next(after: .appealDecided(resumeAt: .completed), for: t) }
                == "no appeal is open")
    }

    @Test func anyOpenNodeCanBeAppealedOrUnsubscribed() throws {
        for node in SupervisionNode.allCases where !node.isTerminal && node != .appealFrozen {
            let t = task(.standardManual, .empowerCloud, at: node)
            #expect(try SupervisionFlow.next(after: .appeal(by: .buyer, reason: "x"), for: t) == .appealFrozen)
            #expect(try SupervisionFlow.next(after: .unsubscribe, for: t) == .unsubscribed)
        }
    }

    @Test func terminalNodesRefuseEverything() {
        for node in [SupervisionNode.completed, .unsubscribed] {
            #expect(node.isTerminal)
            for flow in FlowKind.allCases {
                for action in everyAction {
                    #expect(refusal { try SupervisionFlow.next(after: action, for: task(flow, .empowerCloud, at: node)) }
                            == "the task is finished (\(node.englishLabel))")
                }
            }
        }
    }

    @Test(arguments: [(SupervisionScenario.general, false), (.baseCloud, false), (.empowerCloud, true)])
    func license2(_ scenario: SupervisionScenario, reviewed: Bool) throws {
        var t = task(.license2, scenario)
        #expect(t.node == .sellerDeploying)
        var nodes = try walk(&t, [.sellerDeploy, .buyerReceiveCode, .licenseActivated, deliver])
        #expect(nodes == [.waitBuyerReceiveCode, .codeActivation, .sellerUploadProof, reviewed ? .huaweiReview : .completed])
        if reviewed {
            nodes = try walk(&t, [.huaweiReviewFail(reason: "缺截图"), deliver, .huaweiReviewPass])
            #expect(nodes == [.sellerUploadProof, .huaweiReview, .completed], "auto-accepted after the review")
        }
    }

    @Test(arguments: [(SupervisionScenario.general, false), (.baseCloud, false), (.empowerCloud, true)])
    func license1(_ scenario: SupervisionScenario, reviewed: Bool) throws {
        var t = task(.license1, scenario)
        #expect(t.node == .waitIdentCode)
        var nodes = try walk(&t, [.buyerSubmitIdentCode, deliver, .buyerReject(reason: "授权码无效"), deliver, .buyerAccept])
        #expect(nodes == [.sellerDelivering, .waitBuyerConfirm, .sellerDelivering, .waitBuyerConfirm,
                          reviewed ? .huaweiReview : .completed])
        if reviewed {
            nodes = try walk(&t, [.huaweiReviewFail(reason: "缺签字"), deliver, .buyerAccept, .huaweiReviewPass])
            #expect(nodes == [.sellerDelivering, .waitBuyerConfirm, .huaweiReview, .completed])
        }
    }

    @Test(arguments: SupervisionScenario.allCases)
    func hardwareHasNoRequirementStepAndNoReview(_ scenario: SupervisionScenario) throws {
        var t = task(.hardware, scenario)
        #expect(t.node == .sellerImplementing)
        let nodes = try walk(&t, [deliver, .buyerReject(reason: "未签收"), deliver, .buyerAccept])
        #expect(nodes == [.waitBuyerAccept, .sellerImplementing, .waitBuyerAccept, .completed])
    }

    @Test func appOrchestrationStartsAtImplementation() throws {
        var t = task(.appOrchestration)
        #expect(t.node == .sellerImplementing)
        #expect(try walk(&t, [deliver, .buyerAccept]) == [.waitBuyerAccept, .completed])
        var reviewed = task(.appOrchestration, .baseCloud)
        #expect(try walk(&reviewed, [deliver, .huaweiReviewPass, .buyerAccept]) == [.huaweiReview, .waitBuyerAccept, .completed])
        #expect(refusal { try SupervisionFlow.next(after: .sellerConfirmRequirement, for: task(.appOrchestration)) }
                == "the buyer's requirement can only be confirmed or rejected at the To confirm step")
    }

    /// Every action that is not legal at a node of any flow is refused with the flow's error code.
    @Test func outOfPlaceActionsAreRefused() {
        let legal: [(FlowKind, SupervisionNode, Set<String>)] = [
            (.standardManual, .waitRequirement, ["提交需求"]), (.standardManual, .waitSellerConfirm, ["确认需求", "驳回需求"]),
            (.standardManual, .sellerImplementing, ["确认完成"]),
            (.standardManual, .huaweiReview, ["华为云复核通过", "华为云复核驳回"]),
            (.standardManual, .waitBuyerAccept, ["确认验收", "驳回验收"]),
            (.license2, .sellerDeploying, ["部署交付"]), (.license2, .waitBuyerReceiveCode, ["领取授权码"]),
            (.license2, .codeActivation, ["授权码激活"]), (.license2, .sellerUploadProof, ["确认完成"]),
            (.license1, .waitIdentCode, ["提交识别码"]), (.license1, .sellerDelivering, ["确认完成"]),
            (.license1, .waitBuyerConfirm, ["确认验收", "驳回验收"]),
        ]
        #expect(Set(legal.map(\.1)).count == SupervisionNode.allCases.count - 3, "every open node but 申诉中")
        for (flow, node, names) in legal {
            let t = task(flow, .empowerCloud, at: node)
            for action in everyAction where action.name != "发起申诉" && action.name != "退订" {
                if names.contains(action.name) {
                    #expect((try? SupervisionFlow.next(after: action, for: t)) != nil, "\(action.name) @ \(node)")
                } else {
                    check(.refused, code: "SUPERVISION.ILLEGAL_TRANSITION", stateLabel: node.label,
                          actionName: action.name) {
                        try SupervisionFlow.next(after: action, for: t)
                    }
                }
            }
        }
    }
}
