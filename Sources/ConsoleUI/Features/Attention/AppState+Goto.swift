import ListContract
import SellerCore
import TermUI

// `:goto ID` (issue 13 item 5): a record by id on any tab, shown where its actions work.
extension AppState {
    /// `:goto ID`: asks the store for the record.
    mutating func goto(_ text: String) -> [Effect] {
        let id = text.trimmingCharacters(in: .whitespaces)
        guard !id.isEmpty else {
            showToast(":goto 需要记录编号 :goto needs a record id", kind: .error)
            return []
        }
        return [.read(.findRecords(id))]
    }

    /// What the store found for `:goto`: one record opens in the detail pane of its tab (Esc goes back to the
    /// list); none or several say so.
    mutating func receiveFound(_ text: String, _ found: [RecordRef]) -> [Effect] {
        let shown = TextSanitizer.sanitize(text, limit: 40)
        guard let record = found.first else {
            showToast("没有编号为「\(shown)」的记录 No record with id \(shown)", kind: .warn)
            return []
        }
        guard found.count == 1 else {
            let names = found.prefix(3).map { "\($0.kind.label) \(TextSanitizer.sanitize($0.id, limit: 24))" }
            showToast("「\(shown)」匹配多条记录，请输入更长的编号 Ambiguous id: " + names.joined(separator: ", ")
                      + (found.count > 3 ? " …" : ""), kind: .warn)
            return []
        }
        let effects = switchTab(to: ConsoleTab(kind: record.kind))
        return effects + openFollowed(DetailState.Target(kind: record.kind, id: record.id))
    }

    /// Shows `target` in the detail pane as if reached by a link from the list's selection, so actions target it
    /// and Esc comes back.
    mutating func openFollowed(_ target: DetailState.Target) -> [Effect] {
        let from = activeList?.window.selectedRow.map { DetailState.Target(kind: $0.kind, id: $0.id) } ?? target
        var effects = detail.show(target, keepingTrail: false)
        detail.trail = [DetailState.Stop(target: from, scroll: 0, selectedLink: nil)]
        focus = .detail
        effects.append(.log("goto \(target.kind.commandName) \(target.id)"))
        return effects
    }
}
