import SellerCore
import TermUI

extension AppState {
    /// What the console does when it opens: load the first window and count of every list, count the outbox,
    /// and start a sync when a marketplace is configured.
    public mutating func start() -> [Effect] {
        var effects: [Effect] = []
        for tab in ConsoleTab.allCases where tab.entityKind != nil {
            effects += reload(tab, anchor: .top)
        }
        effects += [.loadOutboxCount, .loadUploads]
        if sync.available { effects += startSync() }
        return effects
    }

    /// The one place state changes: a message in, the effects it calls for out. The detail pane's document and
    /// layout follow whatever the message changed (record, width, minute).
    public mutating func update(_ msg: Msg) -> [Effect] {
        let effects = route(msg)
        presentDetail()
        return effects
    }

    private mutating func route(_ msg: Msg) -> [Effect] {
        switch msg {
        case .key(let key):
            return handleKey(key)
        case .resized(let newSize):
            size = newSize
            let height = layout.visibleRows
            for tab in ConsoleTab.allCases { tabs[tab]?.window.keepVisible(height: height) }
            return prefetch(activeTab)
        case .tick(let time):
            return handleTick(time)
        case .windowLoaded(let response):
            return receiveWindow(response)
        case .pageLoaded(let request, let page):
            return receivePage(request, page)
        case .countLoaded(let tab, let generation, let count, let capped):
            guard var list = tabs[tab], list.generation == generation else { return [] }
            list.total = count
            list.totalCapped = capped
            if !capped { list.window.alignToTotal(count) }
            tabs[tab] = list
            return []
        case .outboxCountLoaded(let count):
            // A changed count means the sender finished or failed something: the rows' badges change too.
            let changed = outboxCount.map { $0 != count } ?? false
            outboxCount = count
            return changed ? refreshIfDue(force: false) : []
        case .detailLoaded(let response):
            receiveDetail(response)
            return []
        case .loadFailed(let tab, let message):
            if let tab {
                tabs[tab]?.loadingWindow = false
                tabs[tab]?.loadingBelow = false
                tabs[tab]?.loadingAbove = false
                tabs[tab]?.error = message
            }
            showToast("读取本地数据失败 Store error: \(message)", kind: .error)
            return [.log("store query failed: \(message)")]
        case .filterRefused(let tab, let message):
            tabs[tab]?.loadingWindow = false
            tabs[tab]?.loadingBelow = false
            tabs[tab]?.loadingAbove = false
            tabs[tab]?.filterError = message
            return []
        case .syncProgress(let kind, let received, let total):
            sync.progress = SyncProgressInfo(kind: kind, received: received, total: total)
            return []
        case .storeChanged(let changes):
            return refreshIfDue(changes, force: false)
        case .syncFinished(let report):
            return finishSync(report)
        case .themeApplied(let name, let warning):
            themeName = name
            if let warning { showToast(warning, kind: .warn) } else { showToast("主题 Theme: \(name)", kind: .info) }
            return []
        case .actionsQueued(let queued, let refusals):
            return receiveQueued(queued, refusals: refusals)
        case .actionFailed(let message):
            showToast("操作未能写入队列 Could not queue: \(TextSanitizer.sanitize(message))", kind: .error)
            return [.log("action failed: \(message)")]
        case .outboxItemUpdated(let id, let operation, let succeeded):
            return receiveOutboxUpdate(id: id, operation: operation, succeeded: succeeded)
        case .outboxDiscardAnswered(let id, let answer):
            return receiveDiscardAnswer(id: id, answer)
        case .outboxPageLoaded(let request, let items):
            return receiveOutboxPage(request, items)
        case .uploadsLoaded(let items):
            uploads = items.filter { $0.state == .sending && $0.progress != nil && $0.action.kind == .deliver }
            return []
        case .directoryListed(let listing):
            receive(listing)
            return []
        case .fileMeasured(let path, let measurement):
            receive(measurement, for: path)
            return []
        }
    }

    /// Adds a toast that disappears after a few seconds (errors stay longer).
    public mutating func showToast(_ message: String, kind: Toast.Kind) {
        let seconds: Int64 = kind == .error ? 8 : 4
        toasts.append(ToastItem(message: message, kind: kind, expiresAt: now.adding(seconds: seconds)))
        if toasts.count > 3 { toasts.removeFirst(toasts.count - 3) }
    }

    mutating func handleTick(_ time: Timestamp) -> [Effect] {
        now = time
        tick &+= 1
        toasts.removeAll { $0.expiresAt <= time }
        var effects = refreshIfDue(force: false, onlyPending: true)
        effects += pollOutboxIfDue()
        if sync.available, !sync.running, let interval = sync.intervalSeconds, interval > 0 {
            let last = sync.lastReport?.finishedAt ?? sync.startedAt
            if let last, time.millis - last.millis >= Int64(interval) * 1000 { effects += startSync() }
        }
        return effects
    }

    /// The console's own sender reports each finished attempt (`.storeChanged`); what it does not report is
    /// upload progress, and work done by another process (an action command): read those back every second
    /// while an upload runs, every five seconds while anything else is unfinished. Scheduled by the clock, so
    /// it does not depend on how often the runtime ticks.
    mutating func pollOutboxIfDue() -> [Effect] {
        guard (outboxCount ?? 0) > 0 || !uploads.isEmpty else {
            nextOutboxPollAt = nil
            return []
        }
        let soonest = now.adding(seconds: uploads.isEmpty ? 5 : 1)
        guard let due = nextOutboxPollAt else {
            nextOutboxPollAt = soonest
            return []
        }
        guard now >= due else {
            if soonest < due { nextOutboxPollAt = soonest }   // an upload started: poll sooner
            return []
        }
        nextOutboxPollAt = soonest
        var effects: [Effect] = [.loadOutboxCount, .loadUploads]
        if activeTab == .outbox, outbox.atTop, !outbox.loading { effects += reloadOutbox() }
        return effects
    }
}
