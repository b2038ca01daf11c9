import ListContract
import SellerCore

/// What a list column shows, independent of its position, so the sort marker, the cells and a mouse click on
/// a header all find a column by meaning rather than by a number that changes when columns are reordered.
public enum ListColumn: String, CaseIterable, Hashable, Sendable {
    case orderId, createTime, customerName, productName, orderType, status, amount
    case instanceId, chargingMode, expireTime
    case lastAttemptAt, activity, state, windowLeft, attemptCount, exceptionInfo
    case node, daysIdle, rejectCount, scenario
    case caseId, title, messageCount, updatedAt
    case receivedAt, outcome, signature, latency, failure
    case source, origin, httpStatus

    /// The store's sort column behind this column, if the list can be sorted by it.
    public var sortColumn: ListSortColumn? {
        switch self {
        case .orderId: .orderId
        case .createTime: .createTime
        case .customerName: .customerName
        case .status: .status
        case .expireTime: .expireTime
        case .lastAttemptAt: .lastAttemptAt
        case .activity: .activity
        case .state: .state
        case .windowLeft: .windowEndsAt
        case .attemptCount: .attemptCount
        case .node: .node
        case .daysIdle: .nodeSince
        case .rejectCount: .rejectCount
        case .updatedAt: .updatedAt
        case .receivedAt: .receivedAt
        case .outcome: .outcome
        case .latency: .latency
        case .productName, .orderType, .amount, .instanceId, .chargingMode, .exceptionInfo, .scenario, .caseId,
             .title, .messageCount, .signature, .failure, .source, .origin, .httpStatus: nil
        }
    }

    /// True when the column runs opposite to its sort column: days idle grow as `nodeSince` gets older, so an
    /// ascending `nodeSince` sort is a descending 停留天数 column.
    public var runsAgainstSort: Bool { self == .daysIdle }
}
