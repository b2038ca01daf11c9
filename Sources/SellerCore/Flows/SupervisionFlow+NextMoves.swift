/// What can move a supervision task on from where it stands, read off `SupervisionFlow.next` itself rather than
/// kept as a second list of nodes: 待我处理 lists the nodes where the console has a seller action the flow allows,
/// and the detail pane says who acts next and where (issue 13).
extension SupervisionFlow {
    /// The seller actions the console sends for supervision tasks (确认需求, 驳回需求, 确认完成); the other seller
    /// moves (部署交付) happen in Seller Center.
    public static func isConsoleAction(_ action: SupervisionAction) -> Bool {
        switch action {
        case .sellerConfirmRequirement, .sellerRejectRequirement, .sellerDeliver: true
        default: false
        }
    }

    /// Every move of the flow with placeholder payloads, appeals and unsubscription aside (they are possible at
    /// any open node and move nothing forward).
    static let probes: [SupervisionAction] = {
        let file = SupervisionFile(fileName: "-", size: 1, sha256: nil, kind: nil, uploadedAt: Timestamp(millis: 0))
        return [.buyerSubmitRequirement(text: "-", files: [file]), .sellerConfirmRequirement,
                .sellerRejectRequirement(reason: "-"), .sellerDeliver(files: [file], actualStart: nil),
                .sellerDeploy, .buyerReceiveCode, .licenseActivated, .buyerSubmitIdentCode, .huaweiReviewPass,
                .huaweiReviewFail(reason: "-"), .buyerAccept, .buyerReject(reason: "-"),
                .appealDecided(resumeAt: .sellerImplementing)]
    }()

    /// The moves the flow allows for `task` where it stands, in the flow's order, one per action name.
    public static func nextMoves(for task: SupervisionTask) -> [SupervisionAction] {
        var names: Set<String> = []
        return probes.filter { action in
            (try? next(after: action, for: task)) != nil && names.insert(action.name).inserted
        }
    }

    /// Whether some task at `node` (of any flow and scenario) has a move the console can send.
    public static func consoleCanAct(at node: SupervisionNode) -> Bool { consoleActionNodes.contains(node) }

    /// Whether the next move at `node` is the seller's in some flow (in the console or in Seller Center); not at
    /// 授权码激活, which passes by itself.
    public static func sellerMoves(at node: SupervisionNode) -> Bool { sellerMoveNodes.contains(node) }

    /// The nodes the 待我处理 filter lists.
    public static var nodesAwaitingConsoleAction: [SupervisionNode] {
        SupervisionNode.allCases.filter(consoleCanAct)
    }

    /// Worked out once: every cell of the 服务监管 list asks for its role.
    private static let consoleActionNodes = nodes { $0.contains(where: isConsoleAction) }
    private static let sellerMoveNodes = nodes { $0.contains { $0.actor == .seller } }

    /// The nodes where, for some flow and scenario, the moves the flow allows satisfy `test`.
    private static func nodes(where test: ([SupervisionAction]) -> Bool) -> Set<SupervisionNode> {
        Set(SupervisionNode.allCases.filter { node in
            FlowKind.allCases.contains { flow in
                SupervisionScenario.allCases.contains { test(nextMoves(for: .probe(flow, $0, at: node))) }
            }
        })
    }
}

extension SupervisionTask {
    /// An empty task of `flow` and `scenario` at `node`, to ask the flow what it allows there.
    static func probe(_ flow: FlowKind, _ scenario: SupervisionScenario, at node: SupervisionNode) -> SupervisionTask {
        let zero = Timestamp(millis: 0)
        return SupervisionTask(taskId: "", orderId: "", productName: "", customerName: "", flowKind: flow,
                               scenario: scenario, node: node, nodeSince: zero, rejectCount: 0, requirementText: "",
                               requirementFiles: [], deliverables: [], actualServiceStartTime: nil, history: [],
                               updatedAt: zero)
    }
}
