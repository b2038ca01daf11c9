import Localization
import SellerCore
import TermUI

// `y` copies the selected record's id, `Y` opens the chooser of everything worth copying; the runtime does the
// copy (`.copy`) and answers with `.clipboardAnswered`, which the toast reports.
extension AppState {
    /// The record `y`, `Y` and `o` act on: the detail's record when the pane has the focus or shows the selected
    /// row, otherwise the selected row's ids. Nil on the overview and the outbox, and with nothing selected.
    var selectedRecord: (fields: LinkFields, record: SellerRecord?)? {
        if focus == .detail, let record = detail.record { return (LinkFields(record: record), record) }
        guard let row = activeList?.window.selectedRow else { return nil }
        if let record = detail.record, record.kind == row.kind, record.id == row.id {
            return (LinkFields(record: record), record)
        }
        return (LinkFields(row: row), nil)
    }

    /// `y`: the Seller Center address a toast is offering, else the selected record's id.
    mutating func copySelectedId() -> [Effect] {
        // The offer lasts while a toast showing it does (Esc or expiry takes both away).
        if let offered = clipboard.offered, now < offered.until,
           notices.items.contains(where: { $0.expiresAt == offered.until && $0.message == offered.message }) {
            clipboard.offered = nil
            return copy(offered.url, kind: .sellerCenterURL)
        }
        guard let target = selectedRecord else {
            showToast(ClipboardText.nothingToCopy(language), kind: .info)
            return []
        }
        return copy(target.fields.id, kind: .recordId(target.fields.kind))
    }

    /// `Y`: opens the chooser for the selected record.
    mutating func openCopyChooser() -> [Effect] {
        guard let target = selectedRecord else {
            showToast(ClipboardText.nothingToCopy(language), kind: .info)
            return []
        }
        let choices = CopyChoices.choices(fields: target.fields, record: target.record,
                                          document: target.record == nil ? nil : detail.document,
                                          sellerCenter: sellerCenter)
        clipboard.chooser = CopyChooser(title: ClipboardText.chooserTitle(target.fields.kind, id: target.fields.id),
                                        choices: choices)
        return []
    }

    /// A key while the chooser is open: moves, Enter or a digit picks, a secret asks first, Esc closes.
    mutating func handleCopyChooserKey(_ key: Key) -> [Effect] {
        guard var chooser = clipboard.chooser else { return [] }
        if let index = chooser.revealing {
            chooser.revealing = nil
            clipboard.chooser = chooser
            guard key == .char("y") || key == .char("Y") else { return [] }
            return pick(index, revealed: true)
        }
        if case .char(let character) = key, let digit = character.wholeNumberValue, digit >= 1 {
            return digit <= chooser.choices.count ? pick(digit - 1, revealed: false) : []
        }
        let last = max(0, chooser.choices.count - 1)
        switch keymap.command(for: key) {
        case .down: chooser.selected = min(last, chooser.selected + 1)
        case .up: chooser.selected = max(0, chooser.selected - 1)
        case .top: chooser.selected = 0
        case .bottom: chooser.selected = last
        case .open: return pick(chooser.selected, revealed: false)
        case .back, .quit: clipboard.chooser = nil
        default: break
        }
        if clipboard.chooser != nil { clipboard.chooser = chooser }
        return []
    }

    /// Copies a choice; a secret first asks (the reveal step), and only `revealed` copies it.
    private mutating func pick(_ index: Int, revealed: Bool) -> [Effect] {
        guard var chooser = clipboard.chooser, chooser.choices.indices.contains(index) else { return [] }
        let choice = chooser.choices[index]
        if choice.isSecret && !revealed {
            chooser.selected = index
            chooser.revealing = index
            clipboard.chooser = chooser
            return []
        }
        clipboard.chooser = nil
        return copy(choice.text, kind: choice.kind)
    }

    /// The copy effect, or a toast saying why not.
    mutating func copy(_ text: String, kind: CopyKind) -> [Effect] {
        switch clipboard.request(text, kind: kind) {
        case .success(let effect): return [effect]
        case .failure(let refusal):
            showToast(refusal.phrase(language), kind: .warn)
            return []
        }
    }

    /// The runtime's answer: what was copied, or why it was not.
    mutating func receiveClipboard(_ result: ClipboardResult) {
        switch result {
        case .copied(let copy):
            let shown = ClipboardState.shownText(copy).map { TextSanitizer.sanitize($0, mode: .singleLine) }
            showToast(ClipboardText.copied(copy, shown: shown)(language), kind: .info)
        case .failed(let copy, let failure):
            showToast(ClipboardText.failed(copy.kind, failure)(language), kind: .error)
        }
    }
}
