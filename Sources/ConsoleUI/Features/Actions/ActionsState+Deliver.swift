import SellerCore
import TermUI

// Keys of the deliver form. In the path field Tab completes, ↑/↓ walk the listing and Enter goes into a
// directory or adds a file; Shift-Tab / Ctrl-N move between the areas (Tab too, outside the path field). In the
// file list Space or t cycles the kind and x or Delete removes the file.
extension ActionsState {
    mutating func handleDeliverKey(_ key: Key, _ form: DeliverForm, _ ctx: ActionContext) -> [Effect] {
        var form = form
        var effects: [Effect] = []
        switch (key, form.focus) {
        case (.escape, _):
            dialog = nil
            return []
        case (.backTab, _), (.ctrl("p"), _):
            form.moveFocus(by: -1)
        case (.ctrl("n"), _), (.tab, .files), (.tab, .startTime), (.tab, .cancel), (.tab, .submit):
            form.moveFocus(by: 1)
        case (_, .picker):
            effects = handlePickerKey(key, &form)
        case (.up, .files), (.char("k"), .files):
            form.fileSelection = max(0, form.fileSelection - 1)
        case (.down, .files), (.char("j"), .files):
            form.fileSelection = min(max(0, form.files.count - 1), form.fileSelection + 1)
        case (.char(" "), .files), (.char("t"), .files), (.enter, .files):
            form.cycleKind()
        case (.char("x"), .files), (.delete, .files), (.backspace, .files):
            form.removeSelectedFile()
        case (.enter, .startTime):
            form.moveFocus(by: 1)
        case (_, .startTime):
            if form.startTime.handle(key) { form.error = nil }
        case (.right, .cancel), (.left, .submit):
            form.focus = form.focus == .cancel ? .submit : .cancel
        case (.enter, .cancel):
            dialog = nil
            return []
        case (.enter, .submit):
            return submit(form, ctx)
        default:
            break
        }
        dialog = .deliver(form)
        return effects
    }

    mutating func handlePickerKey(_ key: Key, _ form: inout DeliverForm) -> [Effect] {
        let entries = form.visibleEntries.count
        switch key {
        case .tab:
            return form.complete().map { [.listDirectory($0)] } ?? []
        case .up:
            form.listingSelection = max(0, form.listingSelection - 1)
        case .down:
            form.listingSelection = min(max(0, entries - 1), form.listingSelection + 1)
        case .pageUp:
            form.listingSelection = max(0, form.listingSelection - 5)
        case .pageDown:
            form.listingSelection = min(max(0, entries - 1), form.listingSelection + 5)
        case .enter:
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

    /// Checks the form and opens the confirmation that lists every file with its kind and size.
    mutating func submit(_ form: DeliverForm, _ ctx: ActionContext) -> [Effect] {
        var form = form
        func refuse(_ message: String, focus: DeliverForm.Area) -> [Effect] {
            form.error = message
            form.focus = focus
            dialog = .deliver(form)
            return []
        }
        guard !form.files.isEmpty else { return refuse("请至少选择一个文件 Choose at least one file", focus: .picker) }
        guard let uploads = form.uploads else {
            return refuse("文件还在计算大小和 sha256，请稍候 Still measuring", focus: .files)
        }
        var start: Timestamp?
        let typed = form.startTime.text.filter { $0 != " " }.isEmpty ? nil : form.startTime.text
        if let typed {
            guard let parsed = LocalTimeParse.minute(typed, utcOffsetSeconds: ctx.display.utcOffsetSeconds) else {
                return refuse("服务实际开通时间应为 yyyy-MM-dd HH:mm（本地时间）", focus: .startTime)
            }
            start = parsed
        }
        let action = SellerAction.deliver(taskId: form.taskId, files: uploads, actualStart: start)
        let total = NumberFormat.bytes(action.uploadBytes)
        let startLine = start.map { "服务实际开通时间 " + LocalTimeFormat.minute($0, context: ctx.display) }
            ?? "服务实际开通时间：未填写"
        dialog = .confirm(ConfirmDialog(
            title: "确认完成(交付) Deliver",
            lines: ["上传以下 \(uploads.count) 个文件（共 \(total)）并提交交付："],
            items: form.targetLines + uploads.map { "· " + ActionText.fileLine($0) } + [startLine],
            confirmLabel: "交付", operation: .enqueue([action]), returnTo: .deliver(form)))
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
        guard case .deliver(var form)? = dialog else { return }
        form.receive(measurement, for: path)
        if case .refused = measurement, let error = form.error { toasts.show(error, kind: .warn, at: now) }
        dialog = .deliver(form)
    }
}
