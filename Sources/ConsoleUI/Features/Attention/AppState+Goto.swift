import ListContract
import Localization
import SellerCore
import TermUI

// `:goto ID` (issue 13 item 5): a record by id on any tab, shown where its actions work.
extension AppState {
    /// `:goto ID`: asks the store for the record.
    mutating func goto(_ text: String) -> [Effect] {
        let id = text.trimmingCharacters(in: .whitespaces)
        guard !id.isEmpty else {
            showToast(ScreenMessageText.gotoNeedsId, kind: .error)
            return []
        }
        return [.read(.findRecords(id))]
    }

    /// What the store found for `:goto`: one record opens in the detail pane of its tab (Esc goes back to the
    /// list); none or several say so.
    mutating func receiveFound(_ text: String, _ found: [RecordRef]) -> [Effect] {
        let shown = TextSanitizer.sanitize(text, limit: 40)
        guard let record = found.first else {
            showToast(ScreenMessageText.gotoNone(shown), kind: .warn)
            return []
        }
        guard found.count == 1 else {
            let names = found.prefix(3).map {
                ScreenTabText.title(ConsoleTab(kind: $0.kind))(language) + " " + TextSanitizer.sanitize($0.id, limit: 24)
            }
            let list = names.joined(separator: ", ") + (found.count > 3 ? " …" : "")
            showToast(ScreenMessageText.gotoAmbiguous(shown, names: list), kind: .warn)
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
