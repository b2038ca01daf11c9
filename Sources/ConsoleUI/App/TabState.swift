import ListContract
import SellerCore

/// One list tab: its query (filter, status preset, sort), the window of loaded rows and what is in flight.
public struct TabState: Hashable, Sendable {
    public var query: StoreListQuery
    public var window = ListWindow()
    /// Bumped whenever the query changes or the window is replaced, so late answers are dropped.
    public var generation = 0
    public var quickFilterIndex = 0
    /// Rows matching the query (nil until counted); `totalCapped` when counting stopped at the cap.
    public var total: Int?
    public var totalCapped = false
    public var loadingWindow = false
    public var loadingBelow = false
    public var loadingAbove = false
    /// Whether a first window has arrived (before that the table says "loading", not "empty").
    public var loaded = false
    public var error: String?
    /// Why the store refused the filter being typed (shown in the `/` prompt and the empty list, not as a
    /// store failure); cleared by the next window that loads.
    public var filterError: String?

    public init(kind: EntityKind) {
        let preset = QuickFilter.presets(for: kind).first ?? .all
        query = StoreListQuery(kind: kind, statuses: preset.statuses, limit: ListWindow.pageSize)
    }

    public var quickFilter: QuickFilter {
        let presets = QuickFilter.presets(for: query.kind)
        return presets.indices.contains(quickFilterIndex) ? presets[quickFilterIndex] : .all
    }
}

/// What the detail pane shows: the selected row's record, or a record reached by following links (then
/// `trail` holds where to go back to with Esc).
public struct DetailState: Equatable, Sendable {
    public struct Target: Hashable, Sendable {
        public var kind: EntityKind
        public var id: String
        public init(kind: EntityKind, id: String) {
            self.kind = kind
            self.id = id
        }
    }

    /// A place to come back to: the record and how far it was scrolled.
    public struct Stop: Hashable, Sendable {
        public var target: Target
        public var scroll: Int
        public var selectedLink: Int?
    }

    public var target: Target?
    public var record: SellerRecord?
    public var links: OrderLinks?
    public var loading = false
    /// The record was looked up and is not in the store.
    public var missing = false
    public var scroll = 0
    public var selectedLink: Int?
    public var generation = 0
    public var trail: [Stop] = []

    public init() {}

    /// Whether the pane shows a followed link rather than the list's selection.
    public var isFollowing: Bool { !trail.isEmpty }
}
