import ConsoleUI

extension Effect {
    /// Whether `newer` makes this waiting request pointless.
    func isSuperseded(by newer: Effect) -> Bool {
        switch (self, newer) {
        case (.loadWindow(let old), .loadWindow(let new)): old.tab == new.tab
        case (.loadPage(let old), .loadWindow(let new)): old.tab == new.tab
        case (.loadCount(let old, _, _), .loadCount(let new, _, _)): old == new
        case (.loadDetail, .loadDetail): true
        case (.loadOutboxCount, .loadOutboxCount): true
        case (.loadUploads, .loadUploads): true
        case (.loadOutboxPage(let old), .loadOutboxPage(let new)): new.beforeId == nil && old.generation < new.generation
        default: false
        }
    }
}
