import Localization
import SellerCore
import TermUI

/// A ticket reply's attachments: Ctrl-F in the 留言 form opens the deliver form's file picker for them (same
/// typing, Tab completion, listing and background measuring); its submit and Esc come back to the reply with the
/// files, which the reply then uploads through the outbox before it is sent.
enum ReplyAttachments {
    static let title = Phrase(zh: "留言附件", en: "Reply attachments")

    /// How many files go with a reply, and the key that chooses them.
    static func summary(_ count: Int, key: String) -> Phrase {
        count == 0 ? Phrase(zh: "附件：\(key) 添加", en: "Files: \(key) adds")
            : Phrase(zh: "附件：\(count)个 \(key)", en: "Files: \(count) · \(key)")
    }

    /// Draws the summary at the right end of a reply form's toggle line (the toggle's own text stays left). The
    /// toggle's text is measured as `ActionDialogView.renderForm` writes it.
    static func render(_ form: TextActionForm, state: AppState, in area: Rect, into buffer: inout Buffer) {
        guard case .reply = form.kind,
              let row = ActionDialogView.formLayout(form, in: area, policy: buffer.policy).toggle else { return }
        let key = state.keymap.keys(for: .attachFiles, in: .form).first?.label ?? "Ctrl-F"
        let text = summary(form.attachments.count, key: key)(state.language)
        let width = DisplayWidth.width(of: text, policy: buffer.policy)
        let toggleWidth = DisplayWidth.width(of: form.waitLine, policy: buffer.policy)
        // Beside the toggle when both fit; a narrower form still names the files in the confirmation.
        guard toggleWidth + 2 + width <= row.width else { return }
        buffer.write(text, x: row.right - width, y: row.y, role: .muted, clip: row)
    }

    /// The files an action uploads before it is sent, for the status bar's upload progress: a delivery's or a
    /// reply's; nil for the others.
    static func uploadedFiles(_ action: SellerAction) -> [DeliverableUpload]? {
        switch action {
        case .deliver(_, let files, _): files
        case .replyTicket(_, _, _, let files) where !files.isEmpty: files
        default: nil
        }
    }

    /// One file in the reply's confirmation: its name and size.
    static func confirmLine(_ file: DeliverableUpload) -> String {
        "· " + TextSanitizer.sanitize(file.fileName) + " · " + NumberFormat.bytes(file.size)
    }
}

extension ActionsState {
    /// Ctrl-F in a reply: the picker, with the files chosen so far, starting in the working directory.
    mutating func openReplyAttachments(_ form: TextActionForm) -> [Effect] {
        guard case .reply(let caseId) = form.kind else { return [] }
        var picker = DeliverForm(taskId: caseId, targetLines: form.targetLines, baseDirectory: workingDirectory,
                                language: form.language)
        picker.reply = form
        picker.files = form.attachments.map { file in
            DeliverForm.File(path: file.path, fileName: file.fileName, kind: .other,
                             measurement: .measured(size: file.size, sha256: file.sha256))
        }
        dialog = .deliver(picker)
        return [.listDirectory(picker.directoryPath)]
    }

    /// The picker's submit: back to the reply with its files, once every one is measured.
    mutating func finishReplyAttachments(_ picker: DeliverForm) -> [Effect] {
        guard var reply = picker.reply else { return [] }
        guard let uploads = picker.uploads else {
            var picker = picker
            picker.error = picker.text(ActionDialogText.stillMeasuring)
            picker.focus = .files
            dialog = .deliver(picker)
            return []
        }
        reply.attachments = uploads.map { upload in
            var upload = upload
            upload.kind = .other
            return upload
        }
        dialog = .form(reply)
        return []
    }
}
