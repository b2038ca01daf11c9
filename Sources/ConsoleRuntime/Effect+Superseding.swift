import ConsoleUI
import ListContract

extension StoreRead {
    /// Whether `newer` makes this waiting request pointless: it is then dropped unread.
    func isSuperseded(by newer: StoreRead) -> Bool {
        switch (self, newer) {
        case (.window(let old), .window(let new)): old.tab == new.tab
        case (.page(let old), .window(let new)): old.tab == new.tab
        case (.count(let old, _, _), .count(let new, _, _)): old == new
        case (.detail, .detail): true
        case (.outboxCount, .outboxCount): true
        case (.uploads, .uploads): true
        case (.relayActivity, .relayActivity): true
        case (.newRecords, .newRecords): true
        case (.syncProblems(let old), .syncProblems(let new)): old <= new
        case (.attention, .attention): true
        case (.outboxPage(let old), .outboxPage(let new)): new.beforeId == nil && old.generation < new.generation
        default: false
        }
    }

    /// Whether `newer` asks this read's tab for another list (a filter typed on, another sort or status), so the
    /// answer being read will never be shown: the read is then interrupted (`EffectWorker.storeReader`). A
    /// refresh of the same list is not: a read slower than the refreshes would never finish.
    func isAbandoned(by newer: StoreRead) -> Bool {
        guard let query = listQuery, let newQuery = newer.listQuery else { return false }
        return isSuperseded(by: newer) && query != newQuery
    }

    /// The list a window, page or count reads.
    private var listQuery: StoreListQuery? {
        switch self {
        case .window(let request): request.query
        case .page(let request): request.query
        case .count(_, let query, _): query
        default: nil
        }
    }
}
