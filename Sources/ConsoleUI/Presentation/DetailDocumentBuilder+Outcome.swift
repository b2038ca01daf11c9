import SellerCore
import TermUI

// The true outcome of the seller's last action on a record (issue 13), first in its detail: a refusal with the
// marketplace's reason, or a 重新启动 whose re-call failed again, never left for the 队列 tab alone.
extension DetailDocumentBuilder {
    static func writeFailure(_ item: OutboxItem, into draft: inout DetailDraft) {
        draft.section("操作失败 Action failed")
        draft.label("操作", OutboxPresentation.actionLabel(item) + " #\(item.id)", role: .statusFailed)
        if let failure = item.failure {
            draft.label("失败类型", OutboxPresentation.failureText(failure), role: .statusFailed)
        }
        if let reason = item.lastError {
            draft.field("原因", TextSanitizer.sanitize(reason, limit: 500), role: .statusFailed)
        }
        draft.time("时间", item.updatedAt)
        draft.note("在 队列 标签页重试或放弃 · 6 队列 to retry or discard", role: .muted)
        draft.blank()
    }
}
