import ListContract
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
        let what = row.kind == .calls ? "这条调用" : "这条消息最近一次的云商店调用"
        dialog = .confirm(ConfirmDialog(
            title: "重放 Replay",
            lines: ["用卖家的密钥重新签名（新的时间戳和nonce），把\(what)再次发送到商家接口："],
            items: ActionText.targetLines(row, record: ctx.loadedRecord(for: row)),
            notes: ["重放经队列发送，只发送一次；结果记入调用记录，来源为「重放」，不计入云商店的调用次数。"],
            confirmLabel: "重放", operation: .enqueue([action])))
    }

    /// d on a `getLicenseAsync` call answered 000004: a form for the license text or a file to upload.
    mutating func openDeliverLicense(_ ctx: ActionContext, toasts: inout Toasts) {
        guard let row = ctx.selectedRow else {
            toasts.show("没有选中的记录 Nothing selected", kind: .info, at: ctx.now)
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
            kind: .license(callId: row.id, eventId: eventId), title: "交付License Deliver license",
            targetLines: ActionText.targetLines(row, record: ctx.loadedRecord(for: row))
                + ["eventId " + TextSanitizer.sanitize(eventId)],
            fields: [
                TextActionForm.Field(label: "License文本（最多1024字符）",
                                     input: MultiLineTextInputState(maxLength: ActionsState.licenseTextLimit)),
                TextActionForm.Field(label: "或 License文件路径", input: MultiLineTextInputState(maxLength: 4_096)),
            ]))
    }

    /// The published limit of a license given as text (docs/KOOGALLERY.md §5.3).
    static let licenseTextLimit = 1_024

    /// Text → the confirmation at once; a path → measured first (size and sha256), then the confirmation.
    mutating func submitLicense(_ form: TextActionForm, callId: String, eventId: String) -> [Effect] {
        var form = form
        let text = form.fields[safe: 0]?.input.text ?? ""
        let path = (form.fields[safe: 1]?.input.text ?? "").trimmingWhitespace
        let hasText = !text.allSatisfy(\.isWhitespace)
        guard hasText != !path.isEmpty else {
            form.error = hasText ? "只填写文本或文件路径之一 Text or a file, not both"
                : "请填写License文本或文件路径 Type the license or a file path"
            dialog = .form(form)
            return []
        }
        if hasText {
            let action = SellerAction.deliverLicense(callId: callId, eventId: eventId, license: .text(text))
            dialog = .confirm(ConfirmDialog(
                title: form.title, lines: ["把以下License交付给云商店（eventId \(TextSanitizer.sanitize(eventId))）？"],
                items: form.targetLines + ["License文本：\(text.count) 个字符（内容不显示）"],
                confirmLabel: form.submitLabel, operation: .enqueue([action]), returnTo: .form(form)))
            return []
        }
        let absolute = PathText.absolute(path, base: workingDirectory)
        form.measuring = absolute
        form.error = "正在计算大小和 sha256… Measuring"
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
            form.error = refusal.description
            form.focus = .field(1)
            dialog = .form(form)
        case .measured(let size, let sha256):
            form.error = nil
            let file = LicenseFile(path: path, fileName: PathText.fileName(path), size: size, sha256: sha256)
            let action = SellerAction.deliverLicense(callId: callId, eventId: eventId, license: .file(file))
            dialog = .confirm(ConfirmDialog(
                title: form.title, lines: ["上传以下License文件交付给云商店（eventId \(TextSanitizer.sanitize(eventId))）？"],
                items: form.targetLines + ["· " + TextSanitizer.sanitize(file.fileName) + " · "
                    + NumberFormat.bytes(size) + " · sha256 " + String(sha256.prefix(16)) + "…"],
                confirmLabel: form.submitLabel, operation: .enqueue([action]), returnTo: .form(form)))
        }
    }
}

private extension String {
    var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
