import SellerCore
import TermUI

/// Draws the action dialog on top of the console: confirmations with TermUI's `Dialog` (Cancel first), and the
/// text forms as a `Dialog` whose input area holds labelled editors. Laid out to fit 80x24 down to 60x15: on
/// small terminals the dialog drops its blank rows and the editors shrink to what is left.
enum ActionDialogView {
    /// The dialog's area: the screen between the tab bar and the status bar (which shows the dialog's keys).
    static func area(for size: Size) -> Rect {
        Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 2))
    }

    static func preferredWidth(for size: Size) -> Int { min(76, max(20, size.width - 2)) }

    /// Columns of an editor inside a form at this screen size (the state wraps Up/Down at it).
    static func fieldWidth(for size: Size) -> Int {
        Dialog.innerWidth(outerWidth: min(preferredWidth(for: size), area(for: size).width))
    }

    static func render(_ state: AppState, into buffer: inout Buffer) {
        guard let dialog = state.dialog else { return }
        let area = area(for: state.size)
        switch dialog {
        case .confirm(let confirm): renderConfirm(confirm, in: area, into: &buffer)
        case .form(let form): renderForm(form, in: area, into: &buffer)
        case .deliver(let form): DeliverFormView.render(form, state: state, in: area, into: &buffer)
        }
        if case .form(let form) = dialog { ReplyAttachments.render(form, state: state, in: area, into: &buffer) }
    }

    static func cursorPosition(_ state: AppState) -> Position? {
        guard let dialog = state.dialog else { return nil }
        let area = area(for: state.size)
        switch dialog {
        case .confirm: return nil
        case .form(let form):
            guard case .field(let index) = form.focus,
                  let rect = formLayout(form, in: area, policy: state.policy).fields[safe: index] else { return nil }
            return MultiLineTextInput(form.fields[index].input).cursorPosition(in: rect)
        case .deliver(let form): return DeliverFormView.cursorPosition(form, state: state, in: area)
        }
    }

    // MARK: Confirmation

    static func confirmDialog(_ confirm: ConfirmDialog, width: Int, compact: Bool, policy: WidthPolicy) -> Dialog {
        let inner = Dialog.innerWidth(outerWidth: width)
        let items = confirm.items.map { DisplayWidth.truncate($0, to: inner, policy: policy) }
        let spacer: [String] = compact ? [] : [""]
        let body = confirm.lines + (items.isEmpty ? [] : spacer + items)
            + (confirm.notes.isEmpty ? [] : spacer + confirm.notes)
        return Dialog(title: confirm.title, body: body,
                      buttons: [Dialog.Button(confirm.cancelLabel), Dialog.Button(confirm.confirmLabel, isDanger: true)],
                      focusedButton: confirm.focusedButton, preferredWidth: width, compact: compact)
    }

    static func renderConfirm(_ confirm: ConfirmDialog, in area: Rect, into buffer: inout Buffer) {
        let policy = buffer.policy
        let width = min(preferredWidth(for: Size(width: area.width + 2, height: 0)), area.width)
        var dialog = confirmDialog(confirm, width: width, compact: false, policy: policy)
        let needed = dialog.wrappedBody(width: Dialog.innerWidth(outerWidth: width), policy: policy).count
            + Dialog.chromeHeight(compact: false, hasInput: false)
        if needed > area.height { dialog = confirmDialog(confirm, width: width, compact: true, policy: policy) }
        buffer.render(dialog, in: area)
    }

    // MARK: Text forms

    struct FormLayout {
        var dialog: Dialog
        var labels: [Rect]
        var fields: [Rect]
        var toggle: Rect?
        var error: Rect?
    }

    /// The form's dialog and where its labels, editors, toggle and error line go.
    static func formLayout(_ form: TextActionForm, in area: Rect, policy: WidthPolicy) -> FormLayout {
        let width = min(preferredWidth(for: Size(width: area.width + 2, height: 0)), area.width)
        let inner = Dialog.innerWidth(outerWidth: width)
        let body = form.targetLines.map { DisplayWidth.truncate($0, to: inner, policy: policy) }
        let fixedRows = form.fields.count + (form.waitForCustomer == nil ? 0 : 1) + (form.error == nil ? 0 : 1)
        let desiredEditor = form.fields.count > 1 ? 4 : 7
        let desired = fixedRows + desiredEditor * form.fields.count
        var compact = false
        var room = area.height - body.count - Dialog.chromeHeight(compact: false, hasInput: true)
        if room < fixedRows + 2 * form.fields.count {
            compact = true
            room = area.height - body.count - Dialog.chromeHeight(compact: true, hasInput: true)
        }
        let inputHeight = max(fixedRows + form.fields.count, min(desired, room))
        let focusedButton: Int = switch form.focus {
        case .cancel: 0
        case .submit: 1
        default: -1
        }
        let dialog = Dialog(title: form.title, body: body,
                            buttons: [Dialog.Button(form.cancelLabel), Dialog.Button(form.submitLabel, isDanger: true)],
                            focusedButton: focusedButton, inputHeight: inputHeight, preferredWidth: width,
                            compact: compact)
        let input = dialog.layout(in: area, policy: policy).input ?? .zero
        let editorRows = max(1, (input.height - fixedRows) / max(1, form.fields.count))
        var y = input.y
        var labels: [Rect] = []
        var fields: [Rect] = []
        for _ in form.fields {
            labels.append(Rect(x: input.x, y: y, width: input.width, height: 1))
            fields.append(Rect(x: input.x, y: y + 1, width: input.width, height: editorRows))
            y += 1 + editorRows
        }
        var toggle: Rect?
        if form.waitForCustomer != nil {
            toggle = Rect(x: input.x, y: y, width: input.width, height: 1)
            y += 1
        }
        let error = form.error == nil ? nil : Rect(x: input.x, y: min(y, input.bottom - 1), width: input.width, height: 1)
        return FormLayout(dialog: dialog, labels: labels, fields: fields, toggle: toggle, error: error)
    }

    static func renderForm(_ form: TextActionForm, in area: Rect, into buffer: inout Buffer) {
        let layout = formLayout(form, in: area, policy: buffer.policy)
        buffer.render(layout.dialog, in: area)
        for (index, field) in form.fields.enumerated() {
            let focused = form.focus == .field(index)
            buffer.write(field.label, x: layout.labels[index].x, y: layout.labels[index].y,
                         role: focused ? .title : .dialog, emphasis: focused ? .bold : [], clip: layout.labels[index])
            // n/limit at the label's right: the editor stops at the limit, so the seller sees why.
            let counter = "\(field.input.text.count)/\(field.input.maxLength)"
            let counterWidth = DisplayWidth.width(of: counter, policy: buffer.policy)
            let labelWidth = DisplayWidth.width(of: field.label, policy: buffer.policy)
            if labelWidth + 1 + counterWidth <= layout.labels[index].width {
                buffer.write(counter, x: layout.labels[index].right - counterWidth, y: layout.labels[index].y,
                             role: .muted, clip: layout.labels[index])
            }
            buffer.render(MultiLineTextInput(field.input, placeholder: form.placeholder(index), focused: focused),
                          in: layout.fields[index])
        }
        if let rect = layout.toggle, form.waitForCustomer != nil {
            let focused = form.focus == .toggle
            buffer.write(form.waitLine, x: rect.x, y: rect.y, role: focused ? .dialogButtonFocus : .dialog,
                         emphasis: focused ? [.reverse, .bold] : [], clip: rect)
        }
        if let rect = layout.error, let error = form.error {
            buffer.write(error, x: rect.x, y: rect.y, role: .statusFailed, emphasis: .bold, clip: rect)
        }
    }

}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
