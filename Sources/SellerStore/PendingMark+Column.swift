import ListContract
import SellerCore

// The one place `pending_action` is spelled (ARCHITECTURE §7): the action's outbox name while it is in flight,
// `!` and the name once it failed, NULL when nothing is left. Everything above the store sees `PendingMark`.
extension PendingMark {
    /// Decodes the column; nil for NULL and for a text that names no action (empty, or a lone `!`).
    init?(column text: String?) {
        guard let text, !text.isEmpty else { return nil }
        let failed = text.hasPrefix("!")
        let name = failed ? String(text.dropFirst()) : text
        guard !name.isEmpty else { return nil }
        self.init(action: StoredValue(rawValue: name), state: failed ? .failed : .pending)
    }

    /// The column's text for this mark.
    var columnText: String {
        (state == .failed ? "!" : "") + action.rawValue
    }
}

extension Row {
    /// The outbox mark in column `index` (`pending_action`).
    func pendingMark(_ index: Int) -> PendingMark? { PendingMark(column: optionalText(index)) }

    /// An enum column as a list row holds it: known to this build or kept as written.
    func stored<Value: LabeledEnum>(_ index: Int) -> StoredValue<Value> { StoredValue(rawValue: text(index)) }
}
