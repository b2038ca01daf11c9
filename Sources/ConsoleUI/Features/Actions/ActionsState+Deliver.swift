import Localization
import SellerCore
import TermUI

// Keys of the deliver form, through the keymap's contexts: the path field's own keys (`picker`) come first
// while it has the focus, then the form's (`deliver`: cancel, next and previous area), then those of the area
// with the focus (`files`, the start time as a one-line `prompt`, the `buttons`). By default, in the path field
// Tab completes, ↑/↓ walk the listing and Enter goes into a directory or adds a file; Shift-Tab / Ctrl-N move
// between the areas (Tab too, outside the path field); in the file list Space or t cycles the kind and x or
// Delete removes the file. Keys bound to nothing go to the text field with the focus.
extension ActionsState {
    mutating func handleDeliverKey(_ key: Key, _ form: DeliverForm, _ ctx: ActionContext) -> [Effect] {
        var form = form
        var effects: [Effect] = []
        let pickerCommand = form.focus == .picker ? ctx.keymap.command(for: key, in: .picker) : nil
        switch pickerCommand == nil ? ctx.keymap.command(for: key, in: .deliver) : nil {
        case .cancel?:
            dialog = form.reply.map(ActionDialog.form)
            return []
        case .previousField?:
            form.moveFocus(by: -1)
        case .nextField?:
            form.moveFocus(by: 1)
        default:
            switch form.focus {
            case .picker:
                effects = handlePickerKey(key, pickerCommand, &form)
            case .files:
                handleFilesKey(ctx.keymap.command(for: key, in: .files), &form)
            case .startTime:
                if ctx.keymap.command(for: key, in: .prompt) == .accept {
                    form.moveFocus(by: 1)
                } else if form.startTime.handle(key) {
                    form.error = nil
                }
            case .cancel, .submit:
                switch ActionsState.buttonStep(key, onCancel: form.focus == .cancel, ctx.keymap) {
                case .focus(let onCancel): form.focus = onCancel ? .cancel : .submit
                case .close:
                    dialog = form.reply.map(ActionDialog.form)
                    return []
                case .submit: return form.reply == nil ? submit(form, ctx) : finishReplyAttachments(form)
                case .nothing: break
                }
            }
        }
        dialog = .deliver(form)
        return effects
    }

    mutating func handlePickerKey(_ key: Key, _ command: ContextCommand?, _ form: inout DeliverForm) -> [Effect] {
        let entries = form.visibleEntries.count
        switch command {
        case .complete?:
            return form.complete().map { [.listDirectory($0)] } ?? []
        case .up?:
            form.listingSelection = max(0, form.listingSelection - 1)
        case .down?:
            form.listingSelection = min(max(0, entries - 1), form.listingSelection + 1)
        case .pageUp?:
            form.listingSelection = max(0, form.listingSelection - 5)
        case .pageDown?:
            form.listingSelection = min(max(0, entries - 1), form.listingSelection + 5)
        case .accept?:
            switch form.enter() {
            case .list(let path): return [.listDirectory(path)]
            case .add(let path): return form.addFile(path) ? [.measureFile(path)] : []
            case .nothing: return []
            }
        default:
            var input = form.path
            guard input.handle(key) else { return [] }
            form.error = nil
            return form.setPath(input.text).map { [.listDirectory($0)] } ?? []
        }
        return []
    }

    func handleFilesKey(_ command: ContextCommand?, _ form: inout DeliverForm) {
        switch command {
        case .up?: form.fileSelection = max(0, form.fileSelection - 1)
        case .down?: form.fileSelection = min(max(0, form.files.count - 1), form.fileSelection + 1)
        case .cycleKind?: form.cycleKind()
        case .removeFile?: form.removeSelectedFile()
        default: break
        }
    }

    /// Checks the form and opens the confirmation that lists every file with its kind and size.
    mutating func submit(_ form: DeliverForm, _ ctx: ActionContext) -> [Effect] {
        var form = form
        func refuse(_ message: String, focus: DeliverForm.Area) -> [Effect] {
            form.error = message
            form.focus = focus
            dialog = .deliver(form)
            return []
        }
        guard !form.files.isEmpty else { return refuse(form.text(ActionDialogText.chooseAFile), focus: .picker) }
        guard let uploads = form.uploads else {
            return refuse(form.text(ActionDialogText.stillMeasuring), focus: .files)
        }
        var start: Timestamp?
        let typed = form.startTime.text.filter { $0 != " " }.isEmpty ? nil : form.startTime.text
        if let typed {
            guard let parsed = LocalTimeParse.minute(typed, utcOffsetSeconds: ctx.display.utcOffsetSeconds) else {
                return refuse(form.text(ActionDialogText.badStartTime), focus: .startTime)
            }
            start = parsed
        }
        let action = SellerAction.deliver(taskId: form.taskId, files: uploads, actualStart: start)
        let total = NumberFormat.bytes(action.uploadBytes)
        let startLine = form.text(start.map { ActionDialogText.startTime(LocalTimeFormat.minute($0, context: ctx.display)) }
            ?? ActionDialogText.noStartTime)
        dialog = .confirm(ConfirmDialog(
            title: form.text(ActionName.of(.deliver)),
            lines: [form.text(ActionDialogText.deliverLine(uploads.count, total: total))],
            items: form.targetLines + uploads.map { "· " + ActionText.fileLine($0, language: form.language) } + [startLine],
            confirmLabel: form.text(ActionDialogText.deliverButton), operation: .enqueue([action]),
            returnTo: .deliver(form), language: form.language))
        return []
    }

    /// The runtime listed a directory: the deliver form takes it when it is still the one typed.
    mutating func receive(_ listing: DirectoryListing) {
        guard case .deliver(var form)? = dialog, listing.path == form.directoryPath else { return }
        form.listing = listing
        form.listingSelection = min(form.listingSelection, max(0, form.visibleEntries.count - 1))
        dialog = .deliver(form)
    }

    /// The runtime measured a chosen file.
    mutating func receive(_ measurement: FileMeasurement, for path: String, at now: Timestamp, toasts: inout Toasts) {
        if case .form(let form)? = dialog, form.measuring == path {
            return receiveLicenseFile(measurement, form: form)
        }
        guard case .deliver(var form)? = dialog else { return }
        form.receive(measurement, for: path)
        if case .refused = measurement, let error = form.error { toasts.show(error, kind: .warn, at: now) }
        dialog = .deliver(form)
    }
}
