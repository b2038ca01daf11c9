import Localization
import SellerCore
import TermUI

// The true outcome of the seller's last action on a record (issue 13), first in its detail: a refusal with the
// marketplace's reason, or a 重新启动 whose re-call failed again, never left for the 队列 tab alone.
extension DetailDocumentBuilder {
    static func writeFailure(_ item: OutboxItem, into draft: inout DetailDraft) {
        draft.section(RecordText.actionFailed)
        draft.label(RecordField.action, OutboxPresentation.actionLabel(item, draft.language) + " #\(item.id)",
                    role: .statusFailed)
        if let failure = item.failure {
            draft.label(RecordField.failureKind, OutboxPresentation.failureText(failure, draft.language),
                        role: .statusFailed)
        }
        if let reason = OutboxErrorText.reason(item) {
            draft.field(RecordField.reason, TextSanitizer.sanitize(reason.text(draft.language), limit: 500),
                        role: .statusFailed)
        }
        draft.time(RecordField.time, item.updatedAt)
        draft.note(RecordText.retryOrDiscard, role: .muted)
        draft.blank()
    }
}
