import SellerCore
import TermUI

// Service supervision (服务监管): where the task stands and for how long, what the buyer asked for, what was
// delivered, and the whole timeline, then its order.
extension DetailDocumentBuilder {
    static func write(_ task: SupervisionTask, into draft: inout DetailDraft) {
        let now = draft.context.now
        let signals = AppealSignals(node: task.node, nodeSince: task.nodeSince, rejectCount: task.rejectCount,
                                    now: now)
        draft.field("任务ID", task.taskId)
        draft.field("订单号", task.orderId)
        draft.field("产品名称", task.productName)
        draft.field("客户名称", task.customerName)
        draft.label("交付类型", task.flowKind.label)
        draft.label("场景", task.scenario.label + (task.scenario.needsHuaweiReview ? "（需华为云复核）" : ""))
        draft.label("当前节点", task.node.label, role: StatusRoles.role(task.node))
        draft.time("进入节点时间", task.nodeSince)
        draft.label("停留天数", DurationFormat.days(since: task.nodeSince, now: now),
                    role: signals.idleTooLong ? .statusWarn : .detailValue)
        draft.label("驳回次数", String(task.rejectCount), role: signals.tooManyRejections ? .statusWarn : .detailValue)
        draft.time("实际服务开始时间", task.actualServiceStartTime)
        draft.time("更新时间", task.updatedAt)
        if signals.mayAppeal {
            let reasons = [signals.idleTooLong ? "用户侧节点停留超过5天" : nil,
                           signals.tooManyRejections ? "驳回超过3次" : nil].compactMap { $0 }
            draft.note("可发起申诉：" + reasons.joined(separator: "，") + "。", role: .statusWarn)
        }

        draft.section("下一步")
        for line in SupervisionNextStep.lines(for: task) {
            draft.label(line.who, line.what, role: line.who == SupervisionActor.seller.label ? .statusWarn : .detailValue)
        }

        draft.section("需求描述")
        draft.paragraph(task.requirementText)
        draft.section("需求附件（\(task.requirementFiles.count)）")
        files(task.requirementFiles, key: { "附件\($0 + 1)" }, into: &draft)
        draft.section("交付件（\(task.deliverables.count)）")
        files(task.deliverables, key: { task.deliverables[$0].kind?.label ?? "交付件\($0 + 1)" }, into: &draft)

        draft.section("操作记录（\(task.history.count)）")
        if task.history.isEmpty { draft.note("暂无操作记录", role: .muted) }
        for event in task.history {
            var what = event.actor.label + " · " + TextSanitizer.sanitize(event.action)
            if !event.note.isEmpty { what += "：" + TextSanitizer.sanitize(event.note) }
            draft.label(LocalTimeFormat.minute(event.at, context: draft.context), what)
        }

        draft.section("关联")
        draft.link(.orders, id: task.orderId)
    }

    /// Each file as `name · size · uploaded`, with its SHA-256 below when known.
    static func files(_ files: [SupervisionFile], key: (Int) -> String, into draft: inout DetailDraft) {
        if files.isEmpty { draft.note("（无）", role: .muted) }
        for (index, file) in files.enumerated() {
            let uploaded = LocalTimeFormat.minute(file.uploadedAt, context: draft.context)
            draft.label(key(index), TextSanitizer.sanitize(file.fileName) + " · " + NumberFormat.bytes(file.size)
                        + " · " + uploaded)
            if let sha = file.sha256, !sha.isEmpty { draft.field("SHA-256", sha) }
        }
    }
}
