import ListContract
import SellerCore
import TermUI

// Before a dialog opens: the target of an action key, and why the action is refused, checked against the loaded
// record when it is the selected row's, otherwise against the row's own state (the store checks again when it
// queues the action).
extension AppState {
    static let readOnlyMessage = "只读模式：不能执行操作 (--readonly)"
    static let wrongTabMessage = "此标签页没有该操作 No such action on this tab"

    /// The selected row of the active list, if any.
    var selectedRow: ListRow? { activeList?.window.selectedRow }

    /// The loaded detail record when it is `row`'s.
    func loadedRecord(for row: ListRow) -> SellerRecord? {
        guard let record = detail.record, record.kind == row.kind, record.id == row.id else { return nil }
        return record
    }

    /// Why `action` cannot be done on `row` now, in words for a toast; nil when it may go ahead.
    func refusal(of action: SellerAction, on row: ListRow) -> String? {
        if let mark = row.pendingMark, mark.isPending {
            let label = TextSanitizer.sanitize(mark.action.label)
            return "不能\(action.kind.label)：「\(label)」还在队列中，等它完成或在队列中放弃它"
        }
        if let record = loadedRecord(for: row) {
            return ActionRules.refusal(of: action, on: record, at: now).map { refusalText(action, $0) }
        }
        // Judged by the row's own state until the record is loaded; the store checks the record when it queues.
        guard let state = ActionTargetState(row) else { return nil }
        return ActionRules.refusal(of: action, in: state, at: now).map { refusalText(action, $0) }
    }

    func refusalText(_ action: SellerAction, _ error: TransitionError) -> String {
        "不能\(action.kind.label)（当前：\(TextSanitizer.sanitize(error.state))）：\(TextSanitizer.sanitize(error.reason))"
    }

    /// The selected row for an action key, after the read-only check; toasts and returns nil when there is none
    /// or the action is refused. `probe` is the action as it would be (placeholder text for forms).
    mutating func actionRow(for probe: (ListRow) -> SellerAction) -> (row: ListRow, action: SellerAction)? {
        guard let row = selectedRow else {
            showToast("没有选中的记录 Nothing selected", kind: .info)
            return nil
        }
        let action = probe(row)
        if let reason = refusal(of: action, on: row) {
            showToast(reason, kind: .warn)
            return nil
        }
        return (row, action)
    }
}
