import ListContract
import SellerCore

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

    public init(tab: ConsoleTab, query: StoreListQuery, anchor: WindowAnchor, generation: Int) {
        self.tab = tab
        self.query = query
        self.anchor = anchor
        self.generation = generation
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
/// the runtime performs these and answers with `Msg`s (ARCHITECTURE §3). Requests carry a generation so an answer
/// to a superseded request (the filter changed meanwhile) is recognised and dropped, and the runtime may skip
/// requests a newer one of the same kind has replaced.
public enum Effect: Equatable, Sendable {
    case loadWindow(WindowRequest)
    case loadPage(PageRequest)
    /// Count the rows of a query (capped for filtered queries, which may not use an index).
    case loadCount(tab: ConsoleTab, query: StoreListQuery, generation: Int)
    case loadOutboxCount
    case loadDetail(DetailRequest)
    case startSync
    /// Load a theme by name or path and apply it.
    case applyTheme(String)
    /// Write a line to the log file (never to the terminal).
    case log(String)
    /// Write actions to the outbox (each checked by the store; answered by `.actionsQueued`).
    case enqueue([SellerAction], at: Timestamp)
    /// 重新启动 every exception `query` matches, at most `limit` (expanded by the store, not from loaded rows).
    case enqueueRestarts(matching: StoreListQuery, limit: Int, at: Timestamp)
    /// Make a failed or waiting outbox item due now; answered by `.outboxItemUpdated`.
    case retryOutboxItem(id: Int64, at: Timestamp)
    /// Give up an outbox item that is not on the wire, after learning its outcome when its last attempt got no
    /// answer (`force` drops it even when that cannot be learned); answered by `.outboxDiscardAnswered`.
    case discardOutboxItem(id: Int64, at: Timestamp, force: Bool = false)
    case loadOutboxPage(OutboxPageRequest)
    /// The deliveries being uploaded right now, for the status bar.
    case loadUploads
    /// List a directory for the deliver file picker.
    case listDirectory(String)
    /// Size and SHA-256 of a chosen file, read in the background.
    case measureFile(String)
    case quit
}
