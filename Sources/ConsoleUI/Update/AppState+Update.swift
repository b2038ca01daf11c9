import Localization
import SellerCore
import TermUI

// The root's update: routes each message to the feature it belongs to, and does what joins them (the detail
// pane follows the list's selection, a store change refreshes lists, outbox and detail).
extension AppState {
    /// What the console does when it opens: load the first window and count of every list, count the outbox,
    /// and start a sync when a marketplace is configured.
    public mutating func start() -> [Effect] {
        var effects: [Effect] = []
        for tab in ConsoleTab.allCases where tab.entityKind != nil {
            effects += lists.reload(tab, anchor: .top, height: layout.visibleRows)
        }
        effects += [.loadOutboxCount, .loadUploads, .read(.newRecords)]
        effects.append(problems.load)
        if sync.available { effects += sync.start(at: now) }
        effects += reloadOverview()
        return effects
    }

    /// The one place state changes: a message in, the effects it calls for out. The detail pane's document and
    /// layout follow whatever the message changed (record, width, minute).
    public mutating func update(_ msg: Msg) -> [Effect] {
        let effects = route(msg)
        detail.present(context: displayContext, paneWidth: layout.detailArea.width)
        return effects
    }

    private mutating func route(_ msg: Msg) -> [Effect] {
        let rows = layout.visibleRows
        switch msg {
        case .key(let key):
            return handleKey(key)
        case .resized(let newSize):
            size = newSize
            lists.keepVisible(height: layout.visibleRows)
            return lists.prefetch(activeTab, height: layout.visibleRows)
        case .tick(let time):
            return handleTick(time)
        case .windowLoaded(let response):
            let (effects, taken) = lists.receive(response, height: rows)
            return (taken && response.request.tab == activeTab ? effects + followSelection(forceReload: false) : effects)
                + (taken ? resumeHeldKeys() : [])
        case .pageLoaded(let request, let page):
            return lists.receive(request, page, height: rows) + resumeHeldKeys()
        case .countLoaded(let tab, let generation, let count, let capped):
            lists.receiveCount(tab, generation: generation, count: count, capped: capped)
            return []
        case .outboxCountLoaded(let count):
            return outboxActivity.receiveCount(count) ? refreshIfDue(.everything, force: false) : []
        case .detailLoaded(let response):
            let seen = markSeenIfNew(response)
            detail.receive(response, viewport: detailViewport)
            return seen
        case .downloadProgress(let progress):
            attachments.receive(progress)
            return []
        case .downloadFileFinished(let result):
            return receiveDownload(result)
        case .loadFailed(let tab, let message):
            if let tab { lists.stopLoading(tab, error: message.description) }
            showToast(ScreenMessageText.storeError("\(message)"), kind: .error)
            return [.log("store query failed: \(message)")] + releaseHeldKeys()
        case .filterRefused(let tab, let message):
            lists.stopLoading(tab, filterError: message.text(language))
            return []
        case .syncProgress(let kind, let received, let total, let indexing):
            sync.progress = SyncProgressInfo(kind: kind, received: received, total: total, indexing: indexing)
            return []
        case .storeChanged(let changes):
            return refreshIfDue(changes, force: false)
        case .syncFinished(let report):
            let log = sync.finish(report, at: now, language: language, toasts: &notices)
            return refreshIfDue(.everything, force: true) + [problems.load] + log + attention.syncFinished()
        case .themeLoaded(let theme):
            themeName = theme.name
            if let warning = theme.warning {
                showToast(warning, kind: .warn)
            } else {
                showToast(ScreenMessageText.theme(TextSanitizer.sanitize(theme.name, limit: 60)), kind: .info)
            }
            return [.theme(.usePalette(theme.styles))]
        case .actionsQueued(let queued, let refusals):
            let log = actions.receiveQueued(queued, refusals: refusals, at: now, language: language, toasts: &notices)
            return refreshIfDue(.everything, force: true) + (queued.isEmpty ? [] : [.wakeSender]) + log
        case .actionFailed(let message):
            showToast(ScreenMessageText.couldNotQueue(TextSanitizer.sanitize(message.description)), kind: .error)
            return [.log("action failed: \(message)")]
        case .outboxItemUpdated(let id, let operation, let succeeded):
            actions.receiveOutboxUpdate(id: id, operation: operation, succeeded: succeeded, at: now, language: language,
                                        toasts: &notices)
            let wake: [Effect] = operation == .retry && succeeded ? [.wakeSender] : []
            return refreshIfDue(.everything, force: true) + wake
        case .outboxDiscardAnswered(let id, let answer):
            actions.receiveDiscardAnswer(id: id, answer, outbox: outbox, at: now, language: language, toasts: &notices)
            return refreshIfDue(.everything, force: true)
        case .outboxPageLoaded(let request, let items):
            return outbox.receivePage(request, items, height: rows)
        case .uploadsLoaded(let items):
            outboxActivity.receiveUploads(items)
            return []
        case .relayActivityLoaded(let activity):
            let changes = relay.receive(activity)
            return changes.isEmpty ? [] : refreshIfDue(changes, force: false)
        case .directoryListed(let listing):
            actions.receive(listing)
            return []
        case .fileMeasured(let path, let measurement):
            actions.receive(measurement, for: path, at: now, toasts: &notices)
            return []
        case .newRecordsLoaded(let counts):
            receiveNewRecords(counts)
            return []
        case .recordsFound(let text, let found):
            return receiveFound(text, found)
        case .pendingWorkLoaded(let work):
            receivePendingWork(work)
            return []
        case .syncProblemsLoaded(let count, let rows):
            problems.receive(count: count, rows: rows)
            return []
        case .outboxActionFailed(let id, let reason):
            showToast("#\(id) " + TextSanitizer.sanitize(reason, mode: .singleLine, limit: 200), kind: .error)
            return []
        case .attentionLoaded(let counts):
            overview.receive(counts)
            return []
        case .exportProgress(let rows, let total):
            receiveExportProgress(rows: rows, total: total)
            return []
        case .exportFinished(let outcome):
            return finishExport(outcome)
        case .clipboardAnswered(let result):
            receiveClipboard(result)
            return []
        case .linkAnswered(let outcome):
            receiveLink(outcome)
            return []
        }
    }

    /// Adds a toast that disappears after a few seconds (errors stay longer).
    public mutating func showToast(_ message: String, kind: Toast.Kind) {
        notices.show(message, kind: kind, at: now)
    }

    /// A toast in the console's language.
    public mutating func showToast(_ message: Phrase, kind: Toast.Kind) {
        showToast(message(language), kind: kind)
    }

    mutating func handleTick(_ time: Timestamp) -> [Effect] {
        now = time
        tick &+= 1
        notices.expire(at: time)
        var effects = refreshIfDue(StoreChanges(), force: false, onlyPending: true)
        if outboxActivity.pollDue(at: time) {
            effects += [.loadOutboxCount, .loadUploads]
            if activeTab == .outbox, outbox.atTop, !outbox.loading { effects += outbox.reload() }
        }
        if sync.backgroundDue(at: time) { effects += sync.start(at: now) }
        if relay.pollDue(at: time) { effects.append(.loadRelayActivity(at: time)) }
        if lists.held.expired(at: time) { effects += releaseHeldKeys() }
        if overview.due(at: time) && !effects.contains(.loadAttention(attentionClock)) { effects += reloadOverview() }
        return effects
    }

    /// Refreshes what `changes` names (the store changed under it), at most once a second unless forced (see
    /// `SyncStatus.refreshDue`): the lists of its kinds around their selection; the outbox's count, uploads and
    /// list after an outbox change; the detail pane after any record change.
    mutating func refreshIfDue(_ changes: StoreChanges, force: Bool, onlyPending: Bool = false) -> [Effect] {
        guard let due = sync.refreshDue(changes, force: force, onlyPending: onlyPending, at: now) else { return [] }
        var effects = lists.refresh(due.kinds, height: layout.visibleRows)
        if due.outbox {
            effects += [.loadOutboxCount, .loadUploads]
            if activeTab == .outbox { effects += outbox.reload() } else { outbox.stale = true }
        }
        if !due.kinds.isEmpty { effects += detail.reload() }
        if !due.kinds.isDisjoint(with: AttentionState.kinds) { effects.append(.read(.newRecords)) }
        effects += reloadOverview()
        return effects
    }

    /// The detail pane's display and size, for the detail feature.
    var detailViewport: DetailViewport {
        DetailViewport(context: displayContext, paneWidth: layout.detailArea.width, lines: layout.detailLines)
    }

    /// What the actions feature reads of the rest of the console.
    var actionContext: ActionContext {
        let target = actionTarget
        return ActionContext(display: displayContext, size: size, keymap: keymap, tab: target.tab, list: target.list,
                             detailRecord: detail.record, outbox: outbox, selectedRow: target.row)
    }
}
