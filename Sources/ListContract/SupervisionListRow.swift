import SellerCore

/// The Supervision (服务监管) table's columns; idle time is `now - nodeSince`, computed by the view.
public struct SupervisionListRow: Hashable, Sendable {
    public var taskId: String
    public var orderId: String
    public var customerName: String
    public var productName: String
    public var node: String
    public var nodeSince: Timestamp
    public var rejectCount: Int
    public var scenario: String
    public var flowKind: String
    public var pendingAction: String?

    public init(taskId: String, orderId: String, customerName: String, productName: String, node: String,
                nodeSince: Timestamp, rejectCount: Int, scenario: String, flowKind: String, pendingAction: String?) {
        self.taskId = taskId
        self.orderId = orderId
        self.customerName = customerName
        self.productName = productName
        self.node = node
        self.nodeSince = nodeSince
        self.rejectCount = rejectCount
        self.scenario = scenario
        self.flowKind = flowKind
        self.pendingAction = pendingAction
    }

    public var nodeLabel: String { SupervisionNode(rawValue: node)?.label ?? node }
    public var scenarioLabel: String { SupervisionScenario(rawValue: scenario)?.label ?? scenario }
    public var flowKindLabel: String { FlowKind(rawValue: flowKind)?.label ?? flowKind }
}
