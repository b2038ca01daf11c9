import ListContract
import SellerCore
import TermUI

/// Where a freshly loaded window of a list is anchored.
public enum WindowAnchor: Hashable, Sendable {
    /// The first rows of the list.
    case top
    /// The last rows (`G`).
    case bottom
    /// Around a row: the rows before `key` and the rows from the place `key` had on (a refresh keeps the
    /// selection and the scroll where they were even if rows came or went).
    case around(ListRowKey, above: Int)
}

/// A request for a whole window of a list.
public struct WindowRequest: Hashable, Sendable {
    public var tab: ConsoleTab
    public var query: StoreListQuery
    public var anchor: WindowAnchor
    public var generation: Int
    /// Rows a window at either end reads: those on screen, so a jump or a filter keystroke waits for no more
    /// (at a million orders each row is a store page of its own); the next page follows as the selection
    /// nears it, in the background.
    public var rows: Int

    public init(tab: ConsoleTab, query: StoreListQuery, anchor: WindowAnchor, generation: Int, rows: Int) {
        self.tab = tab
        self.query = query
        self.anchor = anchor
        self.generation = generation
        self.rows = max(1, rows)
    }
}

/// A request for one more page at an end of the loaded window.
public struct PageRequest: Hashable, Sendable {
    public enum Direction: Hashable, Sendable { case below, above }
    public var tab: ConsoleTab
    public var query: StoreListQuery
    public var direction: Direction
    public var key: ListRowKey
    public var generation: Int

    public init(tab: ConsoleTab, query: StoreListQuery, direction: Direction, key: ListRowKey, generation: Int) {
        self.tab = tab
        self.query = query
        self.direction = direction
        self.key = key
        self.generation = generation
    }
}

/// A request for one record with everything the detail pane shows.
public struct DetailRequest: Hashable, Sendable {
    public var kind: EntityKind
    public var id: String
    public var generation: Int

    public init(kind: EntityKind, id: String, generation: Int) {
        self.kind = kind
        self.id = id
        self.generation = generation
    }
}

/// What `update` asks the outside world to do. Screens never touch the store, the network or the terminal:
/// the runtime performs these and answers with `Msg`s (ARCHITECTURE §3). There is one case per executor, each
/// wrapping that executor's own enum, so routing is one `switch` on the outer case (`EffectRouter`) and each
/// performer switches exhaustively over its own requests. Requests carry a generation so an answer to a
/// superseded request (the filter changed meanwhile) is recognised and dropped, and the store reader may skip
/// requests a newer one of the same kind has replaced.
public enum Effect: Equatable, Sendable {
    /// Read the store (lists, counts, a record, the outbox) on a read-only connection.
    case read(StoreRead)
    /// Write the outbox (actions, retries, discards) on a read-write connection.
    case write(StoreWrite)
    /// Look at the file system for the deliver form.
    case file(FileRequest)
    /// Pull from the marketplace.
    case sync(SyncRequest)
    /// Tell the outbox sender.
    case sender(SenderRequest)
    /// Load a theme, or hand a loaded one's palette to the terminal.
    case theme(ThemeRequest)
    /// Write a line to the log file (never to the terminal).
    case log(String)
    /// Write the current view to a file, or stop doing so (`:export`).
    case export(ExportTask)
    /// Put text on the clipboard (OSC 52 through the terminal, or a program); answered by `.clipboardAnswered`.
    case copy(ClipboardCopy)
    /// Open an address in the browser, or show it when none can open here; answered by `.linkAnswered`.
    case openLink(String)
    /// Download a task's files into a folder (`s` in the detail); answered by `.downloadProgress` and
    /// `.downloadFileFinished`.
    case download(DownloadRequest)
}

/// The store reader's requests; each is answered by the message named after it (or `.loadFailed`).
public enum StoreRead: Equatable, Sendable {
    case window(WindowRequest)
    case page(PageRequest)
    /// Count the rows of a query (capped for filtered queries, which may not use an index).
    case count(tab: ConsoleTab, query: StoreListQuery, generation: Int)
    case outboxCount
    case detail(DetailRequest)
    case outboxPage(OutboxPageRequest)
    /// The deliveries being uploaded right now, for the status bar.
    case uploads
    /// Whether a relay writes to the store at this time, and how busy it is; answered by `.relayActivityLoaded`.
    case relayActivity(at: Timestamp)
    /// How many records are new to the seller; answered by `.newRecordsLoaded`.
    case newRecords
    /// Records whose id is the text, or starts with it (`:goto`); answered by `.recordsFound`.
    case findRecords(String)
    /// What a quit would leave unsent; answered by `.pendingWorkLoaded`.
    case pendingWork
    /// The count of records the sync could not decode, and the first `limit` of them (0: only the count);
    /// answered by `.syncProblemsLoaded`.
    case syncProblems(limit: Int)
    /// The overview's counts at a clock; answered by `.attentionLoaded`.
    case attention(AttentionClock)
}

/// The store writer's requests.
public enum StoreWrite: Equatable, Sendable {
    /// Write actions to the outbox (each checked by the store; answered by `.actionsQueued`).
    case enqueue([SellerAction], at: Timestamp)
    /// 重新启动 every exception `query` matches, at most `limit` (expanded by the store, not from loaded rows).
    case enqueueRestarts(matching: StoreListQuery, limit: Int, at: Timestamp)
    /// Make a failed or waiting outbox item due now; answered by `.outboxItemUpdated`.
    case retryOutboxItem(id: Int64, at: Timestamp)
    /// Give up an outbox item that is not on the wire, after learning its outcome when its last attempt got no
    /// answer (`force` drops it even when that cannot be learned); answered by `.outboxDiscardAnswered`.
    case discardOutboxItem(id: Int64, at: Timestamp, force: Bool)
    /// The seller saw the record in the detail pane: it is no longer new; answered by `.storeChanged` of its kind.
    case markSeen(RecordRef, at: Timestamp)
}

/// The file inspector's requests (the deliver form's picker).
public enum FileRequest: Equatable, Sendable {
    /// List a directory; answered by `.directoryListed`.
    case listDirectory(String)
    /// Size and SHA-256 of a chosen file, read in the background; answered by `.fileMeasured`.
    case measureFile(String)
}

/// The sync runner's requests.
public enum SyncRequest: Equatable, Sendable {
    /// Start a sync unless one runs; answered by `.syncProgress`, `.storeChanged` and `.syncFinished`.
    case start
}

/// The outbox sender's requests.
public enum SenderRequest: Equatable, Sendable {
    /// Look for due actions now: the seller just queued or re-sent some.
    case wake
}

/// The theme executor's requests.
public enum ThemeRequest: Equatable, Sendable {
    /// Load a theme by name or path; answered by `.themeLoaded`.
    case load(String)
    /// Use these styles for the terminal's colours from now on.
    case usePalette([StyleRole: ThemeStyle])
}
