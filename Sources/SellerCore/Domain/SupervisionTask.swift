/// A file attached to a requirement or delivered as acceptance evidence.
public struct SupervisionFile: Equatable, Sendable {
    public var fileName: String
    public var size: Int64
    /// Lower-case hex SHA-256 of the content, when known.
    public var sha256: String?
    public var kind: DeliverableKind?
    public var uploadedAt: Timestamp
    /// Where the gateway serves the bytes (`/seller-gateway/v1/…`), when it keeps them; nil for a file it only
    /// describes. Untrusted: the client checks it before asking (`AttachmentPath.validated`).
    public var downloadPath: String?

    public init(fileName: String, size: Int64, sha256: String?, kind: DeliverableKind?, uploadedAt: Timestamp,
                downloadPath: String? = nil) {
        self.fileName = fileName
        self.size = size
        self.sha256 = sha256
        self.kind = kind
        self.uploadedAt = uploadedAt
        self.downloadPath = downloadPath
    }
}

/// One entry of a supervision timeline: who did what, when, with an optional note (e.g. a reject reason).
public struct SupervisionEvent: Equatable, Sendable {
    public var at: Timestamp
    public var actor: SupervisionActor
    public var action: String
    public var note: String

    public init(at: Timestamp, actor: SupervisionActor, action: String, note: String = "") {
        self.at = at
        self.actor = actor
        self.action = action
        self.note = note
    }
}

/// A service-supervision (服务监管) task of one order: the delivery workflow with its audit trail (§7).
public struct SupervisionTask: Equatable, Sendable {
    public var taskId: String
    public var orderId: String
    public var productName: String
    public var customerName: String
    public var flowKind: FlowKind
    public var scenario: SupervisionScenario
    public var node: SupervisionNode
    /// When the task entered its current node; idle time and the 5-day appeal rule count from here.
    public var nodeSince: Timestamp
    public var rejectCount: Int
    public var requirementText: String
    public var requirementFiles: [SupervisionFile]
    public var deliverables: [SupervisionFile]
    public var actualServiceStartTime: Timestamp?
    public var history: [SupervisionEvent]
    public var updatedAt: Timestamp

    public init(taskId: String, orderId: String, productName: String, customerName: String, flowKind: FlowKind,
                scenario: SupervisionScenario, node: SupervisionNode, nodeSince: Timestamp, rejectCount: Int,
                requirementText: String, requirementFiles: [SupervisionFile], deliverables: [SupervisionFile],
                actualServiceStartTime: Timestamp?, history: [SupervisionEvent], updatedAt: Timestamp) {
        self.taskId = taskId
        self.orderId = orderId
        self.productName = productName
        self.customerName = customerName
        self.flowKind = flowKind
        self.scenario = scenario
        self.node = node
        self.nodeSince = nodeSince
        self.rejectCount = rejectCount
        self.requirementText = requirementText
        self.requirementFiles = requirementFiles
        self.deliverables = deliverables
        self.actualServiceStartTime = actualServiceStartTime
        self.history = history
        self.updatedAt = updatedAt
    }

    /// Whole days spent on the current node at `now`.
    public func daysIdle(at now: Timestamp) -> Int {
        Int(max(0, now.millis - nodeSince.millis) / 86_400_000)
    }

    /// The seller may appeal when a buyer-side node has been idle more than 5 days (120 hours, not 6 whole days)
    /// or rejections exceed 3; never on a finished task or one an appeal already froze (the flow refuses those).
    public func sellerMayAppeal(at now: Timestamp) -> Bool {
        guard !node.isTerminal, node != .appealFrozen else { return false }
        return (node.waitsForBuyer && now.millis - nodeSince.millis > 5 * 86_400_000) || rejectCount > 3
    }
}
