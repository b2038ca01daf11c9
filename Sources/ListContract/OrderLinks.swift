/// The records that belong to one order, for the detail pane's links (an order's instances, its interface
/// exceptions, its supervision task and its tickets), and the relay's journalled calls of an order or of a
/// gateway exception's order and activity. Found through the `order_id` indexes.
public struct OrderLinks: Hashable, Sendable {
    public var instanceIDs: [String]
    public var exceptionIDs: [String]
    public var supervisionTaskIDs: [String]
    public var ticketIDs: [String]
    /// Journalled calls, newest first.
    public var callIDs: [String]

    public init(instanceIDs: [String] = [], exceptionIDs: [String] = [], supervisionTaskIDs: [String] = [],
                ticketIDs: [String] = [], callIDs: [String] = []) {
        self.instanceIDs = instanceIDs
        self.exceptionIDs = exceptionIDs
        self.supervisionTaskIDs = supervisionTaskIDs
        self.ticketIDs = ticketIDs
        self.callIDs = callIDs
    }

    public var isEmpty: Bool {
        instanceIDs.isEmpty && exceptionIDs.isEmpty && supervisionTaskIDs.isEmpty && ticketIDs.isEmpty
            && callIDs.isEmpty
    }
}
