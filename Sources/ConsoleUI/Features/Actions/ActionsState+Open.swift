import ListContract
import SellerCore
import TermUI

// Opening the dialog of each action key, after the checks (ActionsState.actionRow).
extension ActionsState {
    // MARK: Exceptions

    /// Space: marks or unmarks the selected message and moves to the next row, so marking a run is Space Space.
    mutating func toggleMark(_ ctx: ActionContext, toasts: inout Toasts) -> Bool {
        guard let row = ctx.selectedRow else { return false }
        if case .allMatching = marks {
            toasts.show("已标记全部匹配项；Esc 清除 All matching rows are marked; Esc clears", kind: .info, at: ctx.now)
            return false
        }
        marks.toggle(row.id, label: ActionText.markLabel(row, record: ctx.loadedRecord(for: row)))
        return true
    }

    /// `*`: marks every message the tab's query matches (or clears that mark).
    mutating func toggleMarkAll(_ ctx: ActionContext, toasts: inout Toasts) {
        guard let list = ctx.list else { return }
        if case .allMatching = marks {
            marks = .none
            return
        }
        marks = .allMatching(list.query)
        toasts.show("已标记全部匹配的消息（\(matchingCountText(list))）；R 重新启动，Esc 清除", kind: .info, at: ctx.now)
    }

    func matchingCountText(_ list: TabState) -> String {
        guard let total = list.total else { return "计数中…" }
        return (list.totalCapped ? "≥" : "") + CountFormat.grouped(total) + " 条"
    }

    /// R on Exceptions: one message, the marked ones, or all that match.
    mutating func openRestart(_ ctx: ActionContext, toasts: inout Toasts) {
        switch marks {
        case .rows(let rows):
            let shown = rows.prefix(5).map { "· " + $0.label }
            let more = rows.count > 5 ? ["… 另 \(rows.count - 5) 条 and \(rows.count - 5) more"] : []
            dialog = .confirm(ConfirmDialog(
                title: "重新启动 \(rows.count) 条消息", lines: ["将再次调用商家接口，重新启动以下消息："],
                items: shown + more, confirmLabel: "重新启动",
                operation: .enqueue(rows.map { SellerAction.restart(messageId: $0.id) })))
        case .allMatching(let query):
            guard let list = ctx.list else { return }
            openRestartAllMatching(query, list: list)
        case .none:
            guard let (row, action) = actionRow(ctx, &toasts, { .restart(messageId: $0.id) }) else { return }
            dialog = .confirm(ConfirmDialog(
                title: "重新启动 Restart", lines: ["将再次调用商家接口，重新启动这条消息："],
                items: ActionText.targetLines(row, record: ctx.loadedRecord(for: row)), confirmLabel: "重新启动",
                operation: .enqueue([action])))
        }
    }

    mutating func openRestartAllMatching(_ query: StoreListQuery, list: TabState) {
        let cap = ExceptionMarks.allMatchingCap
        var conditions: [String] = []
        let filter = TextSanitizer.sanitize(query.filterText)
        if !filter.isEmpty { conditions.append("筛选「\(filter)」") }
        conditions.append("状态 " + (query.statuses.isEmpty ? "全部" : list.quickFilter.label.zh))
        let count = list.total.map { ($0 >= cap || list.totalCapped ? "≥" : "") + CountFormat.grouped($0) } ?? "…"
        let title = list.total.map { $0 < cap && !list.totalCapped ? "重新启动 \(CountFormat.grouped($0)) 条消息" : nil }
            ?? nil
        let examples = list.window.rows.prefix(3).map { "· " + ActionText.markLabel($0, record: nil) }
        dialog = .confirm(ConfirmDialog(
            title: title ?? "重新启动全部匹配的消息",
            lines: ["将重新启动所有匹配 " + conditions.joined(separator: " · ") + " 的消息，共 \(count) 条，例如："],
            items: examples + (list.window.rows.count > 3 ? ["…"] : []),
            notes: ["最多 \(CountFormat.grouped(cap)) 条；执行时按当前数据重新展开，不能重新启动的会被拒绝并说明原因。"],
            confirmLabel: "重新启动", operation: .restartAllMatching(query)))
    }

    // MARK: Supervision

    mutating func openConfirmRequirement(_ ctx: ActionContext, toasts: inout Toasts) {
        guard let (row, action) = actionRow(ctx, &toasts, { .confirmRequirement(taskId: $0.id) }) else {
            return
        }
        dialog = .confirm(ConfirmDialog(
            title: "确认需求 Confirm requirement", lines: ["确认买家提交的需求？任务将进入商家实施。"],
            items: ActionText.targetLines(row, record: ctx.loadedRecord(for: row)), confirmLabel: "确认需求",
            operation: .enqueue([action])))
    }

    mutating func openReject(_ ctx: ActionContext, toasts: inout Toasts) {
        guard let (row, _) = actionRow(ctx, &toasts, { .rejectRequirement(taskId: $0.id, reason: "-") }) else {
            return
        }
        dialog = .form(TextActionForm(
            kind: .reject(taskId: row.id), title: "驳回需求 Reject requirement",
            targetLines: ActionText.targetLines(row, record: ctx.loadedRecord(for: row)),
            fields: [TextActionForm.Field(label: "驳回原因（必填）", input: MultiLineTextInputState(maxLength: 2_000))]))
    }

    mutating func openDeliver(_ ctx: ActionContext, toasts: inout Toasts) -> [Effect] {
        let probeFile = DeliverableUpload(path: "", fileName: "", size: 0, sha256: "", kind: .acceptance)
        let probe: (ListRow) -> SellerAction = { .deliver(taskId: $0.id, files: [probeFile], actualStart: nil) }
        guard let (row, _) = actionRow(ctx, &toasts, probe) else { return [] }
        let form = DeliverForm(taskId: row.id,
                               targetLines: ActionText.targetLines(row, record: ctx.loadedRecord(for: row)),
                               baseDirectory: workingDirectory)
        dialog = .deliver(form)
        return [.listDirectory(form.directoryPath)]
    }

    // MARK: Tickets

    mutating func openAcceptTicket(_ ctx: ActionContext, toasts: inout Toasts) {
        guard let (row, action) = actionRow(ctx, &toasts, { .acceptTicket(caseId: $0.id) }) else { return }
        dialog = .confirm(ConfirmDialog(
            title: "受理工单 Accept ticket", lines: ["受理这个工单？客户将看到工单处理中。"],
            items: ActionText.targetLines(row, record: ctx.loadedRecord(for: row)), confirmLabel: "受理",
            operation: .enqueue([action])))
    }

    mutating func openReply(_ ctx: ActionContext, toasts: inout Toasts) {
        let probe: (ListRow) -> SellerAction = { .replyTicket(caseId: $0.id, content: "-", waitForCustomer: false) }
        guard let (row, _) = actionRow(ctx, &toasts, probe) else { return }
        dialog = .form(TextActionForm(
            kind: .reply(caseId: row.id), title: "留言 Reply",
            targetLines: ActionText.targetLines(row, record: ctx.loadedRecord(for: row)),
            fields: [TextActionForm.Field(label: "留言内容（必填）", input: MultiLineTextInputState(maxLength: 4_000))],
            waitForCustomer: false))
    }

    mutating func openResolve(_ ctx: ActionContext, toasts: inout Toasts) {
        let probe: (ListRow) -> SellerAction = { .resolveTicket(caseId: $0.id, cause: "-", solution: "-") }
        guard let (row, _) = actionRow(ctx, &toasts, probe) else { return }
        dialog = .form(TextActionForm(
            kind: .resolve(caseId: row.id), title: "确认解决 Resolve",
            targetLines: ActionText.targetLines(row, record: ctx.loadedRecord(for: row)),
            fields: [TextActionForm.Field(label: "出现原因（必填）", input: MultiLineTextInputState(maxLength: 2_000)),
                     TextActionForm.Field(label: "解决方案（必填）", input: MultiLineTextInputState(maxLength: 2_000))]))
    }

    // MARK: Outbox

    func retrySelectedOutboxItem(_ ctx: ActionContext, toasts: inout Toasts) -> [Effect] {
        guard let item = ctx.outbox.selectedItem else { return [] }
        guard item.payloadError == nil else {
            toasts.show("#\(item.id) 的内容无法读取，只能放弃 Unreadable; discard it", kind: .warn, at: ctx.now)
            return []
        }
        guard item.state == .failed || item.state == .waiting else {
            toasts.show("只能立即重发失败或等待重试的操作（#\(item.id) 当前：\(item.state.label)）", kind: .warn, at: ctx.now)
            return []
        }
        return [.retryOutboxItem(id: item.id, at: ctx.now)]
    }

    mutating func openDiscard(_ ctx: ActionContext, toasts: inout Toasts) {
        guard let item = ctx.outbox.selectedItem else { return }
        guard !item.state.isFinished else {
            toasts.show(ActionText.alreadyFinished(item), kind: .info, at: ctx.now)
            return
        }
        dialog = .confirm(ConfirmDialog(
            title: "放弃操作 #\(item.id) Discard",
            lines: ["放弃后这个操作不会再发送给云商店。"],
            items: ["#\(item.id) \(OutboxPresentation.actionLabel(item)) · \(item.state.label) · 尝试 \(item.attempts) 次",
                    TextSanitizer.sanitize(item.targetLabel)],
            notes: item.attempts > 0 ? ["若最后一次发送没有收到答复，会先向云商店确认它是否已执行。"] : [],
            confirmLabel: "放弃", operation: .discard(outboxId: item.id)))
    }
}
