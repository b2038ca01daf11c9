import ListContract
import SellerCore

/// The SQL condition of each attention item on its table, aliased `o` as the list planner aliases it: the one
/// definition both the overview's counts and the list Enter opens use, so they can never disagree. The text holds
/// only fixed column names; every value, the domain's own spellings included, is bound.
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
        /// The terms this one ANDs together (`all`), empty for a single term: a list query checks each on its own
        /// (`ListPlanner.checkedAlongTheSort`).
        private(set) var conjuncts: [Condition] = []

        init(_ term: String, _ binds: [SQLiteValue]) {
            self.term = term
            self.binds = binds
        }

        /// Every one of `parts`.
        static func all(_ parts: [Condition]) -> Condition {
            var condition = Condition("(" + parts.map(\.term).joined(separator: " AND ") + ")", parts.flatMap(\.binds))
            condition.conjuncts = parts
            return condition
        }
    }

    /// The condition of `item` on its kind's table; nil for items that are not rows of a list.
    static func condition(_ item: AttentionItem, clock: AttentionClock) -> Condition? {
        let now = SQLiteValue.integer(clock.now.millis)
        let soon = SQLiteValue.integer(clock.now.millis + endingSoonMillis)
        let stillRetrying = values(["RETRYING", "MANUAL_RETRY_REQUESTED"])
        switch item {
        case .windowEndingSoon:
            return .all([Condition("o.state IN \(stillRetrying.list)", stillRetrying.binds),
                         Condition("o.activity IN \(unsubscribing.list)", unsubscribing.binds),
                         Condition("o.window_ends_at > ?", [now]), Condition("o.window_ends_at <= ?", [soon])])
        case .windowClosed:
            return Condition("(o.state = ? OR (o.state = ? AND o.window_ends_at <= ?))",
                             [.text(ExceptionState.exhausted.rawValue), .text(ExceptionState.retrying.rawValue), now])
        case .stillRetrying:
            return .all([Condition("o.state IN \(stillRetrying.list)", stillRetrying.binds),
                         Condition("o.window_ends_at > ?", [now]),
                         Condition("NOT (o.activity IN \(unsubscribing.list) AND o.window_ends_at <= ?)",
                                   unsubscribing.binds + [soon])])
        case .unsubscribedThisMonth:
            return .all([Condition("o.state = ?", [.text(ExceptionState.orderAutoUnsubscribed.rawValue)]),
                         Condition("o.activity IN \(unsubscribing.list)", unsubscribing.binds),
                         Condition("o.window_ends_at >= ?", [.integer(clock.monthStart.millis)])])
        case .requirementsToConfirm:
            return nodes([.waitSellerConfirm])
        case .deliveriesDue:
            return nodes([.sellerImplementing, .sellerUploadProof, .sellerDelivering])
        case .idleTasks:
            let buyer = values(SupervisionNode.allCases.filter(\.waitsForBuyer).map(\.rawValue))
            return .all([Condition("o.node IN \(buyer.list)", buyer.binds),
                         Condition("o.node_since < ?", [.integer(clock.now.millis - idleMillis)])])
        case .manyRejections:
            let closed = values((SupervisionNode.allCases.filter(\.isTerminal) + [.appealFrozen]).map(\.rawValue))
            return .all([Condition("o.node NOT IN \(closed.list)", closed.binds),
                         Condition("o.reject_count > ?", [.integer(Int64(rejectionLimit))])])
        case .ticketsToAccept:
            return Condition("o.status = ?", [.text(TicketStatus.pendingAccept.rawValue)])
        case .unansweredMessages:
            // The last message of an open ticket is the customer's: the seller owes an answer.
            let open = values([TicketStatus.pendingAccept, .inProgress, .waitingCustomer].map(\.rawValue))
            return .all([Condition("o.status IN \(open.list)", open.binds),
                         Condition("(SELECT m.author FROM ticket_messages AS m WHERE m.case_id = o.case_id "
                                   + "ORDER BY m.position DESC LIMIT 1) = ?", [.text(TicketAuthor.customer.rawValue)])])
        case .expiredStillNormal:
            // `+` keeps SQLite on the expiry index: most instances are 正常, few are past their expiry.
            return .all([Condition("+o.status = ?", [.text(InstanceStatus.normal.rawValue)]),
                         Condition("o.expire_time <= ?", [now])])
        case .expiringSoon:
            return .all([Condition("+o.status = ?", [.text(InstanceStatus.normal.rawValue)]),
                         Condition("o.expire_time > ?", [now]),
                         Condition("o.expire_time <= ?", [.integer(clock.now.millis + expiringMillis)])])
        case .outboxFailed, .outboxUnsent, .syncProblems:
            return nil
        }
    }

    /// The activities whose exhausted retries unsubscribe the order (`Activity.unsubscribesOnExhaustion`).
    static let unsubscribing = values(Activity.allCases.filter(\.unsubscribesOnExhaustion).map(\.rawValue))

    private static func nodes(_ nodes: [SupervisionNode]) -> Condition {
        let bound = values(nodes.map(\.rawValue))
        return Condition("o.node IN \(bound.list)", bound.binds)
    }

    /// `(?, ?)` and the values it binds.
    private static func values(_ values: [String]) -> (list: String, binds: [SQLiteValue]) {
        ("(" + values.map { _ in "?" }.joined(separator: ", ") + ")", values.map { .text($0) })
    }
}
