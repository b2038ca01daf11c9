import Localization
import SellerCore
import TermUI

// Service supervision (服务监管): where the task stands and for how long, what the buyer asked for, what was
// delivered, and the whole timeline, then its order.
extension DetailDocumentBuilder {
    static func write(_ task: SupervisionTask, into draft: inout DetailDraft) {
        let now = draft.context.now
        let signals = AppealSignals(node: task.node, nodeSince: task.nodeSince, rejectCount: task.rejectCount,
                                    now: now)
        draft.field(RecordField.taskId, task.taskId)
        draft.field(RecordField.orderId, task.orderId)
        draft.field(RecordField.productName, task.productName)
        draft.field(RecordField.customerName, task.customerName)
        draft.label(RecordField.flowKind, task.flowKind.phrase)
        draft.label(RecordField.scenario, draft.text(task.scenario.phrase)
                    + (task.scenario.needsHuaweiReview ? draft.text(RecordText.needsHuaweiReview) : ""))
        draft.label(RecordField.node, task.node.phrase, role: StatusRoles.role(task.node))
        draft.time(RecordField.nodeSince, task.nodeSince)
        draft.label(RecordField.daysIdle, DurationFormat.days(since: task.nodeSince, context: draft.context),
                    role: signals.idleTooLong ? .statusWarn : .detailValue)
        draft.label(RecordField.rejectCount, String(task.rejectCount),
                    role: signals.tooManyRejections ? .statusWarn : .detailValue)
        draft.time(RecordField.actualServiceStart, task.actualServiceStartTime)
        draft.time(RecordField.updatedAt, task.updatedAt)
        if signals.mayAppeal {
            let reasons = [signals.idleTooLong ? RecordText.idleTooLong : nil,
                           signals.tooManyRejections ? RecordText.tooManyRejections : nil].compactMap { $0 }
            draft.note(RecordText.mayAppeal(reasons), role: .statusWarn)
        }

        draft.section(RecordText.nextStep)
        for line in SupervisionNextStep.lines(for: task, language: draft.language) {
            draft.label(line.who, line.what, role: line.actor == .seller ? .statusWarn : .detailValue)
        }

        draft.section(RecordText.requirement)
        draft.paragraph(task.requirementText)
        draft.section(RecordText.requirementFiles(task.requirementFiles.count))
        files(task.requirementFiles, key: { RecordText.attachment($0 + 1) }, into: &draft)
        draft.section(RecordText.deliverables(task.deliverables.count))
        files(task.deliverables, key: { task.deliverables[$0].kind?.phrase ?? RecordText.deliverable($0 + 1) },
              into: &draft)

        draft.section(RecordText.history(task.history.count))
        if task.history.isEmpty { draft.note(RecordText.noHistory, role: .muted) }
        for event in task.history {
            var what = event.actor.label(draft.language) + " · " + TextSanitizer.sanitize(event.action)
            if !event.note.isEmpty { what += (draft.language == .zh ? "：" : ": ") + TextSanitizer.sanitize(event.note) }
            draft.label(LocalTimeFormat.minute(event.at, context: draft.context), what)
        }

        draft.section(RecordText.related)
        draft.link(.orders, id: task.orderId)
    }

    /// Each file as `name · size · uploaded`, with its SHA-256 below when known.
    static func files(_ files: [SupervisionFile], key: (Int) -> Phrase, into draft: inout DetailDraft) {
        if files.isEmpty { draft.note(RecordText.none, role: .muted) }
        for (index, file) in files.enumerated() {
            let uploaded = LocalTimeFormat.minute(file.uploadedAt, context: draft.context)
            draft.label(key(index), TextSanitizer.sanitize(file.fileName) + " · " + NumberFormat.bytes(file.size)
                        + " · " + uploaded)
            if let sha = file.sha256, !sha.isEmpty { draft.field("SHA-256", sha) }
        }
    }
}
