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

    static let pathLabel = "文件路径 "
    static let startLabel = "服务实际开通时间 "

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
        let dialog = Dialog(title: form.reply == nil ? "确认完成(交付) Deliver" : ReplyAttachments.title, body: body,
                            buttons: [Dialog.Button(ConfirmDialog.cancelLabel), Dialog.Button("提交", isDanger: true)],
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
            return TextInput(form.path).cursorPosition(in: fieldRect(l.path, label: pathLabel, policy: state.policy))
        case .startTime:
            return TextInput(form.startTime).cursorPosition(in: fieldRect(l.startTime, label: startLabel,
                                                                          policy: state.policy))
        default:
            return nil
        }
    }

    static func render(_ form: DeliverForm, state: AppState, in area: Rect, into buffer: inout Buffer) {
        let policy = buffer.policy
        let l = layout(form, in: area, policy: policy)
        buffer.render(l.dialog, in: area)
        label(pathLabel, focused: form.focus == .picker, in: l.path, into: &buffer)
        buffer.render(TextInput(form.path, placeholder: "输入路径，Tab 补全（相对于当前目录）", focused: form.focus == .picker),
                      in: fieldRect(l.path, label: pathLabel, policy: policy))
        renderListing(form, in: l.listing, into: &buffer)
        let total = form.files.isEmpty ? "" : form.uploads.map {
            " · 共 " + NumberFormat.bytes($0.reduce(0) { $0 + $1.size })
        } ?? ""
        label("已选文件 \(form.files.count)" + total, focused: form.focus == .files, in: l.filesHeader, into: &buffer)
        renderFiles(form, in: l.files, into: &buffer)
        if form.reply == nil {
            label(startLabel, focused: form.focus == .startTime, in: l.startTime, into: &buffer)
            buffer.render(TextInput(form.startTime, placeholder: DeliverForm.startTimePlaceholder,
                                    focused: form.focus == .startTime),
                          in: fieldRect(l.startTime, label: startLabel, policy: policy))
        }
        if let error = form.error {
            buffer.write(error, x: l.message.x, y: l.message.y, role: .statusFailed, emphasis: .bold, clip: l.message)
        } else {
            buffer.write(hint(form.focus), x: l.message.x, y: l.message.y, role: .muted, clip: l.message)
        }
    }

    static func label(_ text: String, focused: Bool, in row: Rect, into buffer: inout Buffer) {
        buffer.write(text, x: row.x, y: row.y, role: focused ? .title : .dialog, emphasis: focused ? .bold : [],
                     clip: row)
    }

    static func hint(_ focus: DeliverForm.Area) -> String {
        switch focus {
        case .picker: "Tab 补全 · ↑↓ 选择 · Enter 进入目录/添加文件 · Ctrl-N 下一项"
        case .files: "Space/t 切换类型 · x 移除 · Tab 下一项"
        case .startTime: "本地时间 yyyy-MM-dd HH:mm，可不填 · Tab 下一项"
        case .cancel, .submit: "Enter 执行 · ←→ 切换按钮 · Esc 取消"
        }
    }

    static func renderListing(_ form: DeliverForm, in area: Rect, into buffer: inout Buffer) {
        let shownDirectory = "./" + TextSanitizer.sanitize(form.typedDirectory)
        guard form.listingIsCurrent, let listing = form.listing else {
            buffer.write("读取 \(shownDirectory) 中… Listing…", x: area.x + 2, y: area.y, role: .muted, clip: area)
            return
        }
        if let error = listing.error {
            buffer.write("无法读取 \(shownDirectory)：" + TextSanitizer.sanitize(error), x: area.x + 2, y: area.y,
                         role: .statusFailed, clip: area)
            return
        }
        let entries = form.visibleEntries
        guard !entries.isEmpty else {
            buffer.write("（\(shownDirectory) 中没有匹配的文件 No matches）", x: area.x + 2, y: area.y, role: .muted,
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
            let size = entry.isDirectory ? "目录" : entry.size.map(NumberFormat.bytes) ?? ""
            let sizeWidth = 10
            buffer.write("  " + TextSanitizer.sanitize(entry.name) + (entry.isDirectory ? "/" : ""), x: area.x, y: y,
                         width: max(0, area.width - sizeWidth - 1), role: role)
            buffer.write(size, x: area.right - sizeWidth, y: y, width: sizeWidth, alignment: .right, role: role)
        }
    }

    static func renderFiles(_ form: DeliverForm, in area: Rect, into buffer: inout Buffer) {
        guard !form.files.isEmpty else {
            buffer.write("  还没有选择文件 No files yet", x: area.x, y: area.y, role: .muted, clip: area)
            return
        }
        let selected = min(form.fileSelection, form.files.count - 1)
        let top = max(0, selected - area.height + 1)
        let shaWidth = 20, kindWidth = 8, sizeWidth = 9
        let nameWidth = max(4, area.width - shaWidth - kindWidth - sizeWidth - 3)
        for (offset, file) in form.files.dropFirst(top).prefix(area.height).enumerated() {
            let y = area.y + offset
            let isSelected = top + offset == selected && form.focus == .files
            let role: StyleRole = isSelected ? .rowSelected : .dialog
            buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), role: role)
            var x = area.x
            buffer.write("  " + TextSanitizer.sanitize(file.fileName), x: x, y: y, width: nameWidth, role: role)
            x += nameWidth + 1
            buffer.write(file.kind.label, x: x, y: y, width: kindWidth, role: role)
            x += kindWidth + 1
            switch file.measurement {
            case .measured(let size, let sha256)?:
                buffer.write(NumberFormat.bytes(size), x: x, y: y, width: sizeWidth, alignment: .right, role: role)
                buffer.write("sha256 " + String(sha256.prefix(12)) + "…", x: x + sizeWidth + 1, y: y, width: shaWidth,
                             role: isSelected ? role : .muted)
            case .refused(let reason)?:
                buffer.write(TextSanitizer.sanitize(reason.description), x: x, y: y, width: sizeWidth + 1 + shaWidth,
                             role: .statusFailed)
            case nil:
                buffer.write("计算中…", x: x, y: y, width: sizeWidth + 1 + shaWidth, role: isSelected ? role : .statusPending)
            }
        }
    }
}
