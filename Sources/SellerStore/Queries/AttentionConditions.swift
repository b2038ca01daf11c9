import ListContract
import SellerCore

/// The SQL condition of each attention item on its table, aliased `o` as the list planner aliases it: the one
/// definition both the overview's counts and the list Enter opens use, so they can never disagree. Every value is
/// bound; the text holds only fixed column names and literals of the domain's own spellings.
enum AttentionConditions {
    /// The retry window's last hour, when a create or upgrade still retrying is about to be unsubscribed.
    static let endingSoonMillis: Int64 = 3_600_000
    /// Idle longer than this on a buyer-side node lets the seller appeal (KOOGALLERY §7.7, `AppealSignals`).
    static let idleMillis: Int64 = 5 * 86_400_000
    /// More rejections than this let the seller appeal.
    static let rejectionLimit = 3
    /// How far ahead an instance's expiry counts as soon.
    static let expiringMillis: Int64 = 30 * 86_400_000

    /// A WHERE term and its values, in placeholder order.
    struct Condition: Equatable {
        var term: String
        var binds: [SQLiteValue]
    }

    /// The condition of `item` on its kind's table; nil for items that are not rows of a list.
    static func condition(_ item: AttentionItem, clock: AttentionClock) -> Condition? {
        let now = SQLiteValue.integer(clock.now.millis)
        switch item {
        case .windowEndingSoon:
            return Condition(term: "(o.state IN ('RETRYING', 'MANUAL_RETRY_REQUESTED') AND o.activity IN \(unsubscribing)"
                             + " AND o.window_ends_at > ? AND o.window_ends_at <= ?)",
                             binds: [now, .integer(clock.now.millis + endingSoonMillis)])
        case .windowClosed:
            return Condition(term: "(o.state = 'EXHAUSTED' OR (o.state = 'RETRYING' AND o.window_ends_at <= ?))",
                             binds: [now])
        case .stillRetrying:
            return Condition(term: "(o.state IN ('RETRYING', 'MANUAL_RETRY_REQUESTED') AND o.window_ends_at > ?"
                             + " AND NOT (o.activity IN \(unsubscribing) AND o.window_ends_at <= ?))",
                             binds: [now, .integer(clock.now.millis + endingSoonMillis)])
        case .unsubscribedThisMonth:
            return Condition(term: "(o.state = 'ORDER_AUTO_UNSUBSCRIBED' AND o.activity IN \(unsubscribing)"
                             + " AND o.window_ends_at >= ?)", binds: [.integer(clock.monthStart.millis)])
        case .requirementsToConfirm:
            return nodes([.waitSellerConfirm])
        case .deliveriesDue:
            return nodes([.sellerImplementing, .sellerUploadProof, .sellerDelivering])
        case .idleTasks:
            let buyer = SupervisionNode.allCases.filter(\.waitsForBuyer)
            return Condition(term: "(o.node IN \(list(buyer.map(\.rawValue))) AND o.node_since < ?)",
                             binds: [.integer(clock.now.millis - idleMillis)])
        case .manyRejections:
            let closed: [SupervisionNode] = SupervisionNode.allCases.filter(\.isTerminal) + [.appealFrozen]
            return Condition(term: "(o.node NOT IN \(list(closed.map(\.rawValue))) AND o.reject_count > ?)",
                             binds: [.integer(Int64(rejectionLimit))])
        case .ticketsToAccept:
            return Condition(term: "o.status = 'PENDING_ACCEPT'", binds: [])
        case .unansweredMessages:
            // The last message of an open ticket is the customer's: the seller owes an answer.
            return Condition(term: "(o.status IN ('PENDING_ACCEPT', 'IN_PROGRESS', 'WAITING_CUSTOMER') AND "
                             + "(SELECT m.author FROM ticket_messages AS m WHERE m.case_id = o.case_id "
                             + "ORDER BY m.position DESC LIMIT 1) = 'CUSTOMER')", binds: [])
        case .expiredStillNormal:
            return Condition(term: "(o.status = 'NORMAL' AND o.expire_time <= ?)", binds: [now])
        case .expiringSoon:
            return Condition(term: "(o.status = 'NORMAL' AND o.expire_time > ? AND o.expire_time <= ?)",
                             binds: [now, .integer(clock.now.millis + expiringMillis)])
        case .outboxFailed, .outboxUnsent, .syncProblems:
            return nil
        }
    }

    /// The activities whose exhausted retries unsubscribe the order (`Activity.unsubscribesOnExhaustion`).
    static let unsubscribing = list(Activity.allCases.filter(\.unsubscribesOnExhaustion).map(\.rawValue))

    private static func nodes(_ nodes: [SupervisionNode]) -> Condition {
        Condition(term: "o.node IN \(list(nodes.map(\.rawValue)))", binds: [])
    }

    /// `('A', 'B')` from the domain's own wire spellings (upper-case letters and underscores, never user text).
    private static func list(_ values: [String]) -> String {
        "(" + values.map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" }.joined(separator: ", ") + ")"
    }
}
