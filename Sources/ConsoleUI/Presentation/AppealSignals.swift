import SellerCore

/// Which of the two conditions that let a seller appeal a supervision task hold (docs/KOOGALLERY.md §7.7): a buyer-side
/// node idle for more than 5 days (120 hours), or more than 3 rejections. Kept apart so the list (whose row may hold
/// a node this build does not know: nil) and the detail pane flag the same cells; together they equal
/// `SupervisionTask.sellerMayAppeal`.
struct AppealSignals: Hashable, Sendable {
    static let idleLimitMillis: Int64 = 5 * 86_400_000
    static let rejectionLimit = 3

    var idleTooLong: Bool
    var tooManyRejections: Bool

    init(node: SupervisionNode?, nodeSince: Timestamp, rejectCount: Int, now: Timestamp) {
        guard let node, !node.isTerminal, node != .appealFrozen else {
            idleTooLong = false
            tooManyRejections = false
            return
        }
        idleTooLong = node.waitsForBuyer && now.millis - nodeSince.millis > AppealSignals.idleLimitMillis
        tooManyRejections = rejectCount > AppealSignals.rejectionLimit
    }

    var mayAppeal: Bool { idleTooLong || tooManyRejections }
}
