import SellerCore

/// The Supervision (服务监管) table's columns; idle time is `now - nodeSince`, computed by the view.
public struct SupervisionListRow: Hashable, Sendable {
    public var taskId: String
    public var orderId: String
    public var customerName: String
    public var productName: String
    public var node: StoredValue<SupervisionNode>
    public var nodeSince: Timestamp
    public var rejectCount: Int
    public var scenario: StoredValue<SupervisionScenario>
    public var flowKind: StoredValue<FlowKind>
    public var pendingMark: PendingMark?

    public init(taskId: String, orderId: String, customerName: String, productName: String,
                node: StoredValue<SupervisionNode>, nodeSince: Timestamp, rejectCount: Int,
                scenario: StoredValue<SupervisionScenario>, flowKind: StoredValue<FlowKind>,
                pendingMark: PendingMark?) {
        self.taskId = taskId
        self.orderId = orderId
        self.customerName = customerName
        self.productName = productName
        self.node = node
        self.nodeSince = nodeSince
        self.rejectCount = rejectCount
        self.scenario = scenario
        self.flowKind = flowKind
        self.pendingMark = pendingMark
    }

    public var nodeLabel: String { node.label }
    public var scenarioLabel: String { scenario.label }
    public var flowKindLabel: String { flowKind.label }
}
