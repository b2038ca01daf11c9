import Localization
import SellerCore
import TermUI

// Keys while a dialog is open: it takes all of them, through the keymap's contexts. Confirmations (`dialog`): by
// default Tab/←/→ move between 取消 and the action, Enter presses the focused button, Esc cancels. Text forms:
// the form's keys (`form`: Tab, Shift-Tab, Esc, Ctrl-T) first, then the focused area's (`checkbox`, `buttons`);
// a focused text field takes every other key.
extension ActionsState {
    mutating func handleDialogKey(_ key: Key, _ ctx: ActionContext, toasts: inout Toasts) -> [Effect] {
        guard let dialog else { return [] }
        if case .mouse = key { return [] }
        switch dialog {
        case .confirm(let confirm): return handleConfirmKey(key, confirm, ctx)
        case .form(let form): return handleFormKey(key, form, ctx)
        case .deliver(let form): return handleDeliverKey(key, form, ctx)
        }
    }

    mutating func handleConfirmKey(_ key: Key, _ confirm: ConfirmDialog, _ ctx: ActionContext) -> [Effect] {
        var confirm = confirm
        // "Discard what you typed?" also takes y and n, as the question says.
        if confirm.operation == .discardForm, case .char(let c) = key, "yYnN".contains(c) {
            dialog = "yY".contains(c) ? nil : confirm.returnTo
            return []
        }
        switch ctx.keymap.command(for: key, in: .dialog) {
        case .cancel?:
            dialog = confirm.returnTo
        case .switchButton?:
            confirm.focusedButton = 1 - confirm.focusedButton
            dialog = .confirm(confirm)
        case .focusAction?:
            confirm.focusedButton = 1
            dialog = .confirm(confirm)
        case .focusCancel?:
            confirm.focusedButton = 0
            dialog = .confirm(confirm)
        case .accept?:
            guard confirm.focusedButton == 1 else {
                dialog = confirm.returnTo
                return []
            }
            dialog = nil
            return execute(confirm.operation, at: ctx.now)
        default:
            break
        }
        return []
    }

    /// What a key does on a form's 取消 and submit buttons (the `buttons` context).
    enum ButtonStep: Equatable {
        case focus(onCancel: Bool)
        case close
        case submit
        case nothing
    }

    static func buttonStep(_ key: Key, onCancel: Bool, _ keymap: Keymap) -> ButtonStep {
        switch keymap.command(for: key, in: .buttons) {
        case .focusAction?: .focus(onCancel: false)
        case .focusCancel?: .focus(onCancel: true)
        case .accept?: onCancel ? .close : .submit
        default: .nothing
        }
    }

    /// The confirmed operation, handed to the runtime (which answers with what the store did).
    mutating func execute(_ operation: ConfirmDialog.Operation, at now: Timestamp) -> [Effect] {
        switch operation {
        case .enqueue(let actions):
            if actions.count > 1 { marks = .none }
            return [.enqueue(actions, at: now), .log("enqueue " + actions.map { "\($0.kind.rawValue) \($0.targetId)" }
                .prefix(20).joined(separator: ", "))]
        case .restartAllMatching(let query):
            marks = .none
            return [.enqueueRestarts(matching: query, limit: ExceptionMarks.allMatchingCap, at: now),
                    .log("enqueue restart of every exception matching '\(query.filterText)' \(query.statuses)")]
        case .discard(let id, let force):
            return [.discardOutboxItem(id: id, at: now, force: force),
                    .log("discard outbox #\(id)" + (force ? " (forced: outcome unknown)" : ""))]
        case .discardForm:
            return []
        }
    }

    // MARK: Text forms

    mutating func handleFormKey(_ key: Key, _ form: TextActionForm, _ ctx: ActionContext) -> [Effect] {
        var form = form
        switch ctx.keymap.command(for: key, in: .form) {
        case .cancel?:
            dialog = ActionsState.discardQuestion(form)
            return []
        case .nextField?:
            form.moveFocus(by: 1)
        case .previousField?:
            form.moveFocus(by: -1)
        case .toggleWait?:
            if let wait = form.waitForCustomer { form.waitForCustomer = !wait }
        case .attachFiles?:
            if case .reply = form.kind { return openReplyAttachments(form) }
        default:
            switch form.focus {
            case .toggle:
                if ctx.keymap.command(for: key, in: .checkbox) == .toggleWait, let wait = form.waitForCustomer {
                    form.waitForCustomer = !wait
                }
            case .field(let index):
                guard form.fields.indices.contains(index) else { break }
                form.fields[index].input.wrapWidth = ActionDialogView.fieldWidth(for: ctx.size)
                if form.fields[index].input.handle(key) { form.error = nil }
            case .cancel, .submit:
                switch ActionsState.buttonStep(key, onCancel: form.focus == .cancel, ctx.keymap) {
                case .focus(let onCancel): form.focus = onCancel ? .cancel : .submit
                case .close:
                    dialog = nil
                    return []
                case .submit: return submit(form)
                case .nothing: break
                }
            }
        }
        dialog = .form(form)
        return []
    }

    /// What Esc leaves on screen: nothing when no text was typed, else a question whose Cancel (focused), `n`
    /// and Esc go back to the text as it was, so one stray Esc never throws away a typed reason or reply.
    static func discardQuestion(_ form: TextActionForm) -> ActionDialog? {
        guard form.fields.contains(where: { !$0.input.text.allSatisfy(\.isWhitespace) }) else { return nil }
        let text = { (phrase: Phrase) in phrase.text(form.language) }
        return .confirm(ConfirmDialog(
            title: text(ActionDialogText.discardTypedTitle), lines: [text(ActionDialogText.discardTypedQuestion)],
            confirmLabel: text(ActionDialogText.discard), operation: .discardForm, returnTo: .form(form),
            language: form.language))
    }

    /// Checks the form (required fields) and opens the confirmation naming the action, its target and the text.
    mutating func submit(_ form: TextActionForm) -> [Effect] {
        if case .license(let callId, let eventId) = form.kind {
            return submitLicense(form, callId: callId, eventId: eventId)
        }
        var form = form
        let language = form.language
        let text = { (phrase: Phrase) in phrase.text(language) }
        let texts = form.fields.map { $0.input.text }
        if let empty = texts.firstIndex(where: { $0.allSatisfy(\.isWhitespace) }) {
            form.error = text(ActionDialogText.required(ActionsState.requiredField(form.kind, empty)))
            form.focus = .field(empty)
            dialog = .form(form)
            return []
        }
        let action: SellerAction
        var quoted: [String] = []
        switch form.kind {
        case .reject(let taskId):
            action = .rejectRequirement(taskId: taskId, reason: texts[0])
            quoted = [text(ActionDialogText.rejectReason)] + ActionText.quote(texts[0])
        case .reply(let caseId):
            let wait = form.waitForCustomer ?? false
            action = .replyTicket(caseId: caseId, content: texts[0], waitForCustomer: wait, files: form.attachments)
            quoted = [text(wait ? ActionDialogText.replyAndWait : ActionDialogText.replyContent)] + ActionText.quote(texts[0])
                + form.attachments.map(ReplyAttachments.confirmLine)
        case .resolve(let caseId):
            action = .resolveTicket(caseId: caseId, cause: texts[0], solution: texts[1])
            quoted = [text(ActionDialogText.cause)] + ActionText.quote(texts[0], lines: 2) + [text(ActionDialogText.solution)]
                + ActionText.quote(texts[1], lines: 2)
        case .license:
            return []
        }
        dialog = .confirm(ConfirmDialog(
            title: form.title, lines: [text(ActionText.confirmQuestion(action.kind))], items: form.targetLines + quoted,
            confirmLabel: form.submitLabel, operation: .enqueue([action]), returnTo: .form(form), language: language))
        return []
    }

    /// The name of a form's required field `index`, for the sentence that says it is empty.
    static func requiredField(_ kind: TextActionForm.Kind, _ index: Int) -> Phrase {
        switch kind {
        case .reject: ActionDialogText.rejectReasonField
        case .reply: ActionDialogText.replyField
        case .resolve: index == 0 ? ActionDialogText.causeField : ActionDialogText.solutionField
        case .license: index == 0 ? ActionDialogText.licenseTextField : ActionDialogText.licenseFileField
        }
    }
}
