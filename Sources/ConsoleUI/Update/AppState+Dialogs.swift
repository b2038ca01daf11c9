import SellerCore
import TermUI

// Keys while a dialog is open: it takes all of them. Confirmations: Tab/←/→ move between 取消 and the action,
// Enter presses the focused button, Esc cancels. Forms: the focused editor takes every key but Tab, Shift-Tab,
// Esc and Ctrl-T.
extension AppState {
    mutating func handleDialogKey(_ key: Key, dialog: ActionDialog) -> [Effect] {
        if case .mouse = key { return [] }
        switch dialog {
        case .confirm(let confirm): return handleConfirmKey(key, confirm)
        case .form(let form): return handleFormKey(key, form)
        case .deliver(let form): return handleDeliverKey(key, form)
        }
    }

    mutating func handleConfirmKey(_ key: Key, _ confirm: ConfirmDialog) -> [Effect] {
        var confirm = confirm
        switch key {
        case .escape:
            dialog = confirm.returnTo
        case .tab, .backTab:
            confirm.focusedButton = 1 - confirm.focusedButton
            dialog = .confirm(confirm)
        case .right:
            confirm.focusedButton = 1
            dialog = .confirm(confirm)
        case .left:
            confirm.focusedButton = 0
            dialog = .confirm(confirm)
        case .enter:
            guard confirm.focusedButton == 1 else {
                dialog = confirm.returnTo
                return []
            }
            dialog = nil
            return execute(confirm.operation)
        default:
            break
        }
        return []
    }

    /// The confirmed operation, handed to the runtime (which answers with what the store did).
    mutating func execute(_ operation: ConfirmDialog.Operation) -> [Effect] {
        switch operation {
        case .enqueue(let actions):
            if actions.count > 1 { exceptionMarks = .none }
            return [.enqueue(actions, at: now), .log("enqueue " + actions.map { "\($0.kind.rawValue) \($0.targetId)" }
                .prefix(20).joined(separator: ", "))]
        case .restartAllMatching(let query):
            exceptionMarks = .none
            return [.enqueueRestarts(matching: query, limit: ExceptionMarks.allMatchingCap, at: now),
                    .log("enqueue restart of every exception matching '\(query.filterText)' \(query.statuses)")]
        case .discard(let id, let force):
            return [.discardOutboxItem(id: id, at: now, force: force),
                    .log("discard outbox #\(id)" + (force ? " (forced: outcome unknown)" : ""))]
        }
    }

    // MARK: Text forms

    mutating func handleFormKey(_ key: Key, _ form: TextActionForm) -> [Effect] {
        var form = form
        switch (key, form.focus) {
        case (.escape, _):
            dialog = nil
            return []
        case (.tab, _):
            form.moveFocus(by: 1)
        case (.backTab, _):
            form.moveFocus(by: -1)
        case (.ctrl("t"), _), (.char(" "), .toggle), (.enter, .toggle):
            if let wait = form.waitForCustomer { form.waitForCustomer = !wait }
        case (_, .field(let index)):
            guard form.fields.indices.contains(index) else { break }
            form.fields[index].input.wrapWidth = ActionDialogView.fieldWidth(for: size)
            if form.fields[index].input.handle(key) { form.error = nil }
        case (.right, .cancel), (.left, .submit):
            form.focus = form.focus == .cancel ? .submit : .cancel
        case (.enter, .cancel):
            dialog = nil
            return []
        case (.enter, .submit):
            return submit(form)
        default:
            break
        }
        dialog = .form(form)
        return []
    }

    /// Checks the form (required fields) and opens the confirmation naming the action, its target and the text.
    mutating func submit(_ form: TextActionForm) -> [Effect] {
        var form = form
        let texts = form.fields.map { $0.input.text }
        if let empty = texts.firstIndex(where: { $0.allSatisfy(\.isWhitespace) }) {
            form.error = "\(form.fields[empty].label.prefix { $0 != "（" })不能为空 Required"
            form.focus = .field(empty)
            dialog = .form(form)
            return []
        }
        let action: SellerAction
        var quoted: [String] = []
        switch form.kind {
        case .reject(let taskId):
            action = .rejectRequirement(taskId: taskId, reason: texts[0])
            quoted = ["驳回原因："] + ActionText.quote(texts[0])
        case .reply(let caseId):
            let wait = form.waitForCustomer ?? false
            action = .replyTicket(caseId: caseId, content: texts[0], waitForCustomer: wait)
            quoted = ["留言：" + (wait ? "（并设置为待客户反馈）" : "")] + ActionText.quote(texts[0])
        case .resolve(let caseId):
            action = .resolveTicket(caseId: caseId, cause: texts[0], solution: texts[1])
            quoted = ["出现原因："] + ActionText.quote(texts[0], lines: 2) + ["解决方案："]
                + ActionText.quote(texts[1], lines: 2)
        }
        dialog = .confirm(ConfirmDialog(
            title: form.title, lines: ["\(action.kind.label)以下对象？"], items: form.targetLines + quoted,
            confirmLabel: form.submitLabel, operation: .enqueue([action]), returnTo: .form(form)))
        return []
    }
}
