import ListContract
import Localization
import SellerCore
import TermUI

// Opening the dialog of each action key, after the checks (ActionsState.actionRow).
extension ActionsState {
    // MARK: Exceptions

    /// Space: marks or unmarks the selected message and moves to the next row, so marking a run is Space Space.
    mutating func toggleMark(_ ctx: ActionContext, toasts: inout Toasts) -> Bool {
        guard let row = ctx.selectedRow else { return false }
        if case .allMatching = marks {
            toasts.show(ctx.text(Phrase(zh: "已标记全部匹配项；Esc 清除", en: "All matching rows are marked; Esc clears them.")),
                        kind: .info, at: ctx.now)
            return false
        }
        marks.toggle(row.id, label: ActionText.markLabel(row, record: ctx.loadedRecord(for: row), language: ctx.language))
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
        let count = matchingCountText(list)
        toasts.show(ctx.text(Phrase(zh: "已标记全部匹配的消息（\(count.zh)）；R 重新启动，Esc 清除",
                                    en: "Every matching message is marked (\(count.en)); R restarts them, Esc clears.")),
                    kind: .info, at: ctx.now)
    }

    func matchingCountText(_ list: TabState) -> Phrase {
        guard let total = list.total else { return Phrase(zh: "计数中…", en: "counting…") }
        let count = (list.totalCapped ? "≥" : "") + CountFormat.grouped(total)
        return Phrase(zh: count + " 条", en: count)
    }

    /// R on Exceptions: one message, the marked ones, or all that match.
    mutating func openRestart(_ ctx: ActionContext, toasts: inout Toasts) {
        switch marks {
        case .rows(let rows):
            let shown = rows.prefix(5).map { "· " + $0.label }
            let more = rows.count > 5 ? [ctx.text(ActionDialogText.andMore(rows.count - 5))] : []
            dialog = .confirm(ConfirmDialog(
                title: ctx.text(ActionDialogText.restartCount(CountFormat.grouped(rows.count))),
                lines: [ctx.text(ActionDialogText.restartMarked)],
                items: shown + more, confirmLabel: ctx.text(ActionName.of(.restart)),
                operation: .enqueue(rows.map { SellerAction.restart(messageId: $0.id) }), language: ctx.language))
        case .allMatching(let query):
            guard let list = ctx.list else { return }
            openRestartAllMatching(query, list: list, language: ctx.language)
        case .none:
            guard let (row, action) = actionRow(ctx, &toasts, { .restart(messageId: $0.id) }) else { return }
            dialog = .confirm(ConfirmDialog(
                title: ctx.text(ActionName.of(.restart)), lines: [ctx.text(ActionDialogText.restartOne)],
                items: ctx.targetLines(row), confirmLabel: ctx.text(ActionName.of(.restart)),
                operation: .enqueue([action]), language: ctx.language))
        }
    }

    mutating func openRestartAllMatching(_ query: StoreListQuery, list: TabState, language: Language) {
        let cap = ExceptionMarks.allMatchingCap
        var conditions: [Phrase] = []
        let filter = TextSanitizer.sanitize(query.filterText)
        if !filter.isEmpty { conditions.append(ActionDialogText.filterCondition(filter)) }
        conditions.append(ActionDialogText.statusCondition(query.statuses.isEmpty
            ? ActionDialogText.allStatuses.text(language) : list.quickFilter.label.text(language)))
        let count = list.total.map { ($0 >= cap || list.totalCapped ? "≥" : "") + CountFormat.grouped($0) } ?? "…"
        let title = list.total.flatMap {
            $0 < cap && !list.totalCapped ? ActionDialogText.restartCount(CountFormat.grouped($0)) : nil
        } ?? ActionDialogText.restartAllTitle
        let examples = list.window.rows.prefix(3).map { "· " + ActionText.markLabel($0, record: nil, language: language) }
        let joined = Phrase.joined(conditions, chineseSeparator: " · ", englishSeparator: " · ")
        dialog = .confirm(ConfirmDialog(
            title: title.text(language),
            lines: [ActionDialogText.restartAllLine(joined, count: count).text(language)],
            items: examples + (list.window.rows.count > 3 ? ["…"] : []),
            notes: [ActionDialogText.restartAllNote(cap: CountFormat.grouped(cap)).text(language)],
            confirmLabel: ActionName.of(.restart).text(language), operation: .restartAllMatching(query),
            language: language))
    }

    // MARK: Supervision

    mutating func openConfirmRequirement(_ ctx: ActionContext, toasts: inout Toasts) {
        guard let (row, action) = actionRow(ctx, &toasts, { .confirmRequirement(taskId: $0.id) }) else {
            return
        }
        dialog = .confirm(ConfirmDialog(
            title: ctx.text(ActionName.of(.confirmRequirement)),
            lines: [ctx.text(ActionText.confirmQuestion(.confirmRequirement))],
            items: ctx.targetLines(row), confirmLabel: ctx.text(ActionName.of(.confirmRequirement)),
            operation: .enqueue([action]), language: ctx.language))
    }

    mutating func openReject(_ ctx: ActionContext, toasts: inout Toasts) {
        guard let (row, _) = actionRow(ctx, &toasts, { .rejectRequirement(taskId: $0.id, reason: "-") }) else {
            return
        }
        dialog = .form(TextActionForm(
            kind: .reject(taskId: row.id), title: ctx.text(ActionName.of(.rejectRequirement)),
            targetLines: ctx.targetLines(row),
            fields: [TextActionForm.Field(label: ctx.text(ActionDialogText.rejectReasonField),
                                          input: MultiLineTextInputState(maxLength: 2_000))],
            language: ctx.language))
    }

    mutating func openDeliver(_ ctx: ActionContext, toasts: inout Toasts) -> [Effect] {
        let probeFile = DeliverableUpload(path: "", fileName: "", size: 0, sha256: "", kind: .acceptance)
        let probe: (ListRow) -> SellerAction = { .deliver(taskId: $0.id, files: [probeFile], actualStart: nil) }
        guard let (row, _) = actionRow(ctx, &toasts, probe) else { return [] }
        let form = DeliverForm(taskId: row.id, targetLines: ctx.targetLines(row), baseDirectory: workingDirectory,
                               language: ctx.language)
        dialog = .deliver(form)
        return [.listDirectory(form.directoryPath)]
    }

    // MARK: Tickets

    mutating func openAcceptTicket(_ ctx: ActionContext, toasts: inout Toasts) {
        guard let (row, action) = actionRow(ctx, &toasts, { .acceptTicket(caseId: $0.id) }) else { return }
        dialog = .confirm(ConfirmDialog(
            title: ctx.text(ActionDialogText.acceptTicketTitle),
            lines: [ctx.text(ActionText.confirmQuestion(.acceptTicket))],
            items: ctx.targetLines(row), confirmLabel: ctx.text(ActionDialogText.acceptButton),
            operation: .enqueue([action]), language: ctx.language))
    }

    mutating func openReply(_ ctx: ActionContext, toasts: inout Toasts) {
        let probe: (ListRow) -> SellerAction = { .replyTicket(caseId: $0.id, content: "-", waitForCustomer: false) }
        guard let (row, _) = actionRow(ctx, &toasts, probe) else { return }
        dialog = .form(TextActionForm(
            kind: .reply(caseId: row.id), title: ctx.text(ActionName.of(.replyTicket)),
            targetLines: ctx.targetLines(row),
            fields: [TextActionForm.Field(label: ctx.text(ActionDialogText.replyField),
                                          input: MultiLineTextInputState(maxLength: 4_000))],
            waitForCustomer: false, language: ctx.language))
    }

    mutating func openResolve(_ ctx: ActionContext, toasts: inout Toasts) {
        let probe: (ListRow) -> SellerAction = { .resolveTicket(caseId: $0.id, cause: "-", solution: "-") }
        guard let (row, _) = actionRow(ctx, &toasts, probe) else { return }
        dialog = .form(TextActionForm(
            kind: .resolve(caseId: row.id), title: ctx.text(ActionName.of(.resolveTicket)),
            targetLines: ctx.targetLines(row),
            fields: [TextActionForm.Field(label: ctx.text(ActionDialogText.causeField),
                                          input: MultiLineTextInputState(maxLength: 2_000)),
                     TextActionForm.Field(label: ctx.text(ActionDialogText.solutionField),
                                          input: MultiLineTextInputState(maxLength: 2_000))],
            language: ctx.language))
    }

    // MARK: Outbox

    func retrySelectedOutboxItem(_ ctx: ActionContext, toasts: inout Toasts) -> [Effect] {
        guard let item = ctx.outbox.selectedItem else { return [] }
        guard item.payloadError == nil else {
            toasts.show(ctx.text(Phrase(zh: "#\(item.id) 的内容无法读取，只能放弃。",
                                        en: "#\(item.id) cannot be read; it can only be discarded.")),
                        kind: .warn, at: ctx.now)
            return []
        }
        guard item.state == .failed || item.state == .waiting else {
            toasts.show(ctx.text(Phrase(zh: "只能立即重发失败或等待重试的操作（#\(item.id) 当前：\(item.state.label)）",
                                        en: "Only a failed or waiting action can be sent again now (#\(item.id) is "
                                            + item.state.englishLabel.lowercased() + ").")),
                        kind: .warn, at: ctx.now)
            return []
        }
        return [.retryOutboxItem(id: item.id, at: ctx.now)]
    }

    mutating func openDiscard(_ ctx: ActionContext, toasts: inout Toasts) {
        guard let item = ctx.outbox.selectedItem else { return }
        guard !item.state.isFinished else {
            toasts.show(ctx.text(ActionText.alreadyFinished(item)), kind: .info, at: ctx.now)
            return
        }
        dialog = .confirm(ConfirmDialog(
            title: ctx.text(ActionDialogText.discardTitle(item.id)),
            lines: [ctx.text(ActionDialogText.discardLine)],
            items: ["#\(item.id) \(OutboxPresentation.actionLabel(item, ctx.language)) · \(item.state.label(ctx.language)) · "
                    + ctx.text(ActionDialogText.attemptCount(item.attempts)),
                    OutboxTargetText.text(item, ctx.language)],
            notes: item.attempts > 0 ? [ctx.text(ActionDialogText.discardAsksFirst)] : [],
            confirmLabel: ctx.text(ActionDialogText.discard), operation: .discard(outboxId: item.id),
            language: ctx.language))
    }
}
