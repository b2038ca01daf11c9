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
/// the runtime performs these and answers with `Msg`s (DESIGN §3). Requests carry a generation so an answer
/// to a superseded request (the filter changed meanwhile) is recognised and dropped, and the runtime may skip
/// requests a newer one of the same kind has replaced.
public enum Effect: Hashable, Sendable {
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
    case quit
}
