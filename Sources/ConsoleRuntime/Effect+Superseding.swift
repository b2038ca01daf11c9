import ConsoleUI

extension StoreRead {
    /// Whether `newer` makes this request pointless: waiting, it is dropped unread; being read, it is interrupted
    /// and its answer dropped (`EffectWorker.storeReader`).
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
}
