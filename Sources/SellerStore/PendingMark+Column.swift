import ListContract
import SellerCore

// The one place `pending_action` is spelled (ARCHITECTURE §7): the action's outbox name while it is in flight,
// `!`, the name and `:` with the failure class once it failed (`!restart:restart-failed`; marks written before the
// class was kept have none), NULL when nothing is left. Everything above the store sees `PendingMark`.
extension PendingMark {
    /// Decodes the column; nil for NULL and for a text that names no action (empty, or a lone `!`).
    init?(column text: String?) {
        guard let text, !text.isEmpty else { return nil }
        let failed = text.hasPrefix("!")
        let parts = (failed ? text.dropFirst() : Substring(text)).split(separator: ":", maxSplits: 1,
                                                                         omittingEmptySubsequences: false)
        guard let name = parts.first, !name.isEmpty else { return nil }
        let failure = failed && parts.count == 2 && !parts[1].isEmpty
            ? StoredValue<OutboxFailure>(rawValue: String(parts[1])) : nil
        self.init(action: StoredValue(rawValue: String(name)), state: failed ? .failed : .pending, failure: failure)
    }

    /// The column's text for this mark.
    var columnText: String {
        (state == .failed ? "!" : "") + action.rawValue + (failure.map { ":" + $0.rawValue } ?? "")
    }
}

extension Row {
    /// The outbox mark in column `index` (`pending_action`).
    func pendingMark(_ index: Int) -> PendingMark? { PendingMark(column: optionalText(index)) }

    /// An enum column as a list row holds it: known to this build or kept as written.
    func stored<Value: LabeledEnum>(_ index: Int) -> StoredValue<Value> { StoredValue(rawValue: text(index)) }
}
