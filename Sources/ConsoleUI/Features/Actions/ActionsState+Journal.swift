import ListContract
import Localization
import SellerCore
import TermUI

// The relay's actions (issue 12): 重放 a journal message or a call, and 交付License for a `getLicenseAsync` the
// seller's interface answered 000004. Both go through the outbox like every other action, after the same checks
// (`ActionRules`) and a confirmation.
extension ActionsState {
    /// R on a journal message (Exceptions) or a call (Calls): confirm, then queue the replay.
    mutating func openReplay(_ ctx: ActionContext, toasts: inout Toasts) {
        let probe: (ListRow) -> SellerAction = { row in
            row.kind == .calls ? .replayCall(callId: row.id) : .replayMessage(messageId: row.id)
        }
        guard let (row, action) = actionRow(ctx, &toasts, probe) else { return }
        let what = row.kind == .calls ? ActionDialogText.replayCall : ActionDialogText.replayMessage
        dialog = .confirm(ConfirmDialog(
            title: ctx.text(ActionName.of(.replayCall)), lines: [ctx.text(what)], items: ctx.targetLines(row),
            notes: [ctx.text(ActionDialogText.replayNote)],
            confirmLabel: ctx.text(ActionName.of(.replayCall)), operation: .enqueue([action]), language: ctx.language))
    }

    /// d on a `getLicenseAsync` call answered 000004: a form for the license text or a file to upload.
    mutating func openDeliverLicense(_ ctx: ActionContext, toasts: inout Toasts) {
        guard let row = ctx.selectedRow else {
            toasts.show(ctx.text(ActionsState.nothingSelected), kind: .info, at: ctx.now)
            return
        }
        let eventId: String
        if case .call(let call)? = ctx.loadedRecord(for: row), let id = call.arrival.eventId {
            eventId = id
        } else if case .call(let callRow) = row.content, let id = callRow.eventId {
            eventId = id
        } else {
            eventId = ""
        }
        let probe: (ListRow) -> SellerAction = { .deliverLicense(callId: $0.id, eventId: eventId, license: .text("-")) }
        guard let (row, _) = actionRow(ctx, &toasts, probe) else { return }
        dialog = .form(TextActionForm(
            kind: .license(callId: row.id, eventId: eventId), title: ctx.text(ActionName.of(.deliverLicense)),
            targetLines: ctx.targetLines(row) + ["eventId " + TextSanitizer.sanitize(eventId)],
            fields: [
                TextActionForm.Field(label: ctx.text(ActionDialogText.licenseTextField),
                                     input: MultiLineTextInputState(maxLength: ActionsState.licenseTextLimit)),
                TextActionForm.Field(label: ctx.text(ActionDialogText.licenseFileField),
                                     input: MultiLineTextInputState(maxLength: 4_096)),
            ], language: ctx.language))
    }

    /// The published limit of a license given as text (docs/KOOGALLERY.md §5.3).
    static let licenseTextLimit = 1_024

    /// Text → the confirmation at once; a path → measured first (size and sha256), then the confirmation.
    mutating func submitLicense(_ form: TextActionForm, callId: String, eventId: String) -> [Effect] {
        var form = form
        let words = { (phrase: Phrase) in phrase.text(form.language) }
        let text = form.fields[safe: 0]?.input.text ?? ""
        let path = (form.fields[safe: 1]?.input.text ?? "").trimmingWhitespace
        let hasText = !text.allSatisfy(\.isWhitespace)
        guard hasText != !path.isEmpty else {
            form.error = words(hasText ? ActionDialogText.licenseBoth : ActionDialogText.licenseNeither)
            dialog = .form(form)
            return []
        }
        if hasText {
            let action = SellerAction.deliverLicense(callId: callId, eventId: eventId, license: .text(text))
            dialog = .confirm(ConfirmDialog(
                title: form.title, lines: [words(ActionDialogText.licenseTextQuestion(TextSanitizer.sanitize(eventId)))],
                items: form.targetLines + [words(ActionDialogText.licenseTextSummary(text.count))],
                confirmLabel: form.submitLabel, operation: .enqueue([action]), returnTo: .form(form),
                language: form.language))
            return []
        }
        let absolute = PathText.absolute(path, base: workingDirectory)
        form.measuring = absolute
        form.error = words(ActionDialogText.measuring)
        dialog = .form(form)
        return [.measureFile(absolute)]
    }

    /// The license file was measured: confirm the upload with its size and sha256, or say why it cannot go.
    mutating func receiveLicenseFile(_ measurement: FileMeasurement, form: TextActionForm) {
        var form = form
        guard let path = form.measuring, case .license(let callId, let eventId) = form.kind else { return }
        form.measuring = nil
        switch measurement {
        case .refused(let refusal):
            form.error = refusal.phrase.text(form.language)
            form.focus = .field(1)
            dialog = .form(form)
        case .measured(let size, let sha256):
            form.error = nil
            let file = LicenseFile(path: path, fileName: PathText.fileName(path), size: size, sha256: sha256)
            let action = SellerAction.deliverLicense(callId: callId, eventId: eventId, license: .file(file))
            dialog = .confirm(ConfirmDialog(
                title: form.title,
                lines: [ActionDialogText.licenseFileQuestion(TextSanitizer.sanitize(eventId)).text(form.language)],
                items: form.targetLines + ["· " + TextSanitizer.sanitize(file.fileName) + " · "
                    + NumberFormat.bytes(size) + " · sha256 " + String(sha256.prefix(16)) + "…"],
                confirmLabel: form.submitLabel, operation: .enqueue([action]), returnTo: .form(form),
                language: form.language))
        }
    }
}

private extension String {
    var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
