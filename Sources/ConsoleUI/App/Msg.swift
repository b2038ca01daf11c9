import ListContract
import Localization
import SellerCore
import TermUI

/// A loaded window of a list.
public struct WindowResponse: Hashable, Sendable {
    public var request: WindowRequest
    /// Rows in display order.
    public var rows: [ListRow]
    /// How many of `rows` come before the anchor (for `.around`): the row at this index took the anchor's place.
    public var anchorIndex: Int
    public var atTop: Bool
    public var atBottom: Bool

    public init(request: WindowRequest, rows: [ListRow], anchorIndex: Int, atTop: Bool, atBottom: Bool) {
        self.request = request
        self.rows = rows
        self.anchorIndex = anchorIndex
        self.atTop = atTop
        self.atBottom = atBottom
    }
}

/// A record loaded for the detail pane: nil when it is not (or no longer) in the store.
public struct DetailResponse: Equatable, Sendable {
    public var request: DetailRequest
    public var record: SellerRecord?
    /// For an order, the records that belong to it.
    public var links: OrderLinks?
    /// The record's list row (its pending mark, whether it is new): actions on a record reached by a link use it.
    public var row: ListRow?
    /// The record's newest outbox action when it failed (refused, or a 重新启动 whose re-call failed again): the
    /// detail says why beside the record.
    public var failedAction: OutboxItem?

    public init(request: DetailRequest, record: SellerRecord?, links: OrderLinks?, row: ListRow? = nil,
                failedAction: OutboxItem? = nil) {
        self.request = request
        self.record = record
        self.links = links
        self.row = row
        self.failedAction = failedAction
    }
}

/// How the last sync went, for the status bar and a toast.
public struct SyncReport: Hashable, Sendable {
    public var finishedAt: Timestamp
    /// Records added or changed.
    public var changed: Int
    /// Records the store refused as undecodable.
    public var rejected: Int
    /// Nil on success; why it stopped otherwise.
    public var error: SyncFailure?

    public init(finishedAt: Timestamp, changed: Int, rejected: Int, error: SyncFailure?) {
        self.finishedAt = finishedAt
        self.changed = changed
        self.rejected = rejected
        self.error = error
    }
}

/// A theme the runtime loaded for `.theme(.load)`: `update` takes its name and hands its styles to the terminal.
public struct LoadedTheme: Hashable, Sendable {
    public var name: String
    public var styles: [StyleRole: ThemeStyle]
    /// Why the requested theme was not used as asked (missing, broken, `NO_COLOR`); nil when it was.
    public var warning: String?

    public init(name: String, styles: [StyleRole: ThemeStyle], warning: String?) {
        self.name = name
        self.styles = styles
        self.warning = warning
    }
}

/// Everything that can happen to the console: keys and resizes from the terminal, the clock, and the answers
/// to `Effect`s from the runtime.
public enum Msg: Equatable, Sendable {
    case key(Key)
    case resized(Size)
    case tick(Timestamp)
    case windowLoaded(WindowResponse)
    case pageLoaded(PageRequest, ListPageResult)
    case countLoaded(tab: ConsoleTab, generation: Int, count: Int, capped: Bool)
    case outboxCountLoaded(Int)
    case detailLoaded(DetailResponse)
    /// A list query failed (a corrupt store, a locked database past its timeout).
    case loadFailed(tab: ConsoleTab?, message: StoreFailure)
    /// The store will not run the tab's filter (too long, too many terms): the prompt says why; the store is fine.
    case filterRefused(tab: ConsoleTab, message: Phrase)
    /// How far a running sync has come; `indexing`: the kind's pages are in and its indexes are being built (a
    /// first sync's bulk load), which the status bar says rather than showing a full count standing still.
    case syncProgress(kind: EntityKind, received: Int, total: Int?, indexing: Bool = false)
    /// Rows were written by a running sync or the sender: the lists it names refresh (at most once a second) so
    /// new data appears.
    case storeChanged(StoreChanges)
    case syncFinished(SyncReport)
    /// A theme was loaded (or the built-in one instead, with the reason in `warning`).
    case themeLoaded(LoadedTheme)
    /// What `.enqueue` / `.enqueueRestarts` did: the items written and the actions the store refused.
    case actionsQueued(queued: [OutboxItem], refusals: [ActionRefusal])
    /// An action could not be written at all (the store failed).
    case actionFailed(StoreFailure)
    /// A retry or discard of an outbox item: false when the store would not (the item changed meanwhile, or it
    /// is on the wire).
    case outboxItemUpdated(id: Int64, operation: OutboxOperation, succeeded: Bool)
    /// What a discard came to (it may have found the item applied, or its outcome unknown).
    case outboxDiscardAnswered(id: Int64, DiscardAnswer)
    case outboxPageLoaded(OutboxPageRequest, [OutboxItem])
    case uploadsLoaded([OutboxItem])
    /// Nil when no relay writes to the store.
    case relayActivityLoaded(RelayActivity?)
    case directoryListed(DirectoryListing)
    case fileMeasured(path: String, FileMeasurement)
    /// How many records are new to the seller (`.read(.newRecords)`).
    case newRecordsLoaded(NewRecordCounts)
    /// What `:goto` found for the text typed (`.read(.findRecords)`).
    case recordsFound(String, [RecordRef])
    /// The outbox work a quit would leave behind (`.read(.pendingWork)`).
    case pendingWorkLoaded(PendingWork)
    /// The store's count of records the sync could not decode, and the first of them when asked.
    case syncProblemsLoaded(count: Int, rows: [SyncProblem])
    /// An outbox action ended failed (refused, out of attempts, or a 重新启动 whose re-call failed again): `reason`
    /// is the sentence the outbox recorded.
    case outboxActionFailed(id: Int64, reason: String)
    /// What needs the seller, for the 概览 Overview and the tab bar's totals.
    case attentionLoaded(AttentionCounts)
    /// An export wrote `rows` of `total` (nil until counted).
    case exportProgress(rows: Int, total: Int?)
    /// An export ended: written, cancelled, refused or failed.
    case exportFinished(ExportOutcome)
    /// What a `.copy` came to.
    case clipboardAnswered(ClipboardResult)
    /// What an `.openLink` came to: opened, or shown instead.
    case linkAnswered(LinkOutcome)
    /// How far the running download of attachments is.
    case downloadProgress(DownloadProgress)
    /// One file of a download was saved, or why it was not.
    case downloadFileFinished(DownloadFileResult)
}

/// Outbox actions not yet done that the sender takes up again at the next start: unsent, of which some are on
/// the wire now.
public struct PendingWork: Hashable, Sendable {
    public var unsent: Int
    public var inFlight: Int

    public init(unsent: Int, inFlight: Int) {
        self.unsent = unsent
        self.inFlight = inFlight
    }
}
