import SellerCore

extension RecordFactory {
    /// The seeded supervision task `index` of order `10·index + 3`: its timeline is a random walk through the
    /// real state machine, so every generated task is one the flow could have produced.
    func supervision(_ index: Int) -> SupervisionTask {
        var random = random(.supervision, index)
        let orderIndex = OrderRole.orderIndex(ofTask: index)
        let order = order(orderIndex, status: .processing)
        let product = product(ofOrder: orderIndex)
        let flow = product.supervisedFlow ?? .standardManual
        let scenario: SupervisionScenario = random.pick(weighted: [(.general, 70), (.empowerCloud, 20), (.baseCloud, 10)])
        var clock = order.createTime.adding(seconds: Int64(random.int(600...7200)))
        var task = SupervisionTask(
            taskId: RecordID.taskId(index: index), orderId: order.orderId, productName: order.productName,
            customerName: order.buyer.customerName, flowKind: flow, scenario: scenario, node: flow.firstNode,
            nodeSince: clock, rejectCount: 0, requirementText: "", requirementFiles: [], deliverables: [],
            actualServiceStartTime: nil, history: [SupervisionEvent(at: clock, actor: .system, action: "创建服务监管")],
            updatedAt: clock)
        let steps = random.int(0...9)
        let limit = epoch.adding(seconds: -60)
        for _ in 0..<steps {
            let next = clock.adding(seconds: Int64(random.int(2 * 3600...(4 * 86_400))))
            guard next < limit, let action = randomAction(for: task, at: next, random: &random) else { break }
            do {
                try SupervisionFlow.apply(action, to: &task, at: next)
            } catch {
                break
            }
            clock = next
            if task.node.isTerminal || task.node == .appealFrozen { break }
        }
        task.updatedAt = baseUpdatedAt(index, of: .supervision)
        return task
    }

    private func randomAction(for task: SupervisionTask, at time: Timestamp,
                              random: inout SeededRandom) -> SupervisionAction? {
        if random.chance(0.02) { return .appeal(by: random.chance(0.5) ? .buyer : .seller, reason: "对方长时间未处理") }
        switch task.node {
        case .waitRequirement:
            let files = random.chance(0.7)
                ? [SupervisionFile(fileName: random.pick(NamePools.fileNames), size: Int64(random.int(20_000...4_000_000)),
                                   sha256: random.hex(64), kind: nil, uploadedAt: time)]
                : []
            var text = random.pick(NamePools.requirements)
            if task.rejectCount > 0 { text += "(第\(task.rejectCount + 1)次提交,已按驳回意见补充)" }
            return .buyerSubmitRequirement(text: text, files: files)
        case .waitSellerConfirm:
            return random.chance(0.7) ? .sellerConfirmRequirement
                : .sellerRejectRequirement(reason: random.pick(["需求描述不完整,请补充验收标准", "附件无法打开,请重新上传",
                                                                "请按需求模板填写"]))
        case .sellerImplementing, .sellerUploadProof, .sellerDelivering:
            let count = random.int(1...3)
            let files = (0..<count).map { _ in
                SupervisionFile(fileName: random.pick(NamePools.deliverableNames), size: Int64(random.int(50_000...9_000_000)),
                                sha256: random.hex(64), kind: random.pick(DeliverableKind.allCases), uploadedAt: time)
            }
            return .sellerDeliver(files: files, actualStart: random.chance(0.5) ? time.adding(seconds: -86_400) : nil)
        case .huaweiReview:
            return random.chance(0.8) ? .huaweiReviewPass : .huaweiReviewFail(reason: "验收文档缺少三方签字")
        case .waitBuyerAccept, .waitBuyerConfirm:
            return random.chance(0.75) ? .buyerAccept : .buyerReject(reason: "交付内容与需求不符,请修改")
        case .sellerDeploying: return .sellerDeploy
        case .waitBuyerReceiveCode: return .buyerReceiveCode
        case .codeActivation: return .licenseActivated
        case .waitIdentCode: return .buyerSubmitIdentCode
        case .completed, .unsubscribed, .appealFrozen: return nil
        }
    }
}
