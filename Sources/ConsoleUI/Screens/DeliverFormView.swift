import Localization
import SellerCore
import TermUI

/// Draws the deliver form inside a `Dialog`: the path field, the listing of its directory (dirs first, the
/// selection highlighted), the chosen files with kind, size and SHA-256 ("计算中…" until measured), the start
/// time field, and a line with the error or the keys of the focused area. Paths show as typed (relative to the
/// working directory), never the absolute base.
enum DeliverFormView {
    struct Layout {
        var dialog: Dialog
        var path: Rect
        var listing: Rect
        var filesHeader: Rect
        var files: Rect
        var startTime: Rect
        var message: Rect
    }


    static func layout(_ form: DeliverForm, in area: Rect, policy: WidthPolicy) -> Layout {
        let width = min(ActionDialogView.preferredWidth(for: Size(width: area.width + 2, height: 0)), area.width)
        let inner = Dialog.innerWidth(outerWidth: width)
        let body = form.targetLines.map { DisplayWidth.truncate($0, to: inner, policy: policy) }
        var compact = false
        var room = area.height - body.count - Dialog.chromeHeight(compact: false, hasInput: true)
        if room < 12 {
            compact = true
            room = area.height - body.count - Dialog.chromeHeight(compact: true, hasInput: true)
        }
        let inputHeight = max(6, min(24, room))
        let focusedButton: Int = switch form.focus {
        case .cancel: 0
        case .submit: 1
        default: -1
        }
        let title = form.reply == nil ? ActionName.of(.deliver) : ReplyAttachments.title
        let dialog = Dialog(title: form.text(title), body: body,
                            buttons: [Dialog.Button(form.text(ActionDialogText.cancel)),
                                      Dialog.Button(form.text(ActionDialogText.submit), isDanger: true)],
                            focusedButton: focusedButton, inputHeight: inputHeight, preferredWidth: width,
                            compact: compact)
        let input = dialog.layout(in: area, policy: policy).input ?? .zero
        let flexible = max(2, input.height - 4)
        let fileRows = min(max(1, form.files.count), max(1, flexible / 3), 6)
        let listingRows = max(1, flexible - fileRows)
        func row(_ y: Int, _ height: Int = 1) -> Rect { Rect(x: input.x, y: y, width: input.width, height: height) }
        let listing = row(input.y + 1, listingRows)
        let filesHeader = row(listing.bottom)
        let files = row(filesHeader.bottom, fileRows)
        return Layout(dialog: dialog, path: row(input.y), listing: listing, filesHeader: filesHeader, files: files,
                      startTime: row(files.bottom), message: row(files.bottom + 1))
    }

    static func fieldRect(_ row: Rect, label: String, policy: WidthPolicy) -> Rect {
        let labelWidth = DisplayWidth.width(of: label, policy: policy)
        return Rect(x: row.x + labelWidth, y: row.y, width: max(0, row.width - labelWidth), height: 1)
    }

    static func cursorPosition(_ form: DeliverForm, state: AppState, in area: Rect) -> Position? {
        let l = layout(form, in: area, policy: state.policy)
        switch form.focus {
        case .picker:
            return TextInput(form.path).cursorPosition(in: fieldRect(l.path, label: form.text(ActionDeliverText.pathLabel),
                                                                     policy: state.policy))
        case .startTime:
            return TextInput(form.startTime).cursorPosition(in: fieldRect(l.startTime,
                label: form.text(ActionDeliverText.startLabel), policy: state.policy))
        default:
            return nil
        }
    }

    static func render(_ form: DeliverForm, state: AppState, in area: Rect, into buffer: inout Buffer) {
        let policy = buffer.policy
        let l = layout(form, in: area, policy: policy)
        buffer.render(l.dialog, in: area)
        let pathLabel = form.text(ActionDeliverText.pathLabel), startLabel = form.text(ActionDeliverText.startLabel)
        label(pathLabel, focused: form.focus == .picker, in: l.path, into: &buffer)
        buffer.render(TextInput(form.path, placeholder: form.text(ActionDeliverText.pathPlaceholder),
                                focused: form.focus == .picker),
                      in: fieldRect(l.path, label: pathLabel, policy: policy))
        renderListing(form, in: l.listing, into: &buffer)
        let total = form.files.isEmpty ? nil : form.uploads.map { NumberFormat.bytes($0.reduce(0) { $0 + $1.size }) }
        label(form.text(ActionDeliverText.chosen(form.files.count, total: total)), focused: form.focus == .files,
              in: l.filesHeader, into: &buffer)
        renderFiles(form, in: l.files, into: &buffer)
        if form.reply == nil {
            label(startLabel, focused: form.focus == .startTime, in: l.startTime, into: &buffer)
            buffer.render(TextInput(form.startTime, placeholder: form.text(ActionDeliverText.startTimePlaceholder),
                                    focused: form.focus == .startTime),
                          in: fieldRect(l.startTime, label: startLabel, policy: policy))
        }
        if let error = form.error {
            buffer.write(error, x: l.message.x, y: l.message.y, role: .statusFailed, emphasis: .bold, clip: l.message)
        } else {
            buffer.write(form.text(hint(form.focus)), x: l.message.x, y: l.message.y, role: .muted, clip: l.message)
        }
    }

    static func label(_ text: String, focused: Bool, in row: Rect, into buffer: inout Buffer) {
        buffer.write(text, x: row.x, y: row.y, role: focused ? .title : .dialog, emphasis: focused ? .bold : [],
                     clip: row)
    }

    static func hint(_ focus: DeliverForm.Area) -> Phrase {
        switch focus {
        case .picker: ActionDeliverText.pickerHint
        case .files: ActionDeliverText.filesHint
        case .startTime: ActionDeliverText.startTimeHint
        case .cancel, .submit: ActionDeliverText.buttonsHint
        }
    }

    static func renderListing(_ form: DeliverForm, in area: Rect, into buffer: inout Buffer) {
        let shownDirectory = "./" + TextSanitizer.sanitize(form.typedDirectory)
        guard form.listingIsCurrent, let listing = form.listing else {
            buffer.write(form.text(ActionDeliverText.listing(shownDirectory)), x: area.x + 2, y: area.y, role: .muted,
                         clip: area)
            return
        }
        if let error = listing.error {
            buffer.write(form.text(ActionDeliverText.cannotList(shownDirectory, TextSanitizer.sanitize(error))),
                         x: area.x + 2, y: area.y,
                         role: .statusFailed, clip: area)
            return
        }
        let entries = form.visibleEntries
        guard !entries.isEmpty else {
            buffer.write(form.text(ActionDeliverText.noMatches(shownDirectory)), x: area.x + 2, y: area.y, role: .muted,
                         clip: area)
            return
        }
        let selected = min(form.listingSelection, entries.count - 1)
        let visible = max(0, selected - area.height + 1)
        for (offset, entry) in entries.dropFirst(visible).prefix(area.height).enumerated() {
            let y = area.y + offset
            let isSelected = visible + offset == selected
            let role: StyleRole = isSelected ? (form.focus == .picker ? .rowSelected : .rowSelectedBlur) : .dialog
            let row = Rect(x: area.x, y: y, width: area.width, height: 1)
            buffer.fill(row, role: role)
            let size = entry.isDirectory ? form.text(ActionDeliverText.folder) : entry.size.map(NumberFormat.bytes) ?? ""
            let sizeWidth = 10
            buffer.write("  " + TextSanitizer.sanitize(entry.name) + (entry.isDirectory ? "/" : ""), x: area.x, y: y,
                         width: max(0, area.width - sizeWidth - 1), role: role)
            buffer.write(size, x: area.right - sizeWidth, y: y, width: sizeWidth, alignment: .right, role: role)
        }
    }

    static func renderFiles(_ form: DeliverForm, in area: Rect, into buffer: inout Buffer) {
        guard !form.files.isEmpty else {
            buffer.write("  " + form.text(ActionDeliverText.noFilesYet), x: area.x, y: area.y, role: .muted, clip: area)
            return
        }
        let selected = min(form.fileSelection, form.files.count - 1)
        let top = max(0, selected - area.height + 1)
        let shaWidth = 20, kindWidth = form.language == .zh ? 8 : 12, sizeWidth = 9
        let nameWidth = max(4, area.width - shaWidth - kindWidth - sizeWidth - 3)
        for (offset, file) in form.files.dropFirst(top).prefix(area.height).enumerated() {
            let y = area.y + offset
            let isSelected = top + offset == selected && form.focus == .files
            let role: StyleRole = isSelected ? .rowSelected : .dialog
            buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), role: role)
            var x = area.x
            buffer.write("  " + TextSanitizer.sanitize(file.fileName), x: x, y: y, width: nameWidth, role: role)
            x += nameWidth + 1
            buffer.write(file.kind.label(form.language), x: x, y: y, width: kindWidth, role: role)
            x += kindWidth + 1
            switch file.measurement {
            case .measured(let size, let sha256)?:
                buffer.write(NumberFormat.bytes(size), x: x, y: y, width: sizeWidth, alignment: .right, role: role)
                buffer.write("sha256 " + String(sha256.prefix(12)) + "…", x: x + sizeWidth + 1, y: y, width: shaWidth,
                             role: isSelected ? role : .muted)
            case .refused(let reason)?:
                buffer.write(TextSanitizer.sanitize(form.text(reason.phrase)), x: x, y: y, width: sizeWidth + 1 + shaWidth,
                             role: .statusFailed)
            case nil:
                buffer.write(form.text(ActionDeliverText.measuringFile), x: x, y: y, width: sizeWidth + 1 + shaWidth,
                             role: isSelected ? role : .statusPending)
            }
        }
    }
}
